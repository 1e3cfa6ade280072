// 客户信息一纸通: every field of the client profile (docs/domain.md §1) on one
// page, edited as a copy and validated on Save.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/text/contact_checks.h"
#include "ui/screens/client_view_parts.h"
#include "ui/widgets/removable_rows.h"

namespace rm::ui::cv {

namespace {

// Two label/field pairs per row.
bool begin_grid(const char* id) {
  if (!ImGui::BeginTable(id, 4, ImGuiTableFlags_SizingStretchProp)) return false;
  // Label columns fit the longest label in the UI language (docs/ui-style.md).
  ImGui::TableSetupColumn("l1", ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn("f1", ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn("l2", ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn("f2", ImGuiTableColumnFlags_WidthStretch, 1);
  return true;
}

void cell_label(const Text& t) {
  ImGui::TableNextColumn();
  label(t);
  ImGui::TableNextColumn();
}

void heading(const Text& t) {
  ImGui::Spacing();
  ImGui::SeparatorText(tr(t));
}

}  // namespace

void load_profile(ProfileForm& f, const Workspace& ws, const Client& c) {
  f = ProfileForm{};
  f.client_id = c.meta.id;
  f.revision = ws.revision();
  f.draft = c;
  f.annual_income = yuan_edit_text(c.annual_income);
  f.spouse_income = yuan_edit_text(c.spouse_annual_income);
  f.average_daily_assets = yuan_edit_text(c.average_daily_assets);
  f.assets_elsewhere = yuan_edit_text(c.assets_elsewhere);
  f.children = std::to_string(c.children);
  f.birthday = date_input_from(c.birthday, c.lunar_birthday);
  f.account_opened = date_input_from(c.account_opened);
  f.interests = join_list(c.interests);
  f.tags = join_list(c.tags);
  for (const ImportantDate& d : c.important_dates) f.important_dates.push_back(date_input_from(d.date));
  for (const LiquidityNeed& n : c.liquidity_needs) {
    f.liquidity_dates.push_back(date_input_from(n.date));
    f.liquidity_amounts.push_back(n.amount ? yuan_edit_text(n.amount) : std::string());
  }
  if (c.tier_override) {
    f.override_tier = c.tier_override->tier;
    f.override_reason = c.tier_override->reason;
  }
}

bool validate_profile(ProfileForm& f, Date today, const std::string& actor, Client& out) {
  FormErrors& e = f.errors;
  e.clear();
  Client c = f.draft;
  if (c.name.find_first_not_of(' ') == std::string::npos) e["client.profile.name"] = cvt::kErrRequired;
  else if (utf8_length(c.name) > 40) e["client.profile.name"] = cvt::kErrNameLength;
  check_money(e, "client.profile.income", f.annual_income, c.annual_income);
  check_money(e, "client.profile.spouse_income", f.spouse_income, c.spouse_annual_income);
  check_money(e, "client.profile.ada", f.average_daily_assets, c.average_daily_assets);
  check_money(e, "client.profile.elsewhere", f.assets_elsewhere, c.assets_elsewhere);
  if (!parse_int(f.children, 0, 20, c.children)) e["client.profile.children"] = cvt::kErrCount;
  if (!c.id_number.empty() && !valid_id_number(c.id_number)) e["client.profile.id_number"] = cvt::kErrIdNumber;
  DateValue bd;
  if (check_date(e, "client.profile.birthday", f.birthday, bd)) {
    if (bd.solar && *bd.solar > today) e["client.profile.birthday"] = cvt::kErrFuture;
    c.birthday = bd.solar;
    c.lunar_birthday = bd.lunar;
  }
  DateValue opened;
  if (check_date(e, "client.profile.opened", f.account_opened, opened)) {
    if (opened.solar && *opened.solar > today) e["client.profile.opened"] = cvt::kErrFuture;
    c.account_opened = opened.solar;
  }
  for (size_t i = 0; i < c.contact_points.size(); ++i) {
    const ContactPoint& p = c.contact_points[i];
    const std::string id = "client.profile.cp" + std::to_string(i);
    if (p.value.find_first_not_of(' ') == std::string::npos) e[id] = cvt::kErrEmpty;
    else if ((p.channel == Channel::phone || p.channel == Channel::sms) && !check_phone(p.value)) e[id] = cvt::kErrPhone;
    else if (p.channel == Channel::email && !check_email(p.value)) e[id] = cvt::kErrEmail;
  }
  for (size_t i = 0; i < c.important_dates.size() && i < f.important_dates.size(); ++i) {
    const std::string id = "client.profile.date" + std::to_string(i);
    DateValue v;
    if (f.important_dates[i].text.empty()) e[id] = cvt::kErrRequired;
    else if (check_date(e, id, f.important_dates[i], v) && v.solar) c.important_dates[i].date = *v.solar;
  }
  for (size_t i = 0; i < c.liquidity_needs.size() && i < f.liquidity_dates.size(); ++i) {
    const std::string id = "client.profile.need" + std::to_string(i);
    DateValue v;
    if (f.liquidity_dates[i].text.empty()) e[id] = cvt::kErrRequired;
    else if (check_date(e, id, f.liquidity_dates[i], v) && v.solar) c.liquidity_needs[i].date = *v.solar;
    c.liquidity_needs[i].amount = 0;
    if (!f.liquidity_amounts[i].empty()) check_money(e, id + ".amount", f.liquidity_amounts[i], c.liquidity_needs[i].amount);
  }
  c.interests = split_list(f.interests);
  c.tags = split_list(f.tags);
  if (f.override_tier.empty()) {
    c.tier_override.reset();
  } else if (f.override_reason.find_first_not_of(' ') == std::string::npos) {
    e["client.profile.override_reason"] = cvt::kErrOverrideReason;
  } else if (!c.tier_override || c.tier_override->tier != f.override_tier ||
             c.tier_override->reason != f.override_reason) {
    c.tier_override = TierOverride{f.override_tier, actor, today, f.override_reason};
  }
  // A rating is dated by the day its factors were last scored (docs/domain.md §6).
  if (c.credit_factors != out.credit_factors) c.credit_scored_on = c.credit_factors ? std::optional(today) : std::nullopt;
  if (!e.empty()) return false;
  out = std::move(c);
  return true;
}

void draw_profile(UiContext& ctx, const Client& client) {
  ProfileForm& f = ctx.state.client_view.profile;
  Client& c = f.draft;
  const FormErrors* e = &f.errors;
  bool d = false;  // any change this frame

  heading(cvt::kBasics);
  if (begin_grid("##basics")) {
    cell_label(cvt::kName);
    d |= text_field("client.profile.name", c.name, e);
    cell_label(cvt::kGender);
    d |= enum_combo("client.profile.gender", c.gender);
    cell_label(cvt::kBirthday);
    d |= date_input("client.profile.birthday", f.birthday, true, ctx.today);
    error_line(*e, "client.profile.birthday");
    cell_label(cvt::kMarital);
    d |= enum_combo("client.profile.marital", c.marital_status);
    cell_label(cvt::kEducation);
    d |= enum_combo("client.profile.education", c.education);
    cell_label(cvt::kChildren);
    d |= text_field("client.profile.children", f.children, e, 80);
    cell_label(cvt::kIdNumber);
    d |= text_field("client.profile.id_number", c.id_number, e);
    ImGui::EndTable();
  }

  heading(cvt::kWork);
  if (begin_grid("##work")) {
    cell_label(cvt::kOccupation);
    d |= enum_combo("client.profile.occupation", c.occupation);
    cell_label(cvt::kEmployer);
    d |= text_field("client.profile.employer", c.employer);
    cell_label(cvt::kJobTitle);
    d |= text_field("client.profile.job_title", c.job_title);
    cell_label(cvt::kAnnualIncome);
    d |= money_field("client.profile.income", f.annual_income, e);
    cell_label(cvt::kSpouseIncome);
    d |= money_field("client.profile.spouse_income", f.spouse_income, e);
    cell_label(cvt::kInterests);
    d |= text_field("client.profile.interests", f.interests);
    ImGui::EndTable();
  }

  heading(cvt::kContactSection);
  if (begin_grid("##contact")) {
    cell_label(cvt::kAddress);
    d |= text_field("client.profile.address", c.address);
    cell_label(cvt::kRegion);
    d |= text_field("client.profile.region", c.region);
    cell_label(cvt::kPreferredChannel);
    {
      bool has = c.preferred_channel.has_value();
      ImGui::PushID("pref_channel");
      if (ImGui::Checkbox("##has", &has)) {
        c.preferred_channel = has ? std::optional<Channel>(Channel::phone) : std::nullopt;
        d = true;
      }
      track("client.profile.has_preferred_channel");
      ImGui::PopID();
      if (c.preferred_channel) {
        ImGui::SameLine();
        d |= enum_combo("client.profile.preferred_channel", *c.preferred_channel);
      }
    }
    cell_label(cvt::kPreferredTime);
    d |= enum_combo("client.profile.preferred_time", c.preferred_time);
    ImGui::EndTable();
  }
  label(cvt::kContactPoints);
  const RemovableRowsLabels cp_labels{tr(cvt::kRemove), tr(cvt::kAddContactPoint)};
  d |= removable_rows(
      "client.profile.cp", c.contact_points.size(), cp_labels,
      [&](size_t i, const std::string& id) {
        bool changed = enum_combo(id + ".channel", c.contact_points[i].channel, 130);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(320);
        changed |= ImGui::InputText("##value", &c.contact_points[i].value);
        track(id.c_str(), c.contact_points[i].value);
        return changed;
      },
      [&](size_t, const std::string& id) { error_line(*e, id); },
      [&](size_t i) { c.contact_points.erase(c.contact_points.begin() + static_cast<long>(i)); },
      [&] { c.contact_points.push_back(ContactPoint{}); });

  heading(cvt::kImportantDates);
  f.important_dates.resize(c.important_dates.size());
  d |= removable_rows(
      "client.profile.date", c.important_dates.size(), {tr(cvt::kRemove), tr(cvt::kAddImportantDate)},
      [&](size_t i, const std::string& id) {
        bool changed = enum_combo(id + ".kind", c.important_dates[i].kind, 150);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(200);
        changed |= ImGui::InputTextWithHint("##label", tr(cvt::kLabel), &c.important_dates[i].label);
        track((id + ".label").c_str(), c.important_dates[i].label);
        ImGui::SameLine();
        changed |= date_input(id, f.important_dates[i], false, ctx.today);
        return changed;
      },
      [&](size_t, const std::string& id) { error_line(*e, id); },
      [&](size_t i) {
        c.important_dates.erase(c.important_dates.begin() + static_cast<long>(i));
        f.important_dates.erase(f.important_dates.begin() + static_cast<long>(i));
      },
      [&] {
        c.important_dates.push_back(ImportantDate{});
        f.important_dates.push_back(DateInputState{});
      });

  heading(cvt::kLiquidityNeeds);
  f.liquidity_dates.resize(c.liquidity_needs.size());
  f.liquidity_amounts.resize(c.liquidity_needs.size());
  d |= removable_rows(
      "client.profile.need", c.liquidity_needs.size(), {tr(cvt::kRemove), tr(cvt::kAddLiquidityNeed)},
      [&](size_t i, const std::string& id) {
        bool changed = enum_combo(id + ".purpose", c.liquidity_needs[i].purpose, 150);
        ImGui::SameLine();
        changed |= date_input(id, f.liquidity_dates[i], false, ctx.today);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(180);
        changed |= ImGui::InputTextWithHint("##amount", tr(cvt::kLiquidityAmount), &f.liquidity_amounts[i],
                                            ImGuiInputTextFlags_CharsDecimal);
        track((id + ".amount").c_str(), f.liquidity_amounts[i]);
        return changed;
      },
      [&](size_t, const std::string& id) {
        error_line(*e, id);
        error_line(*e, id + ".amount");
      },
      [&](size_t i) {
        c.liquidity_needs.erase(c.liquidity_needs.begin() + static_cast<long>(i));
        f.liquidity_dates.erase(f.liquidity_dates.begin() + static_cast<long>(i));
        f.liquidity_amounts.erase(f.liquidity_amounts.begin() + static_cast<long>(i));
      },
      [&] {
        c.liquidity_needs.push_back(LiquidityNeed{});
        f.liquidity_dates.push_back(DateInputState{});
        f.liquidity_amounts.emplace_back();
      });

  heading(cvt::kRelationship);
  if (begin_grid("##relationship")) {
    cell_label(cvt::kSource);
    d |= enum_combo("client.profile.source", c.source);
    cell_label(cvt::kReferrer);
    d |= text_field("client.profile.referrer", c.referrer_name);
    cell_label(cvt::kOrientation);
    d |= enum_combo("client.profile.orientation", c.orientation);
    cell_label(cvt::kValueClass);
    d |= enum_combo("client.profile.value_class", c.value_class);
    cell_label(cvt::kMotive);
    d |= enum_combo("client.profile.motive", c.motive);
    cell_label(cvt::kAccountOpened);
    d |= date_input("client.profile.opened", f.account_opened, false, ctx.today);
    error_line(*e, "client.profile.opened");
    cell_label(cvt::kAdaAssets);
    d |= money_field("client.profile.ada", f.average_daily_assets, e);
    cell_label(cvt::kAssetsElsewhere);
    d |= money_field("client.profile.elsewhere", f.assets_elsewhere, e);
    cell_label(cvt::kTierOverride);
    {
      const TierPolicy& tiers = active_policy(ctx.ws).tiers;
      const TierRule* cur = find_tier(tiers, f.override_tier);
      auto name = [](const TierRule& r) { return language() == Language::Chinese ? r.name_zh : r.name_en; };
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (ImGui::BeginCombo("##override", cur ? name(*cur).c_str() : tr(cvt::kComputed))) {
        if (ImGui::Selectable(tr(cvt::kComputed), f.override_tier.empty())) {
          f.override_tier.clear();
          d = true;
        }
        track("client.profile.override.none");
        for (const TierRule& r : tiers.tiers) {
          if (ImGui::Selectable(name(r).c_str(), r.code == f.override_tier)) {
            f.override_tier = r.code;
            d = true;
          }
          track(("client.profile.override." + r.code).c_str());
        }
        ImGui::EndCombo();
      }
      track("client.profile.override", f.override_tier);
    }
    cell_label(cvt::kTierOverrideReason);
    d |= text_field("client.profile.override_reason", f.override_reason, e);
    cell_label(cvt::kTags);
    d |= text_field("client.profile.tags", f.tags);
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    d |= ImGui::Checkbox(tr(cvt::kDerivatives), &c.derivatives_experience);
    track("client.profile.derivatives");
    ImGui::EndTable();
  }
  label(cvt::kNotes);
  d |= multiline_field("client.profile.notes", c.notes);

  // Products held (read-only: holdings change through the bank's systems).
  heading(cvt::kProductsHeld);
  const uint32_t pos = ctx.ws.index().client(client.meta.id);
  std::string held;
  if (pos != BookIndex::npos) {
    for (uint32_t h : ctx.ws.index().holdings_of(pos)) {
      const Holding& holding = ctx.ws.book().holdings[h];
      if (holding.meta.deleted) continue;
      const uint32_t p = ctx.ws.index().product(holding.product_id);
      if (p == BookIndex::npos) continue;
      if (!held.empty()) held += "、";
      held += ctx.ws.book().products[p].name;
    }
  }
  ImGui::TextWrapped("%s", held.empty() ? tr(cvt::kNone) : held.c_str());
  d |= draw_credit_and_value(ctx, client, c);
  if (d) f.dirty = true;
}

}  // namespace rm::ui::cv
