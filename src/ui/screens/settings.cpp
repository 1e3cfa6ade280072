#include "ui/screens/settings.h"

#include <imgui.h>

#include <imgui_stdlib.h>

#include <cstdio>
#include <cstdlib>

#include "core/risk/risk_profile.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/settings_strings.h"
#include "ui/widgets/destructive.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {

namespace {
using namespace settings_text;

// "3.5" → 350 basis points; false on anything but a number with at most two
// decimals (a sign allowed: a product can lose).
bool parse_percent_bp(const std::string& text, int& bp) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  int64_t whole = 0, frac = 0;
  int digits = 0, decimals = -1;
  for (; i < text.size() && text[i] != ' '; ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      if (decimals < 0) {
        whole = whole * 10 + (c - '0');
        if (++digits > 6) return false;
      } else {
        if (++decimals > 2) return false;
        frac = frac * 10 + (c - '0');
      }
    } else if (c == '.' && decimals < 0) {
      decimals = 0;
    } else {
      return false;
    }
  }
  while (i < text.size() && text[i] == ' ') ++i;
  if (i != text.size() || (digits == 0 && decimals <= 0)) return text.empty() ? (bp = 0, true) : false;
  if (decimals == 1) frac *= 10;
  const int64_t v = whole * 100 + frac;
  bp = static_cast<int>(negative ? -v : v);
  return true;
}

std::string percent_text(int bp) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%d.%02d", bp < 0 ? "-" : "", std::abs(bp) / 100, std::abs(bp) % 100);
  return buf;
}

bool text_row(const Text& name, const char* id, std::string& value, float width = 320) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(name));
  ImGui::SameLine(170);
  ImGui::SetNextItemWidth(width);
  ImGui::PushID(id);
  const bool changed = ImGui::InputText("##v", &value);
  ImGui::PopID();
  track(id, value);
  return changed;
}

// The owner's own record as the form starts from; empty when the book has none.
void load_profile(OwnProfileForm& form, const Workspace& ws) {
  const Book& book = ws.book();
  form = OwnProfileForm{};
  form.loaded = true;
  form.revision = ws.revision();
  const uint32_t at = ws.index().manager(book.settings.owner_manager_id);
  if (at == BookIndex::npos) return;
  const Manager& me = book.managers[at];
  form.fields.name = me.name;
  form.fields.employee_no = me.employee_no;
  form.fields.phone = me.phone;
  form.fields.email = me.email;
  for (const Branch& b : book.branches)
    if (b.meta.id == me.branch_id && !b.meta.deleted) form.fields.branch_name = b.name;
}

void draw_my_details(UiContext& ctx) {
  OwnProfileForm& form = ctx.state.settings.profile;
  // Follows the book (an undo, another tab's edit) until the user types.
  if (!form.loaded || (!form.edited && form.revision != ctx.ws.revision())) {
    const bool saved = form.saved;
    load_profile(form, ctx.ws);
    form.saved = saved;
  }
  ImGui::SeparatorText(tr(kMyDetails));
  UpdateOwnProfile& f = form.fields;
  bool edited = false;
  edited |= text_row(kMyName, "settings.me.name", f.name);
  edited |= text_row(kMyBranch, "settings.me.branch", f.branch_name);
  edited |= text_row(kMyEmployeeNo, "settings.me.employee_no", f.employee_no);
  edited |= text_row(kMyPhone, "settings.me.phone", f.phone);
  edited |= text_row(kMyEmail, "settings.me.email", f.email);
  if (edited) {
    form.edited = true;
    form.saved = false;
  }
  if (ImGui::Button(tr(kSaveDetails))) {
    form.refusal.reset();
    Result<int64_t> done = ctx.actions.dispatch(f);
    if (done.ok()) {
      load_profile(form, ctx.ws);
      form.saved = true;
    } else {
      form.refusal = done.problem();
    }
  }
  track("settings.me.save");
  if (form.saved) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::good), "%s", tr(kDetailsSaved));
    track("settings.me.saved");
  }
  refusal_line("settings.me.error", form.refusal);

  // Her role (set_own_role): a supervisor reviews her managers' reports and
  // plans and reassigns clients (docs/domain.md, "Roles").
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kMyRole));
  const bool supervisor = own_supervisor(ctx.ws.book()) != nullptr;
  for (const Role role : {Role::manager, Role::supervisor}) {
    ImGui::SameLine();
    const bool on = (role == Role::supervisor) == supervisor;
    if (ImGui::RadioButton(tr(role == Role::manager ? kRoleManager : kRoleSupervisor), on) && !on) {
      Result<int64_t> done = ctx.actions.dispatch(SetOwnRole{role});
      ctx.state.settings.role_refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
    }
    track(role == Role::manager ? "settings.role.manager" : "settings.role.supervisor", on ? "on" : "off");
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kRoleNote));
  ImGui::PopTextWrapPos();
  refusal_line("settings.role.error", ctx.state.settings.role_refusal);
}

void open_product(ProductForm& form, const Product* p) {
  form = ProductForm{};
  form.open = true;
  if (!p) return;
  SaveProduct& f = form.fields;
  f.product_id = p->meta.id;
  f.name = p->name;
  f.code = p->code;
  f.category = p->category;
  f.risk = p->risk;
  f.ladder_position = p->ladder_position;
  f.term_days = p->term_days;
  f.derivative_linked = p->derivative_linked;
  f.expected_return_bp = p->expected_return_bp;
  f.issuer = p->issuer;
  f.on_sale = p->on_sale;
  form.expected_return = percent_text(p->expected_return_bp);
}

void draw_catalogue(UiContext& ctx) {
  ImGui::SeparatorText(tr(kCatalogue));
  ImGui::TextDisabled("%s", tr(kCatalogueNote));
  ProductForm& form = ctx.state.settings.product;
  if (ImGui::Button(tr(kAddProduct))) open_product(form, nullptr);
  track("settings.products.add");
  const Book& book = ctx.ws.book();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##catalogue", 6, flags)) {
    ImGui::TableSetupColumn(tr(kProductName), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(kProductCode));
    ImGui::TableSetupColumn(tr(kProductCategory));
    ImGui::TableSetupColumn(tr(kProductRisk));
    ImGui::TableSetupColumn(tr(kProductOnSale));
    ImGui::TableSetupColumn("##edit");
    ImGui::TableHeadersRow();
    int row = 0;
    for (const Product& p : book.products) {
      if (p.meta.deleted) continue;
      ImGui::PushID(row);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.name.c_str());
      track(("settings.product." + std::to_string(row)).c_str(), p.name);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.code.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label(p.category));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(risk_code(p.risk)).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr(p.on_sale ? kProductOnSale : kProductOffSale));
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(tr(kEditProduct))) open_product(form, &p);
      track(("settings.product.edit." + std::to_string(row)).c_str());
      ImGui::PopID();
      ++row;
    }
    ImGui::EndTable();
  }

  if (form.open) {
    ImGui::OpenPopup("##product_form");
    form.open = false;
  }
  ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("##product_form", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  SaveProduct& f = form.fields;
  ImGui::TextUnformatted(tr(kCatalogue));
  ImGui::Separator();
  text_row(kProductName, "settings.product.form.name", f.name);
  text_row(kProductCode, "settings.product.form.code", f.code, 160);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kProductCategory));
  ImGui::SameLine(170);
  ImGui::SetNextItemWidth(240);
  if (ImGui::BeginCombo("##category", label(f.category))) {
    for (size_t i = 0; i < EnumCodes<ProductCategory>::codes.size(); ++i) {
      const auto v = static_cast<ProductCategory>(i);
      if (ImGui::Selectable(label(v), v == f.category)) f.category = v;
      track(("settings.product.form.category." + std::string(EnumCodes<ProductCategory>::codes[i])).c_str());
    }
    ImGui::EndCombo();
  }
  track("settings.product.form.category", std::string(code_of(f.category)));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kProductRisk));
  ImGui::SameLine(170);
  for (int r = 1; r <= 5; ++r) {
    const auto risk = static_cast<ProductRisk>(r);
    if (r > 1) ImGui::SameLine();
    if (ImGui::RadioButton(std::string(risk_code(risk)).c_str(), f.risk == risk)) f.risk = risk;
    track(("settings.product.form.risk." + std::string(risk_code(risk))).c_str());
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kProductLadder));
  ImGui::SameLine(170);
  ImGui::SetNextItemWidth(120);
  ImGui::InputInt("##ladder", &f.ladder_position);
  track("settings.product.form.ladder", std::to_string(f.ladder_position));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kProductTerm));
  ImGui::SameLine(170);
  ImGui::SetNextItemWidth(120);
  ImGui::InputInt("##term", &f.term_days);
  track("settings.product.form.term", std::to_string(f.term_days));
  text_row(kProductReturn, "settings.product.form.return", form.expected_return, 120);
  text_row(kProductIssuer, "settings.product.form.issuer", f.issuer);
  ImGui::Checkbox(tr(kProductDerivative), &f.derivative_linked);
  track("settings.product.form.derivative");
  ImGui::SameLine();
  ImGui::Checkbox(tr(kProductOnSale), &f.on_sale);
  track("settings.product.form.on_sale");
  if (!form.error.empty()) ImGui::TextColored(tone_vec4(Tone::bad), "%s", form.error.c_str());
  refusal_line("settings.product.form.error", form.refusal);
  const bool save = ImGui::Button(tr(kSave), ImVec2(100, 0));
  track("settings.product.form.save");
  ImGui::SameLine();
  const bool cancel = ImGui::Button(tr(kCancel), ImVec2(100, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape);
  track("settings.product.form.cancel");
  if (save) {
    form.error.clear();
    form.refusal.reset();
    if (!parse_percent_bp(form.expected_return, f.expected_return_bp)) {
      form.error = tr(kBadReturn);
    } else {
      Result<int64_t> done = ctx.actions.dispatch(f);
      if (done.ok()) {
        form = ProductForm{};
        ImGui::CloseCurrentPopup();
      } else {
        form.refusal = done.problem();
      }
    }
  } else if (cancel) {
    form = ProductForm{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace


void draw_settings(UiContext& ctx) {
  using namespace settings_text;
  ImGui::SeparatorText(tr(Str::Language));
  const Language now = language();
  if (ImGui::RadioButton(tr(Str::LanguageChinese), now == Language::Chinese)) set_language(Language::Chinese);
  track("settings.language.zh");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::LanguageEnglish), now == Language::English)) set_language(Language::English);
  track("settings.language.en");

  ImGui::SeparatorText(tr(Str::SettingsAppearance));
  bool& dark = ctx.state.dark_theme;
  if (ImGui::RadioButton(tr(Str::ThemeLight), !dark)) {
    dark = false;
    apply_theme(false);
  }
  track("settings.theme.light");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::ThemeDark), dark)) {
    dark = true;
    apply_theme(true);
  }
  track("settings.theme.dark");

  ImGui::SeparatorText(tr(kStorage));
  int64_t usage = 0, quota = 0;
  bool persisted = false;
  if (ctx.actions.storage_estimate(usage, quota, persisted)) {
    char line[256];
    std::snprintf(line, sizeof line, tr(kStorageUse), static_cast<double>(usage) / (1 << 20),
                  static_cast<double>(quota) / (1 << 20));
    ImGui::TextUnformatted(line);
    track("settings.storage", line);
    ImGui::TextDisabled("%s", tr(persisted ? kPersisted : kNotPersisted));
  } else {
    ImGui::TextDisabled("%s", tr(kStorageUnknown));
  }
  if (ctx.actions.book_is_plain()) {
    ImGui::PushStyleColor(ImGuiCol_Text, tone_vec4(Tone::warn));
    ImGui::TextWrapped("%s", tr(kPlainStore));
    ImGui::PopStyleColor();
    track("settings.plain_notice");
    if (ImGui::Button(tr(kEncryptOn))) ctx.actions.open_passphrase_dialog();
    track("settings.encrypt");
  } else {
    if (ImGui::Button(tr(kLockNow))) ctx.actions.lock();
    track("settings.lock");
    ImGui::SameLine();
    if (ImGui::Button(tr(kChangePassphrase))) ctx.actions.open_passphrase_dialog();
    track("settings.change_passphrase");
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(kRestorePoints))) ctx.actions.open_restore_points();
  track("settings.restore_points");

  ImGui::SeparatorText(tr(kSyncTitle));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kSyncNote));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(tr(kSyncSettings))) ctx.actions.open_sync_dialog();
  track("settings.sync");

  ImGui::SeparatorText(tr(kDemoData));
  int64_t demo = 0;
  for (const Client& c : ctx.ws.book().clients)
    if (c.meta.demo && !c.meta.deleted) ++demo;
  if (demo == 0) {
    ImGui::TextUnformatted(tr(kNoDemoData));
  } else {
    ImGui::Text(tr(kDemoClients), static_cast<long long>(demo));
    if (destructive_button(tr(kRemoveDemo))) open_confirm("confirm_remove_demo");
    track("settings.remove_demo");
    const ConfirmText text{tr(kRemoveDemo), tr(kRemoveDemoConfirm), tr(kRemove), false,
                           "settings.remove_demo.confirm", "settings.remove_demo.cancel"};
    if (confirm_destructive("confirm_remove_demo", text) == Confirm::confirmed) ctx.actions.remove_demo_data();
  }

  // Last: the demo data's remove button stays in view on a small screen.
  draw_my_details(ctx);
  draw_policy(ctx);
  draw_calendar(ctx);
  draw_catalogue(ctx);
}

}  // namespace rm::ui
