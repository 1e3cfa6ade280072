// The Clients screen: caches, the virtualised table, selection and keyboard.
// See clients.h for the shape; the toolbar (search, filters, saved views,
// bulk actions) is in clients_toolbar.cpp.
#include "ui/screens/clients.h"

#include <imgui.h>
#include <imgui_internal.h>  // NoNav rows, key ownership, SetNavID: the table keeps its own cursor

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/planner_view.h"
#include "core/finance/life_stage.h"
#include "core/risk/risk_profile.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings/clients_strings.h"
#include "ui/strings/enum_labels.h"
#include "ui/widgets/fit_width.h"

namespace rm::ui {

namespace T = clients_text;

namespace clients_detail {

void ensure_table(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  if (s.table_workspace == &ctx.ws && s.table_revision == ctx.ws.revision() && s.table_date == ctx.today) return;
  // The cursor's client, read through the table it was placed in: `visible`
  // holds positions into that table, which the rebuild replaces. Positions
  // into book.clients stay valid within a generation (records are appended,
  // never erased); a new generation resets this state first (app_ui.cpp).
  s.cursor_client = {};
  if (s.cursor >= 0 && s.cursor < static_cast<int>(s.visible.size()) && s.visible[s.cursor] < s.table.rows().size()) {
    const uint32_t client = s.table.rows()[s.visible[s.cursor]].client;
    if (client < ctx.ws.book().clients.size()) s.cursor_client = ctx.ws.book().clients[client].meta.id;
  }
  s.table_workspace = &ctx.ws;
  s.table_revision = ctx.ws.revision();
  s.table_date = ctx.today;
  s.policy = active_policy(ctx.ws.book());
  s.table = ClientTable::build(ctx.ws.book(), ctx.ws.index(), s.policy, ctx.today);
  ++s.table_generation;
}

void ensure_visible(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  ensure_table(ctx);
  s.filter.search = s.search;
  if (s.visible_generation == s.table_generation && s.visible_filter == s.filter && s.visible_sort == s.sort_column &&
      s.visible_descending == s.sort_descending)
    return;
  const auto start = std::chrono::steady_clock::now();
  const std::vector<uint8_t>* overdue = nullptr;
  // The planner's overdue flags (cached per revision by the shared PlannerView),
  // asked for only when the facet is on: a 50 000-client plan is not free.
  if (s.filter.overdue) overdue = &ctx.state.planner_figures.figures(ctx.ws, ctx.today).client_overdue;
  RecordId cursor_id = s.cursor_client;
  if (s.visible_generation == s.table_generation && s.cursor >= 0 && s.cursor < static_cast<int>(s.visible.size()))
    cursor_id = ctx.ws.book().clients[s.table.rows()[s.visible[s.cursor]].client].meta.id;
  const std::vector<uint32_t>& listed = s.query.run(s.table, s.filter, s.sort_column, s.sort_descending, overdue);
  s.visible.assign(listed.begin(), listed.end());
  s.filter_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ++s.visible_version;
  s.visible_generation = s.table_generation;
  s.visible_filter = s.filter;
  s.visible_sort = s.sort_column;
  s.visible_descending = s.sort_descending;
  // The cursor follows its client when it is still listed.
  s.cursor = -1;
  s.anchor = -1;
  if (!cursor_id.empty()) {
    for (size_t i = 0; i < s.visible.size(); ++i)
      if (ctx.ws.book().clients[s.table.rows()[s.visible[i]].client].meta.id == cursor_id) {
        s.cursor = s.anchor = static_cast<int>(i);
        break;
      }
  }
}

const std::vector<uint32_t>& chosen_rows(ClientsState& s, const Book& book) {
  if (s.chosen_selection == s.selection_version && s.chosen_visible == s.visible_version) return s.chosen;
  s.chosen_selection = s.selection_version;
  s.chosen_visible = s.visible_version;
  s.chosen.clear();
  if (s.selected.empty()) return s.chosen;
  for (uint32_t r : s.visible)
    if (s.selected.count(book.clients[s.table.rows()[r].client].meta.id)) s.chosen.push_back(r);
  return s.chosen;
}

}  // namespace clients_detail

namespace {

using namespace clients_detail;

struct ColumnDef {
  ClientColumn column;
  const Text* title;
  float width;
  const char* id;
};
constexpr ColumnDef kColumns[kClientColumnCount] = {
    {ClientColumn::name, &T::kColName, 92, "clients.header.name"},
    {ClientColumn::phone, &T::kColPhone, 112, "clients.header.phone"},
    {ClientColumn::tier, &T::kColTier, 118, "clients.header.tier"},
    {ClientColumn::aum, &T::kColAum, 124, "clients.header.aum"},
    {ClientColumn::age, &T::kColAge, 40, "clients.header.age"},
    {ClientColumn::life_stage, &T::kColLifeStage, 72, "clients.header.life_stage"},
    {ClientColumn::risk, &T::kColRisk, 100, "clients.header.risk"},
    {ClientColumn::last_contact, &T::kColLastContact, 88, "clients.header.last_contact"},
    {ClientColumn::days_since_contact, &T::kColDaysSince, 76, "clients.header.days_since_contact"},
    {ClientColumn::next_maturity, &T::kColNextMaturity, 88, "clients.header.next_maturity"},
    {ClientColumn::manager, &T::kColManager, 72, "clients.header.manager"},
    {ClientColumn::tags, &T::kColTags, 160, "clients.header.tags"},
};

// The widest text column COL can show in the UI language, its header with
// the sort arrow the header keeps room for included (else 年龄 reads 年…).
float column_width(const UiContext& ctx, const ColumnDef& col) {
  const bool chinese = language() == Language::Chinese;
  const float arrow = ImTrunc(ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x);
  float w = std::max(col.width, ImGui::CalcTextSize(tr(*col.title)).x + arrow);
  auto fit = [&w](std::string_view text) {
    w = std::max(w, ImGui::CalcTextSize(text.data(), text.data() + text.size()).x);
  };
  switch (col.column) {
    case ClientColumn::tier:
      for (const TierRule& t : ctx.state.clients.policy.tiers.tiers)
        fit((chinese ? t.name_zh : t.name_en) + tr(T::kOverrideMarker));
      fit(tr(T::kNoTier));
      break;
    case ClientColumn::aum: fit("999,999,999,999.99"); break;
    case ClientColumn::life_stage:
      for (int st = 0; st <= static_cast<int>(LifeStage::retirement); ++st)
        fit(chinese ? life_stage_name_zh(static_cast<LifeStage>(st)) : life_stage_name_en(static_cast<LifeStage>(st)));
      break;
    case ClientColumn::risk:  // the longest is an expired C5
      for (int lv = 1; lv <= 5; ++lv) {
        const auto level = static_cast<RiskLevel>(lv);
        fit(std::string(risk_code(level)) + " " + std::string(chinese ? risk_name_zh(level) : risk_name_en(level)) +
            tr(T::kExpired));
      }
      fit(tr(T::kNeverAssessed));
      break;
    case ClientColumn::last_contact:
    case ClientColumn::next_maturity: fit("0000-00-00"); break;
    case ClientColumn::manager:
      for (const Manager& m : ctx.ws.book().managers)
        if (!m.meta.deleted) fit(m.name);
      fit(tr(T::kUnassigned));
      break;
    default: break;
  }
  return std::ceil(w);
}

const RecordId& client_id_of(const ClientsState& s, const Book& book, int visible_pos) {
  return book.clients[s.table.rows()[s.visible[static_cast<size_t>(visible_pos)]].client].meta.id;
}

void select_range(ClientsState& s, const Book& book, int from, int to) {
  if (from > to) std::swap(from, to);
  ++s.selection_version;
  from = std::max(from, 0);
  to = std::min(to, static_cast<int>(s.visible.size()) - 1);
  for (int i = from; i <= to; ++i) s.selected.insert(client_id_of(s, book, i));
}

// Moves the cursor to POS; Shift extends the selection from the anchor,
// otherwise the cursor's row alone is selected.
void move_cursor(ClientsState& s, const Book& book, int pos, bool extend) {
  if (s.visible.empty()) return;
  pos = std::clamp(pos, 0, static_cast<int>(s.visible.size()) - 1);
  ++s.selection_version;
  if (extend && s.anchor >= 0) {
    s.selected.clear();
    select_range(s, book, s.anchor, pos);
  } else {
    s.selected.clear();
    s.selected.insert(client_id_of(s, book, pos));
    s.anchor = pos;
  }
  s.cursor = pos;
  s.scroll_to_cursor = true;
}

void click_row(ClientsState& s, const Book& book, int pos) {
  const ImGuiIO& io = ImGui::GetIO();
  const RecordId& id = client_id_of(s, book, pos);
  ++s.selection_version;
  if (io.KeyShift && s.anchor >= 0) {
    if (!io.KeyCtrl) s.selected.clear();
    select_range(s, book, s.anchor, pos);
  } else if (io.KeyCtrl || io.KeySuper) {
    if (!s.selected.erase(id)) s.selected.insert(id);
    s.anchor = pos;
  } else {
    s.selected.clear();
    s.selected.insert(id);
    s.anchor = pos;
  }
  s.cursor = pos;
}

// The keys the table's cursor uses. While the table has the focus it owns
// them, so ImGui's own navigation does not also act on them (its arrows would
// wander to the headers, which Space or Enter would then sort by).
constexpr ImGuiKey kTableKeys[] = {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp, ImGuiKey_PageDown,
                                   ImGuiKey_Home,    ImGuiKey_End,       ImGuiKey_Escape};

// The table window takes the keyboard: no ImGui nav item inside it, so Space
// and Enter press nothing but what handle_keys() does with them.
void focus_table(ClientsState& s, const Book& book) {
  ImGui::SetWindowFocus();
  ImGui::SetNavID(0, ImGuiNavLayer_Main, ImGui::GetCurrentWindow()->NavRootFocusScopeId, ImRect());
  if (s.focus_table == TableFocus::first_row && s.cursor < 0) move_cursor(s, book, 0, false);
  if (s.cursor >= 0) s.scroll_to_cursor = true;
  s.focus_table = TableFocus::none;
}

void handle_keys(UiContext& ctx, float row_height, bool header_focused) {
  ClientsState& s = ctx.state.clients;
  const Book& book = ctx.ws.book();
  if (ImGui::GetIO().WantTextInput) return;
  for (ImGuiKey k : kTableKeys) ImGui::SetKeyOwner(k, ImGui::GetID("##clients_keys"));
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {  // back to the search field
    s.focus_search = true;
    return;
  }
  if (s.visible.empty()) return;
  if (header_focused) {
    // A header has ImGui's focus (←/→ move between headers, Space sorts);
    // ↓ goes down into the rows.
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) {
      ImGui::SetNavID(0, ImGuiNavLayer_Main, ImGui::GetCurrentWindow()->NavRootFocusScopeId, ImRect());
      move_cursor(s, book, s.cursor < 0 ? 0 : s.cursor, false);
    }
    return;
  }
  const bool shift = ImGui::GetIO().KeyShift;
  const int page = std::max(1, static_cast<int>(ImGui::GetWindowHeight() / std::max(row_height, 1.0f)) - 2);
  const int last = static_cast<int>(s.visible.size()) - 1;
  const int at = s.cursor;
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) move_cursor(s, book, at < 0 ? 0 : at + 1, shift);
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) move_cursor(s, book, at < 0 ? 0 : at - 1, shift);
  if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) move_cursor(s, book, at < 0 ? 0 : at + page, shift);
  if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) move_cursor(s, book, at < 0 ? 0 : at - page, shift);
  if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) move_cursor(s, book, 0, shift);
  if (ImGui::IsKeyPressed(ImGuiKey_End, false)) move_cursor(s, book, last, shift);
  if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_A)) {
    for (int i = 0; i <= last; ++i) s.selected.insert(client_id_of(s, book, i));
    ++s.selection_version;
  }
  // Space: the cursor's row in or out of the selection (as Ctrl-click).
  if (ImGui::IsKeyPressed(ImGuiKey_Space, false) && s.cursor >= 0 && s.cursor <= last) {
    const RecordId& id = client_id_of(s, book, s.cursor);
    if (!s.selected.erase(id)) s.selected.insert(id);
    ++s.selection_version;
    s.anchor = s.cursor;
  }
  if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) &&
      s.cursor >= 0 && s.cursor <= last)
    open_client(ctx.state, client_id_of(s, book, s.cursor));
}

void text_cell(const std::string& text) { ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size()); }

void draw_row(UiContext& ctx, int pos) {
  ClientsState& s = ctx.state.clients;
  const Book& book = ctx.ws.book();
  const ClientRow& row = s.table.rows()[s.visible[static_cast<size_t>(pos)]];
  const Client& c = book.clients[row.client];
  const bool chinese = language() == Language::Chinese;
  char id[48];

  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::PushID(static_cast<int>(row.client));
  const bool selected = s.selected.count(c.meta.id) > 0;
  if (pos == s.cursor) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_NavHighlight, 0.25f));
  // A client the supervisor's review touched, not looked at yet (app_ui.h).
  const bool news = review_news_unseen(ctx.state, ctx.ws, c.meta.id, true);
  const std::string label = (news ? "● " : "") + (c.name.empty() ? std::string("##row") : c.name + "##row");
  // A press is a click; ImGui's own activation (Space / Enter on a row the
  // mouse gave the nav focus) is left to handle_keys().
  if (ImGui::Selectable(label.c_str(), selected,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick) &&
      ImGui::GetCurrentContext()->NavActivateId != ImGui::GetItemID())
    click_row(s, book, pos);
  if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) open_client(ctx.state, c.meta.id);
  std::snprintf(id, sizeof id, "clients.row.%d", pos);
  track(id, c.name);
  if (news) {
    std::snprintf(id, sizeof id, "clients.row.%d.review_news", pos);
    track(id);
  }
  if (s.scroll_to_cursor && pos == s.cursor) {
    ImGui::SetScrollHereY();
    s.scroll_to_cursor = false;
  }
  ImGui::PopID();

  ImGui::TableSetColumnIndex(1);
  text_cell(row.phone);
  std::snprintf(id, sizeof id, "clients.row.%d.phone", pos);
  track(id, row.phone);

  // Tier (under the active policy; manual tiers marked)
  ImGui::TableSetColumnIndex(2);
  std::string tier;
  if (const TierRule* rule = find_tier(s.policy.tiers, row.tier))
    tier = chinese ? rule->name_zh : rule->name_en;
  else
    tier = tr(T::kNoTier);
  if (row.tier_overridden) tier += tr(T::kOverrideMarker);
  text_cell(tier);
  if (row.tier_overridden && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(T::kOverrideTip));
  std::snprintf(id, sizeof id, "clients.row.%d.tier", pos);
  track(id, row.tier);

  ImGui::TableSetColumnIndex(3);
  // In 万 as managers speak of assets (core/money.h); the exact figure on hover.
  const std::string aum = format_yuan_short(row.aum, chinese);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(aum.c_str()).x);
  text_cell(aum);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("¥%s", format_yuan(row.aum).c_str());
  std::snprintf(id, sizeof id, "clients.row.%d.aum", pos);
  track(id, std::to_string(row.aum));

  ImGui::TableSetColumnIndex(4);
  if (row.age >= 0) ImGui::Text("%d", row.age); else ImGui::TextUnformatted(tr(T::kNone));

  ImGui::TableSetColumnIndex(5);
  if (row.life_stage >= 0) {
    const auto stage = static_cast<LifeStage>(row.life_stage);
    const std::string_view n = chinese ? life_stage_name_zh(stage) : life_stage_name_en(stage);
    ImGui::TextUnformatted(n.data(), n.data() + n.size());
  } else {
    ImGui::TextUnformatted(tr(T::kNone));
  }

  ImGui::TableSetColumnIndex(6);
  if (row.risk_level > 0) {
    const auto level = static_cast<RiskLevel>(row.risk_level);
    std::string r(risk_code(level));
    r += ' ';
    r += chinese ? risk_name_zh(level) : risk_name_en(level);
    if (row.risk_expired) r += tr(T::kExpired);
    if (row.risk_expired) ImGui::PushStyleColor(ImGuiCol_Text, tone_u32(Tone::bad));
    text_cell(r);
    if (row.risk_expired) ImGui::PopStyleColor();
  } else {
    ImGui::TextDisabled("%s", tr(T::kNeverAssessed));
  }

  ImGui::TableSetColumnIndex(7);
  if (row.last_contact) text_cell(row.last_contact->iso()); else ImGui::TextUnformatted(tr(T::kNone));
  ImGui::TableSetColumnIndex(8);
  if (row.last_contact) ImGui::Text("%d", s.table.today() - *row.last_contact); else ImGui::TextUnformatted(tr(T::kNone));
  ImGui::TableSetColumnIndex(9);
  if (row.next_maturity) text_cell(row.next_maturity->iso()); else ImGui::TextUnformatted(tr(T::kNone));

  ImGui::TableSetColumnIndex(10);
  if (row.manager != ClientRow::npos) text_cell(book.managers[row.manager].name);
  else ImGui::TextDisabled("%s", tr(T::kUnassigned));

  ImGui::TableSetColumnIndex(11);
  std::string tags;
  for (const std::string& t : c.tags) {
    if (!tags.empty()) tags += chinese ? "、" : ", ";
    tags += tag_label(t);
  }
  text_ellipsis(tags);
  std::snprintf(id, sizeof id, "clients.row.%d.tags", pos);
  track(id, tags);
}

void draw_table(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable |
                                ImGuiTableFlags_SizingFixedFit;
  // Every column but the tags fits the widest text it can show in the UI
  // language; the tags take what is left of the screen, so a wider window
  // widens them (docs/ui-style.md "Widths"). Scrolling sideways starts only
  // when the fixed columns alone are wider than the screen.
  float total = 0;
  float widths[kClientColumnCount];
  for (int i = 0; i < kClientColumnCount; ++i) {
    widths[i] = column_width(ctx, kColumns[i]);
    total += widths[i] + ImGui::GetStyle().CellPadding.x * 2 + 1;
  }
  const float inner = std::max(ImGui::GetContentRegionAvail().x, total);
  if (!ImGui::BeginTable("##clients", kClientColumnCount, flags, ImVec2(0, ImGui::GetContentRegionAvail().y), inner))
    return;
  // Widths are taken when the table first appears: a new language (English
  // runs longer) takes them again.
  if (s.table_language != static_cast<int>(language())) {
    if (s.table_language >= 0) ImGui::TableResetSettings(ImGui::GetCurrentTable());
    s.table_language = static_cast<int>(language());
  }
  ImGui::TableSetupScrollFreeze(1, 1);
  for (int i = 0; i < kClientColumnCount; ++i) {
    const ColumnDef& col = kColumns[i];
    ImGuiTableColumnFlags cf =
        col.column == ClientColumn::tags ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
    if (col.column == ClientColumn::name) cf |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
    if (col.column == ClientColumn::aum || col.column == ClientColumn::days_since_contact)
      cf |= ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn(tr(*col.title), cf, col.column == ClientColumn::tags ? 0.0f : widths[i],
                            static_cast<ImGuiID>(col.column));
  }
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  bool header_focused = false;
  for (int i = 0; i < kClientColumnCount; ++i) {
    ImGui::TableSetColumnIndex(i);
    ImGui::TableHeader(ImGui::TableGetColumnName(i));
    header_focused = header_focused || ImGui::IsItemFocused();
    track(kColumns[i].id);
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    if (specs->SpecsDirty && specs->SpecsCount > 0) {
      s.sort_column = static_cast<ClientColumn>(specs->Specs[0].ColumnUserID);
      s.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  ensure_visible(ctx);
  // From the search field (Enter or ↓): this frame's key was the field's.
  const bool just_focused = s.focus_table != TableFocus::none;
  if (just_focused) focus_table(s, ctx.ws.book());

  const float row_height = ImGui::GetTextLineHeightWithSpacing();
  if (ImGui::IsWindowFocused() && !just_focused) handle_keys(ctx, row_height, header_focused);

  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(s.visible.size()));
  if (s.scroll_to_cursor && s.cursor >= 0 && s.cursor < static_cast<int>(s.visible.size()))
    clipper.IncludeItemByIndex(s.cursor);
  while (clipper.Step())
    for (int pos = clipper.DisplayStart; pos < clipper.DisplayEnd; ++pos) draw_row(ctx, pos);
  ImGui::PopItemFlag();
  ImGui::EndTable();
}

}  // namespace

void draw_clients(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  ensure_visible(ctx);
  draw_toolbar(ctx);
  if (s.table.size() == 0) {
    s.focus_table = TableFocus::none;  // no table to take the keyboard
    ImGui::TextDisabled("%s", tr(T::kEmptyBook));
    return;
  }
  if (s.visible.empty()) ImGui::TextDisabled("%s", tr(T::kNoMatch));
  draw_table(ctx);
}

}  // namespace rm::ui
