// The Clients screen's toolbar: search, facet filters, saved views and the
// bulk actions on the selection (assign, tag, export).
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID, SetKeyOwner: the search field hands the keys to the table
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/finance/life_stage.h"
#include "core/risk/risk_profile.h"
#include "core/search/client_export.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/clients.h"
#include "ui/strings/clients_strings.h"
#include "ui/strings/enum_labels.h"
#include "ui/widgets/fit_width.h"
#include "ui/widgets/plain_export.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui::clients_detail {

namespace T = clients_text;

namespace {

int bit_count(uint32_t v) {
  int n = 0;
  for (; v; v &= v - 1) ++n;
  return n;
}

// A combo whose popup holds checkboxes; the preview says how many are chosen.
bool begin_facet(const char* id, const Text& title, int chosen) {
  char preview[96];
  if (chosen == 0)
    std::snprintf(preview, sizeof preview, tr(T::kFacetPreview), tr(title), tr(T::kAny));
  else {
    char n[48];
    std::snprintf(n, sizeof n, tr(T::kNSelected), chosen);
    std::snprintf(preview, sizeof preview, tr(T::kFacetPreview), tr(title), n);
  }
  ImGui::SetNextItemWidth(combo_width(preview));
  const std::string label = std::string("##") + id;
  const bool open = ImGui::BeginCombo(label.c_str(), preview, ImGuiComboFlags_HeightLarge);
  track_framed(id, preview, true);
  return open;
}

void mask_item(const std::string& id, const char* label, uint32_t& mask, uint32_t bit) {
  ImGui::CheckboxFlags((std::string(label) + "##" + id).c_str(), &mask, bit);
  track(id.c_str());
}

void list_item(const std::string& id, const char* label, std::vector<std::string>& set, const std::string& value) {
  bool on = std::find(set.begin(), set.end(), value) != set.end();
  if (ImGui::Checkbox((std::string(label) + "##" + id).c_str(), &on)) {
    if (on)
      set.push_back(value);
    else
      set.erase(std::remove(set.begin(), set.end(), value), set.end());
  }
  track(id.c_str());
}

template <class E>
void enum_facet(const char* id, const Text& title, uint32_t& mask) {
  if (!begin_facet(id, title, bit_count(mask))) return;
  for (size_t i = 0; i < EnumCodes<E>::codes.size(); ++i) {
    const std::string item = std::string(id) + "." + std::string(EnumCodes<E>::codes[i]);
    mask_item(item, label(static_cast<E>(i)), mask, 1u << i);
  }
  ImGui::EndCombo();
}

}  // namespace

void draw_filters(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  ClientFilter& f = s.filter;
  const bool chinese = language() == Language::Chinese;
  const Book& book = ctx.ws.book();

  if (begin_facet("clients.filter.tier", T::kFilterTier, static_cast<int>(f.tiers.size()))) {
    for (const TierRule& t : s.policy.tiers.tiers)
      list_item("clients.filter.tier." + t.code, (chinese ? t.name_zh : t.name_en).c_str(), f.tiers, t.code);
    list_item("clients.filter.tier.none", tr(T::kNoTier), f.tiers, "");
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  enum_facet<Orientation>("clients.filter.orientation", T::kFilterOrientation, f.orientations);
  ImGui::SameLine();
  enum_facet<OccupationClass>("clients.filter.occupation", T::kFilterOccupation, f.occupations);
  ImGui::SameLine();
  if (begin_facet("clients.filter.life_stage", T::kFilterLifeStage, bit_count(f.life_stages))) {
    for (int st = 0; st <= static_cast<int>(LifeStage::retirement); ++st) {
      const auto stage = static_cast<LifeStage>(st);
      mask_item("clients.filter.life_stage." + std::string(life_stage_code(stage)),
                std::string(chinese ? life_stage_name_zh(stage) : life_stage_name_en(stage)).c_str(), f.life_stages,
                1u << (st + 1));
    }
    mask_item("clients.filter.life_stage.none", tr(T::kNoStage), f.life_stages, 1u);
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (begin_facet("clients.filter.risk", T::kFilterRisk, bit_count(f.risk_levels))) {
    for (int lv = 1; lv <= 5; ++lv) {
      const auto level = static_cast<RiskLevel>(lv);
      const std::string name = std::string(risk_code(level)) + " " +
                               std::string(chinese ? risk_name_zh(level) : risk_name_en(level));
      mask_item("clients.filter.risk." + std::string(risk_code(level)), name.c_str(), f.risk_levels, 1u << lv);
    }
    mask_item("clients.filter.risk.expired", tr(T::kExpiredAssessment), f.risk_levels, kRiskExpiredBit);
    mask_item("clients.filter.risk.none", tr(T::kNeverAssessed), f.risk_levels, 1u);
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (begin_facet("clients.filter.manager", T::kFilterManager, static_cast<int>(f.managers.size()))) {
    for (size_t m = 0; m < book.managers.size(); ++m) {
      if (book.managers[m].meta.deleted) continue;
      list_item("clients.filter.manager." + std::to_string(m), book.managers[m].name.c_str(), f.managers,
                book.managers[m].meta.id.str());
    }
    list_item("clients.filter.manager.none", tr(T::kUnassigned), f.managers, "");
    ImGui::EndCombo();
  }

  // Second line: overdue, maturing within N days, no contact for N days.
  ImGui::Checkbox((std::string(tr(T::kFilterOverdue)) + "##overdue").c_str(), &f.overdue);
  track("clients.filter.overdue");
  ImGui::SameLine(0, 20);
  bool maturing = f.maturing_within_days >= 0;
  int& maturing_days = s.maturing_days;
  int& quiet_days = s.quiet_days;
  if (f.maturing_within_days >= 0) maturing_days = f.maturing_within_days;
  if (ImGui::Checkbox("##maturing", &maturing)) f.maturing_within_days = maturing ? maturing_days : -1;
  track("clients.filter.maturing");
  ImGui::SameLine(0, 4);
  ImGui::SetNextItemWidth(60);
  if (ImGui::InputInt("##maturing_days", &maturing_days, 0, 0)) {
    maturing_days = std::clamp(maturing_days, 0, 3650);
    if (maturing) f.maturing_within_days = maturing_days;
  }
  track("clients.filter.maturing_days", std::to_string(maturing_days));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(tr(T::kFilterMaturing));

  ImGui::SameLine(0, 20);
  bool quiet = f.no_contact_days >= 0;
  if (f.no_contact_days >= 0) quiet_days = f.no_contact_days;
  if (ImGui::Checkbox("##no_contact", &quiet)) f.no_contact_days = quiet ? quiet_days : -1;
  track("clients.filter.no_contact");
  ImGui::SameLine(0, 4);
  ImGui::SetNextItemWidth(60);
  if (ImGui::InputInt("##no_contact_days", &quiet_days, 0, 0)) {
    quiet_days = std::clamp(quiet_days, 0, 3650);
    if (quiet) f.no_contact_days = quiet_days;
  }
  track("clients.filter.no_contact_days", std::to_string(quiet_days));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(tr(T::kFilterNoContact));

  ImGui::SameLine(0, 20);
  ImGui::BeginDisabled(f == ClientFilter{} && s.search.empty());
  if (ImGui::Button(tr(T::kClearFilters))) {  // and the search: back to the whole book
    f = ClientFilter{};
    s.search.clear();
    s.active_view = -1;
    s.active_view_name.clear();
  }
  ImGui::EndDisabled();
  track("clients.filter.clear");
}

namespace {

void load_views(ClientsState& s, const Book& book) {
  s.views.clear();
  s.view_ids.clear();
  s.active_view = -1;
  for (const ClientView& v : book.client_views) {
    if (v.meta.deleted) continue;
    std::optional<ClientFilter> f = filter_from_json(v.filter);
    if (!f) continue;
    if (v.name == s.active_view_name) s.active_view = static_cast<int>(s.views.size());
    s.views.push_back({v.name, std::move(*f)});
    s.view_ids.push_back(v.meta.id);
  }
}

void draw_views(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  // A handful of records: rebuilt each frame, so undo, import and another
  // tab's edits show at once.
  load_views(s, ctx.ws.book());
  const char* preview = s.active_view >= 0 && s.active_view < static_cast<int>(s.views.size())
                            ? s.views[static_cast<size_t>(s.active_view)].name.c_str()
                            : tr(T::kViews);
  ImGui::SetNextItemWidth(combo_width(preview, 180));
  const bool open = ImGui::BeginCombo("##views", preview);
  track_framed("clients.views", preview, true);
  if (open) {
    if (s.views.empty()) ImGui::TextDisabled("%s", tr(T::kNoViews));
    for (size_t i = 0; i < s.views.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(s.views[i].name.c_str(), static_cast<int>(i) == s.active_view)) {
        s.filter = s.views[i].filter;
        s.search = s.filter.search;
        s.view_name = s.views[i].name;
        s.active_view = static_cast<int>(i);
        s.active_view_name = s.views[i].name;
      }
      track(("clients.views." + std::to_string(i)).c_str(), s.views[i].name);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(140);
  ImGui::InputTextWithHint("##view_name", tr(T::kViewNameHint), &s.view_name);
  track("clients.views.name", s.view_name);
  ImGui::SameLine();
  ImGui::BeginDisabled(s.view_name.empty());
  if (ImGui::Button(tr(T::kSaveView))) {
    ClientFilter f = s.filter;
    f.search = s.search;
    // A command: journaled and encrypted with the book, undoable.
    const Result<int64_t> done = ctx.actions.dispatch(SaveClientView{s.view_name, filter_to_json(f)});
    s.view_refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
    if (done.ok()) s.active_view_name = s.view_name;
  }
  ImGui::EndDisabled();
  track("clients.views.save");
  ImGui::SameLine();
  ImGui::BeginDisabled(s.active_view < 0);
  if (ImGui::Button(tr(T::kDeleteView))) s.confirm_delete_view = true;
  ImGui::EndDisabled();
  track("clients.views.delete");

  if (s.confirm_delete_view) {
    ImGui::OpenPopup("##delete_view");
    s.confirm_delete_view = false;
  }
  if (ImGui::BeginPopupModal("##delete_view", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    if (s.active_view >= 0 && s.active_view < static_cast<int>(s.views.size()))
      ImGui::Text(tr(T::kDeleteViewConfirm), s.views[static_cast<size_t>(s.active_view)].name.c_str());
    if (ImGui::Button(tr(T::kDelete))) {
      if (s.active_view >= 0 && s.active_view < static_cast<int>(s.views.size())) {
        const Result<int64_t> done = ctx.actions.dispatch(
            DeleteRecord{DeletableKind::client_view, s.view_ids[static_cast<size_t>(s.active_view)]});
        s.view_refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
      }
      s.active_view = -1;
      s.active_view_name.clear();
      ImGui::CloseCurrentPopup();
    }
    track("clients.views.delete.confirm");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::kCancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
    track("clients.views.delete.cancel");
    ImGui::EndPopup();
  }
  refusal_line("clients.views.refusal", s.view_refusal);
}

// Why the last bulk action was refused (none once one succeeds): the toolbar
// is drawn once, so this outlives the frame of the click without a field
// in the screen's state.
std::optional<Problem> bulk_refusal;

std::vector<RecordId> chosen_ids(const ClientsState& s, const Book& book, const std::vector<uint32_t>& chosen) {
  std::vector<RecordId> ids;
  ids.reserve(chosen.size());
  for (uint32_t r : chosen) ids.push_back(book.clients[s.table.rows()[r].client].meta.id);
  return ids;
}

std::optional<Problem> refused(const Result<int64_t>& result) {
  if (result.ok()) return std::nullopt;
  return result.problem();
}

void draw_bulk(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  const Book& book = ctx.ws.book();
  const std::vector<uint32_t>& chosen = chosen_rows(s, book);
  const bool none = chosen.empty();

  if (ImGui::Button(tr(T::kSelectAll))) {
    for (uint32_t r : s.visible) s.selected.insert(book.clients[s.table.rows()[r].client].meta.id);
    ++s.selection_version;
  }
  track("clients.select_all");
  ImGui::SameLine();
  ImGui::BeginDisabled(s.selected.empty());
  if (ImGui::Button(tr(T::kSelectNone))) {
    s.selected.clear();
    ++s.selection_version;
  }
  ImGui::EndDisabled();
  track("clients.select_none");

  ImGui::SameLine(0, 20);
  if (s.bulk_manager >= static_cast<int>(book.managers.size())) s.bulk_manager = -1;
  const char* preview = s.bulk_manager >= 0 ? book.managers[static_cast<size_t>(s.bulk_manager)].name.c_str()
                                            : tr(T::kChooseManager);
  ImGui::SetNextItemWidth(combo_width(preview));
  const bool open = ImGui::BeginCombo("##bulk_manager", preview);
  track_framed("clients.bulk.manager", preview, true);
  if (open) {
    for (size_t m = 0; m < book.managers.size(); ++m) {
      if (book.managers[m].meta.deleted) continue;
      ImGui::PushID(static_cast<int>(m));
      if (ImGui::Selectable(book.managers[m].name.c_str(), static_cast<int>(m) == s.bulk_manager))
        s.bulk_manager = static_cast<int>(m);
      track(("clients.bulk.manager." + std::to_string(m)).c_str(), book.managers[m].name);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(none || s.bulk_manager < 0);
  if (ImGui::Button(tr(T::kAssign))) {
    AssignClients assign{chosen_ids(s, book, chosen), book.managers[static_cast<size_t>(s.bulk_manager)].meta.id};
    bulk_refusal = refused(ctx.actions.dispatch(assign));
  }
  ImGui::EndDisabled();
  track("clients.bulk.assign");

  ImGui::SameLine(0, 20);
  ImGui::SetNextItemWidth(120);
  ImGui::InputTextWithHint("##bulk_tag", tr(T::kTagHint), &s.bulk_tag);
  track("clients.bulk.tag_name", s.bulk_tag);
  ImGui::SameLine();
  // The command trims and checks the tag; the button only waits for text.
  ImGui::BeginDisabled(none || trim_tag(s.bulk_tag).empty());
  if (ImGui::Button(tr(T::kAddTag)))
    bulk_refusal = refused(ctx.actions.dispatch(TagClients{chosen_ids(s, book, chosen), s.bulk_tag}));
  ImGui::EndDisabled();
  track("clients.bulk.tag");

  ImGui::SameLine(0, 20);
  ImGui::BeginDisabled(none);
  if (ImGui::Button(tr(T::kExport))) open_plain_export("clients.export");
  ImGui::EndDisabled();
  track("clients.bulk.export");
  char consent[512];
  std::snprintf(consent, sizeof consent, tr(T::kExportConsent), static_cast<int>(chosen.size()));
  if (plain_export_confirm("clients.export", consent)) {
    const std::vector<std::string> headers = {
        tr(T::kColClientId), tr(T::kColName),       tr(T::kColPhone),        tr(T::kColTier),
        tr(T::kColAum),      tr(T::kColAge),        tr(T::kColLifeStage),    tr(T::kColRisk),
        tr(T::kColLastContact), tr(T::kColDaysSince), tr(T::kColNextMaturity), tr(T::kColManager),
        tr(T::kColTags)};
    const std::string csv =
        clients_csv(book, s.policy, s.table, chosen, headers, language() == Language::Chinese);
    ctx.actions.download("clients-" + ctx.today.iso() + ".csv", "text/csv;charset=utf-8", csv);
  }
  refusal_line("clients.bulk.refusal", bulk_refusal);
}

}  // namespace

void draw_toolbar(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  if (s.focus_search) {
    ImGui::SetKeyboardFocusHere();
    // From the table (Esc) ImGui has no nav item to tab on from, and the
    // request above finds nothing: activate the field by its id as well.
    ImGui::ActivateItemByID(ImGui::GetID("##client_search"));
    s.focus_search = false;
  }
  ImGui::SetNextItemWidth(360);
  ImGui::InputTextWithHint("##client_search", tr(T::kSearchHint), &s.search);
  track("clients.search", s.search);
  // Leaving the field for the table (docs/ui-automation.md, "Keyboard": no mouse).
  // Enter closes the field itself; ↓ is taken from ImGui's navigation (which
  // would move to the filters) by owning the key while the field is active.
  const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  if (ImGui::IsItemDeactivated() && enter) {
    s.focus_table = TableFocus::keep_cursor;
  } else if (ImGui::IsItemActive()) {
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow) && !s.visible.empty()) {
      s.focus_table = TableFocus::first_row;
      ImGui::ClearActiveID();
      ImGui::NavMoveRequestCancel();
    } else {
      ImGui::SetKeyOwner(ImGuiKey_DownArrow, ImGui::GetItemID());
    }
  }
  ImGui::SameLine(0, 16);
  const int shown = static_cast<int>(s.visible.size()), total = static_cast<int>(s.table.size());
  if (shown == total)
    ImGui::Text(tr(T::kCount), total);
  else
    ImGui::Text(tr(T::kCountOf), shown, total);
  track("clients.count", std::to_string(shown));
  ImGui::SameLine(0, 16);
  const int chosen = static_cast<int>(chosen_rows(s, ctx.ws.book()).size());
  ImGui::Text(tr(T::kSelected), chosen);
  track("clients.selected", std::to_string(chosen));
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", s.filter_ms);
  ImGui::SameLine(0, 16);
  ImGui::TextDisabled("(%s ms)", ms);
  track("clients.filter_ms", ms);

  draw_filters(ctx);
  draw_views(ctx);
  draw_bulk(ctx);
  ImGui::TextDisabled("%s", tr(T::kHelp));
}

}  // namespace rm::ui::clients_detail
