#include "ui/app_ui.h"

#include <imgui.h>
#include <imgui_internal.h>  // SetKeyOwner: Esc is the screens' key

#include <algorithm>

#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings.h"
#include "ui/strings/action_strings.h"
#include "ui/strings/settings_strings.h"

namespace rm::ui {

namespace {

// Opens the new-client wizard (a wizard already open keeps its draft).
void start_new_client(UiState& state) {
  state.screen = Screen::ClientView;
  if (!state.client_view.wizard.active) state.client_view.start_new_client = true;
}

struct NavItem {
  Screen screen;
  Str label;
  const char* automation_id;
};
constexpr NavItem kNav[] = {
    {Screen::Today, Str::NavToday, "nav.today"},       {Screen::Clients, Str::NavClients, "nav.clients"},
    {Screen::Pipeline, Str::NavPipeline, "nav.pipeline"}, {Screen::Events, Str::NavEvents, "nav.events"},
    {Screen::Complaints, Str::NavComplaints, "nav.complaints"}, {Screen::Planner, Str::NavPlanner, "nav.planner"},
    {Screen::Reports, Str::NavReports, "nav.reports"},    {Screen::Branch, Str::NavBranch, "nav.branch"},
    {Screen::Settings, Str::NavSettings, "nav.settings"},
};

void draw_navigation(UiContext& ctx) {
  UiState& state = ctx.state;
  ImGui::TextUnformatted(tr(Str::AppTitle));
  ImGui::Separator();
  for (const NavItem& item : kNav) {
    ImGui::PushID(item.automation_id);
    const bool current = state.screen == item.screen ||
                         (item.screen == Screen::Clients && state.screen == Screen::ClientView);
    if (ImGui::Selectable(tr(item.label), current, 0, ImVec2(0, 28))) {
      if (state.screen == Screen::ClientView && client_view_has_unsaved(state.client_view)) {
        // Unsaved edits: the 360° view asks "keep editing / discard" first.
        state.client_view.leave_prompt = true;
        state.client_view.pending_back = true;
      } else {
        state.screen = item.screen;
      }
    }
    track(item.automation_id);
    // What came back from the supervisor's review and is not read yet.
    if (item.screen == Screen::Reports) {
      if (const int news = unseen_review_items(state, ctx.ws); news > 0) {
        ImGui::SameLine(120);
        ImGui::TextColored(tone_vec4(Tone::bad), "● %d", news);
        track("nav.reports.badge", std::to_string(news));
      }
    }
    ImGui::PopID();
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  // The wizard from the navigation too: Ctrl+N belongs to the browser in a
  // normal tab (a new window), so a button and Alt+N are the sure ways.
  if (ImGui::Button(tr(Str::NavNewClient), ImVec2(-1, 0))) start_new_client(state);
  track("nav.new_client");
}

// Shortcuts that work on every screen. Ctrl on Linux/Windows, Cmd on macOS
// (ImGui maps both to ImGuiMod_Shortcut).
void handle_shortcuts(UiContext& ctx) {
  // Esc belongs to the screens (close, cancel, discard). ImGui's own Esc would
  // also "leave the child window", which with our NavFlattened children drops
  // the keyboard focus on nothing, so Tab finds no widget any more. Owning the
  // key (only while no field is being edited and no popup is open, where ImGui
  // must see it to revert the field or close the menu) keeps the focus put.
  if (!ImGui::IsAnyItemActive() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    ImGui::SetKeyOwner(ImGuiKey_Escape, ImGui::GetID("##screens_own_escape"));
  // While a text field is active, Ctrl+Z/Y belong to the field's own undo.
  if (!ImGui::GetIO().WantTextInput) {
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Z)) ctx.actions.undo();
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Y) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z))
      ctx.actions.redo();
  }
  if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_K)) {
    ctx.state.screen = Screen::Clients;
    ctx.state.clients.focus_search = true;
  }
  if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_N) || ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_N))
    start_new_client(ctx.state);
}

// While the stored book is plain (the "demo without encryption" store), every
// screen says so above its content, with the way to turn encryption on.
void draw_plain_banner(UiContext& ctx) {
  // A book in memory only (`?demo=N`): whatever is done here is lost on reload.
  if (ctx.actions.book_in_memory()) {
    ImGui::PushStyleColor(ImGuiCol_Text, tone_vec4(Tone::warn));
    ImGui::TextWrapped("%s", tr(action_text::kInMemory));
    ImGui::PopStyleColor();
    track("banner.memory", tr(action_text::kInMemory));
    ImGui::Separator();
  }
  if (!ctx.actions.book_is_plain()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, tone_vec4(Tone::warn));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(settings_text::kPlainBanner));
  ImGui::PopStyleColor();
  track("banner.plain", tr(settings_text::kPlainBanner));
  ImGui::SameLine();
  // Its own ID: Settings draws a button with the same label in the same window.
  ImGui::PushID("plain_banner");
  if (ImGui::SmallButton(tr(settings_text::kEncryptOn))) ctx.actions.open_passphrase_dialog();
  track("banner.plain.encrypt");
  ImGui::PopID();
  ImGui::Separator();
}

}  // namespace

void follow_book(UiState& state, const Workspace& ws) {
  if (state.book_generation == ws.book_generation()) return;
  state.book_generation = ws.book_generation();
  // What a person chose for the screen stays (sort order, day counts); what
  // names records of the old book goes.
  ClientsState clients;
  clients.sort_column = state.clients.sort_column;
  clients.sort_descending = state.clients.sort_descending;
  clients.maturing_days = state.clients.maturing_days;
  clients.quiet_days = state.clients.quiet_days;
  state.clients = std::move(clients);
  // The client on screen stays when the new book still has it (an import, a
  // restore that kept it); its drafts, dialogs and the wizard do not.
  const RecordId shown = state.client_view.client_id;
  const ClientSection section = state.client_view.section;
  state.client_view = ClientViewState{};
  const uint32_t pos = shown.empty() ? BookIndex::npos : ws.index().client(shown);
  if (pos != BookIndex::npos && !ws.book().clients[pos].meta.deleted) {
    state.client_view.client_id = shown;
    state.client_view.section = section;
  } else if (state.screen == Screen::ClientView) {
    state.screen = Screen::Clients;
  }
  state.today = TodayState{};
  state.pipeline = PipelineState{};
  state.planner = PlannerState{};
  // The review keeps its filter and the item read (an import of a review
  // file brings its new state); what was typed for it goes.
  ReportsState reports;
  reports.review.filter = state.reports.review.filter;
  reports.review.selected = state.reports.review.selected;
  state.reports = std::move(reports);
  state.branch = BranchState{};
  state.settings = SettingsState{};
  state.events = EventsState{};
  state.complaints = ComplaintsState{};
  state.planner_figures = PlannerView{};
}

namespace {
void follow_review_news(UiState& state, const Workspace& ws) {
  std::vector<RecordId> now = ws.review_news().items;
  now.insert(now.end(), ws.review_news().clients.begin(), ws.review_news().clients.end());
  if (now == state.review_news_known) return;
  std::vector<RecordId> known = state.review_news_known;
  std::sort(known.begin(), known.end());
  for (const RecordId& id : now)
    if (!std::binary_search(known.begin(), known.end(), id)) state.review_seen.erase(id);
  state.review_news_known = std::move(now);
}
}  // namespace

bool review_news_unseen(const UiState& state, const Workspace& ws, const RecordId& id, bool client) {
  const std::vector<RecordId>& news = client ? ws.review_news().clients : ws.review_news().items;
  return std::binary_search(news.begin(), news.end(), id) && !state.review_seen.count(id);
}

int unseen_review_items(const UiState& state, const Workspace& ws) {
  int n = 0;
  for (const RecordId& id : ws.review_news().items) n += !state.review_seen.count(id);
  return n;
}

void open_client(UiState& state, const RecordId& client_id) {
  state.client_view.client_id = client_id;
  state.screen = Screen::ClientView;
}

void apply_theme(bool dark) {
  set_palette_dark(dark);
  ImGuiStyle& style = ImGui::GetStyle();
  if (dark) {
    ImGui::StyleColorsDark();
    // Opaque surfaces: the page behind the canvas must not tint them.
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.08f, 0.08f, 0.09f, 1.0f);
    style.Colors[ImGuiCol_PopupBg] = ImVec4(0.13f, 0.13f, 0.15f, 1.0f);
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.62f, 0.64f, 1.0f);
    style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.55f);
  } else {
    ImGui::StyleColorsLight();
    // ImGui's light greys are too faint for secondary text (2.5:1); 0.38 gives 5:1.
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.38f, 1.0f);
    // Dialogs on the window's grey, so their white input fields stand out.
    style.Colors[ImGuiCol_PopupBg] = ImVec4(0.94f, 0.94f, 0.94f, 1.0f);
    style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0.10f, 0.10f, 0.10f, 0.40f);
  }
  style.WindowRounding = 0;
  style.FrameRounding = 4;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 7);
  style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
}

void draw_app(UiContext& ctx) {
  UiState& state = ctx.state;
  follow_book(state, ctx.ws);
  follow_review_news(state, ctx.ws);
  handle_shortcuts(ctx);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  // 180 px: wide enough that the page's save-status badge (bottom left) sits
  // inside the navigation column instead of over a screen's buttons.
  // NavFlattened: Tab and the arrow keys move between the navigation and the
  // screen as if they were one window (keyboard-only use).
  ImGui::BeginChild("##nav", ImVec2(180, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
  draw_navigation(ctx);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##screen", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  draw_plain_banner(ctx);
  switch (state.screen) {
    case Screen::Today: draw_today(ctx); break;
    case Screen::Clients: draw_clients(ctx); break;
    case Screen::ClientView: draw_client_view(ctx); break;
    case Screen::Pipeline: draw_pipeline(ctx); break;
    case Screen::Planner: draw_planner(ctx); break;
    case Screen::Reports: draw_reports(ctx); break;
    case Screen::Branch: draw_branch(ctx); break;
    case Screen::Settings: draw_settings(ctx); break;
    case Screen::Events: draw_events(ctx); break;
    case Screen::Complaints: draw_complaints(ctx); break;
  }
  ImGui::EndChild();
  ImGui::End();
}

void draw_no_book() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##nobook", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::End();
}

}  // namespace rm::ui
