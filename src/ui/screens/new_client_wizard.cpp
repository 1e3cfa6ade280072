// The new-client wizard (see new_client_wizard.h). Each page checks what was
// typed before "Next"; the last page shows what will be created and
// dispatches one CreateClient.
#include "ui/screens/new_client_wizard.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/finance/life_stage.h"
#include "core/text/contact_checks.h"
#include "ui/app_ui.h"
#include "ui/screens/client_view_parts.h"
#include "ui/strings/action_strings.h"
#include "ui/widgets/refusal_line.h"
#include "ui/widgets/removable_rows.h"

namespace rm::ui {

namespace {

using namespace cv;

const Text* const kStepNames[6] = {&cvt::kStepBasics, &cvt::kStepContact, &cvt::kStepHousehold,
                                   &cvt::kStepGoals,  &cvt::kStepRisk,    &cvt::kStepReview};

const Text kGoalLabels[] = {{"应急储备", "Emergency reserve"}, {"购房", "Housing"},
                            {"子女教育", "Children's education"}, {"退休养老", "Retirement"},
                            {"赡养父母", "Supporting parents"}, {"保障", "Protection"},
                            {"财富增值", "Wealth growth"}, {"遗产规划", "Estate planning"}};

bool begin_form(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
  // The labels' column fits the longest label in the UI language.
  ImGui::TableSetupColumn("l", ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn("f", ImGuiTableColumnFlags_WidthFixed, 420);
  return true;
}

void row(const Text& t) {
  ImGui::TableNextColumn();
  label(t);
  ImGui::TableNextColumn();
}

std::optional<int> draft_age(const NewClientWizardState& w, Date today) {
  DateValue v;
  if (parse_date_input(w.birthday, v) == DateError::none && v.solar && *v.solar <= today)
    return whole_years_between(*v.solar, today);
  return std::nullopt;
}

// ---- pages ------------------------------------------------------------------

void page_basics(NewClientWizardState& w, Date today, bool& d) {
  const FormErrors* e = &w.errors;
  if (!begin_form("##basics")) return;
  row(cvt::kName);
  d |= text_field("newclient.name", w.draft.name, e);
  row(cvt::kGender);
  d |= enum_combo("newclient.gender", w.draft.gender);
  row(cvt::kBirthday);
  d |= date_input("newclient.birthday", w.birthday, true, today);
  error_line(w.errors, "newclient.birthday");
  row(cvt::kMarital);
  d |= enum_combo("newclient.marital", w.draft.marital_status);
  row(cvt::kEducation);
  d |= enum_combo("newclient.education", w.draft.education);
  row(cvt::kOccupation);
  d |= enum_combo("newclient.occupation", w.draft.occupation);
  row(cvt::kEmployer);
  d |= text_field("newclient.employer", w.draft.employer);
  row(cvt::kSource);
  d |= enum_combo("newclient.source", w.draft.source);
  row(cvt::kReferrer);
  d |= text_field("newclient.referrer", w.draft.referrer_name);
  row(cvt::kOrientation);
  d |= enum_combo("newclient.orientation", w.draft.orientation);
  row(cvt::kAdaAssets);
  d |= money_field("newclient.ada", w.average_daily_assets, e);
  ImGui::EndTable();
}

void page_contact(NewClientWizardState& w, bool& d) {
  const FormErrors* e = &w.errors;
  if (!begin_form("##contact")) return;
  row(cvt::kMobile);
  d |= text_field("newclient.mobile", w.mobile, e);
  row(cvt::kIdNumber);
  d |= text_field("newclient.id_number", w.draft.id_number, e);
  row(cvt::kWechat);
  d |= text_field("newclient.wechat", w.wechat, e);
  row(cvt::kEmail);
  d |= text_field("newclient.email", w.email, e);
  row(cvt::kAddress);
  d |= text_field("newclient.address", w.draft.address);
  row(cvt::kRegion);
  d |= text_field("newclient.region", w.draft.region);
  row(cvt::kPreferredChannel);
  ImGui::PushID("has_channel");
  d |= ImGui::Checkbox("##has", &w.has_preferred_channel);
  track("newclient.has_channel");
  ImGui::PopID();
  if (w.has_preferred_channel) {
    if (!w.draft.preferred_channel) w.draft.preferred_channel = Channel::phone;
    ImGui::SameLine();
    d |= enum_combo("newclient.channel", *w.draft.preferred_channel);
  }
  row(cvt::kPreferredTime);
  d |= enum_combo("newclient.time", w.draft.preferred_time);
  row(cvt::kInterests);
  std::string interests = join_list(w.draft.interests);
  if (text_field("newclient.interests", interests)) {
    w.draft.interests = split_list(interests);
    d = true;
  }
  ImGui::EndTable();
}

void page_household(NewClientWizardState& w, bool& d) {
  const FormErrors* e = &w.errors;
  if (!begin_form("##household")) return;
  row(cvt::kSpouseName);
  d |= text_field("newclient.spouse_name", w.spouse_name, e);
  row(cvt::kSpouseIncome);
  d |= money_field("newclient.spouse_income", w.spouse_income, e);
  row(cvt::kAnnualIncome);
  d |= money_field("newclient.income", w.annual_income, e);
  row(cvt::kChildren);
  d |= text_field("newclient.children", w.children, e, 80);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::SeparatorText(tr(cvt::kBalanceSheet));
  ImGui::TableNextColumn();
  d |= balance_rows("newclient.", w.balance, e);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::SeparatorText(tr(cvt::kIncomeStatement));
  ImGui::TableNextColumn();
  // The household's pre-tax income is the two incomes above, asked once:
  // the statement's other rows only (kIncome[0] is pre-tax income).
  for (size_t i = 1; i < kIncome.size(); ++i) {
    row(*kIncome[i].label);
    d |= money_field("newclient." + std::string(kIncome[i].key), w.income[i], e);
  }
  ImGui::EndTable();
}

void page_goals(NewClientWizardState& w, Date today, bool& d) {
  ImGui::TextDisabled("%s", tr(cvt::kGoalsNote));
  d |= removable_rows(
      "newclient.goal", w.goals.size(), {tr(cvt::kRemove), tr(cvt::kAddGoal)},
      [&](size_t i, const std::string& id) {
        WizardGoal& g = w.goals[i];
        bool changed = false;
        ImGui::SetNextItemWidth(150);
        if (ImGui::BeginCombo("##kind", tr(kGoalLabels[static_cast<size_t>(g.kind)]))) {
          for (size_t k = 0; k < std::size(kGoalLabels); ++k) {
            if (ImGui::Selectable(tr(kGoalLabels[k]), k == static_cast<size_t>(g.kind))) {
              g.kind = static_cast<GoalKind>(k);
              changed = true;
            }
            track((id + ".kind." + std::string(goal_code(static_cast<GoalKind>(k)))).c_str());
          }
          ImGui::EndCombo();
        }
        track((id + ".kind").c_str(), std::string(goal_code(g.kind)));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(240);
        changed |= ImGui::InputTextWithHint("##label", tr(cvt::kGoalLabel), &g.label);
        track((id + ".label").c_str(), g.label);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(150);
        changed |= ImGui::InputTextWithHint("##amount", tr(cvt::kGoalAmount), &g.amount);
        track((id + ".amount").c_str(), g.amount);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(90);
        changed |= ImGui::InputTextWithHint("##year", tr(cvt::kGoalYear), &g.year);
        track((id + ".year").c_str(), g.year);
        return changed;
      },
      [&](size_t, const std::string& id) {
        error_line(w.errors, id + ".amount");
        error_line(w.errors, id + ".year");
      },
      [&](size_t i) { w.goals.erase(w.goals.begin() + static_cast<long>(i)); },
      [&] { w.goals.push_back(WizardGoal{}); });
  LifeStageFacts facts;
  facts.age = draft_age(w, today);
  facts.married = w.draft.marital_status == MaritalStatus::married;
  int children = 0;
  parse_int(w.children, 0, 20, children);
  facts.children = children;
  facts.dependent_children = children;
  if (const std::optional<LifeStage> stage = life_stage(facts)) {
    ImGui::SameLine();
    const std::string_view name =
        language() == Language::Chinese ? life_stage_name_zh(*stage) : life_stage_name_en(*stage);
    if (ImGui::Button(format(cvt::kTypicalGoals, std::string(name).c_str()).c_str())) {
      for (GoalKind k : typical_goals(*stage)) {
        const bool have = std::any_of(w.goals.begin(), w.goals.end(), [&](const WizardGoal& g) { return g.kind == k; });
        if (!have) w.goals.push_back(WizardGoal{k, {}, {}, {}});
      }
      d = true;
    }
    track("newclient.goal.typical");
  }
}

void page_risk(NewClientWizardState& w, bool& d) {
  ImGui::TextDisabled("%s", tr(cvt::kSkipRisk));
  if (!w.taking_risk) {
    if (ImGui::Button(tr(cvt::kTakeNow))) {
      w.taking_risk = true;
      w.risk_answers.assign(questionnaire().questions.size(), -1);
      w.risk_signed = false;  // a confirmation is never pre-ticked
      d = true;
    }
    track("newclient.risk.take");
    return;
  }
  d |= draw_questionnaire(questionnaire(), w.risk_answers, "newclient.risk");
  d |= ImGui::Checkbox(tr(cvt::kSignedInPerson), &w.risk_signed);
  track("newclient.risk.signed", w.risk_signed ? "ticked" : "unticked");
  if (ImGui::Button(tr(cvt::kCancelAssessment))) {
    w.taking_risk = false;
    w.risk_answers.clear();
    w.risk_signed = false;
    w.errors.erase("newclient.risk");
    w.risk_problem.reset();
  }
  track("newclient.risk.cancel");
  if (w.errors.count("newclient.risk")) refusal_line("newclient.risk.error", w.risk_problem);
}

// ---- validation and creation ----------------------------------------------------

bool validate_step(NewClientWizardState& w, int step, Date today) {
  FormErrors& e = w.errors;
  e.clear();
  Fen ignored = 0;
  if (step == 0) {
    if (w.draft.name.find_first_not_of(' ') == std::string::npos) e["newclient.name"] = cvt::kErrRequired;
    else if (utf8_length(w.draft.name) > 40) e["newclient.name"] = cvt::kErrNameLength;
    DateValue bd;
    if (check_date(e, "newclient.birthday", w.birthday, bd) && bd.solar && *bd.solar > today)
      e["newclient.birthday"] = cvt::kErrFuture;
    check_money(e, "newclient.ada", w.average_daily_assets, ignored);
  } else if (step == 1) {
    if (!w.mobile.empty() && !check_phone(w.mobile)) e["newclient.mobile"] = cvt::kErrPhone;
    if (!w.draft.id_number.empty() && !valid_id_number(w.draft.id_number)) e["newclient.id_number"] = cvt::kErrIdNumber;
    if (!w.email.empty() && !check_email(w.email)) e["newclient.email"] = cvt::kErrEmail;
  } else if (step == 2) {
    check_money(e, "newclient.spouse_income", w.spouse_income, ignored);
    check_money(e, "newclient.income", w.annual_income, ignored);
    BalanceSheet b;
    IncomeStatement s;
    check_figures(e, "newclient.", w.balance, w.income, b, s);
    int children = 0;
    if (!parse_int(w.children, 0, 20, children)) e["newclient.children"] = cvt::kErrCount;
  } else if (step == 3) {
    for (size_t i = 0; i < w.goals.size(); ++i) {
      const std::string id = "newclient.goal" + std::to_string(i);
      Fen amount = 0;
      // A goal left empty (as the typical goals are added) is not a ¥0 sale.
      if (check_money(e, id + ".amount", w.goals[i].amount, amount) && amount <= 0) e[id + ".amount"] = cvt::kErrGoalAmount;
      int year = 0;
      if (!w.goals[i].year.empty() && !parse_int(w.goals[i].year, today.year(), 2100, year))
        e[id + ".year"] = cvt::kErrYear;
    }
  } else if (step == 4) {
    // The core's scoring names the first question left unanswered.
    w.risk_problem.reset();
    if (w.taking_risk)
      if (const Result<Scoring> s = score_answers(questionnaire(), w.risk_answers); !s) {
        e["newclient.risk"] = cvt::kErrAnswerAll;
        w.risk_problem = s.problem();
      }
  }
  return e.empty();
}

Fen money(const std::string& text) {
  Fen v = 0;
  parse_yuan(text, v);
  return v;
}

// What the person entered, as a CreateClient (all pages validated): the
// command decides the records — household, goals in a draft financial plan, the score.
CreateClient build_command(UiContext& ctx, const NewClientWizardState& w) {
  CreateClient command;
  Client& c = command.client;
  c = w.draft;
  c.meta = RecordMeta{};
  c.meta.id = ctx.actions.new_id();  // so the view can open the client it made
  DateValue bd;
  parse_date_input(w.birthday, bd);
  c.birthday = bd.solar;
  c.lunar_birthday = bd.lunar;
  c.average_daily_assets = money(w.average_daily_assets);
  c.annual_income = money(w.annual_income);
  c.spouse_annual_income = money(w.spouse_income);
  parse_int(w.children, 0, 20, c.children);
  c.preferred_channel = w.has_preferred_channel ? w.draft.preferred_channel : std::nullopt;
  c.contact_points.clear();
  if (!w.mobile.empty()) c.contact_points.push_back(ContactPoint{Channel::phone, w.mobile});
  if (!w.wechat.empty()) c.contact_points.push_back(ContactPoint{Channel::wechat, w.wechat});
  if (!w.email.empty()) c.contact_points.push_back(ContactPoint{Channel::email, w.email});
  if (!w.spouse_name.empty()) {
    HouseholdMember spouse;
    spouse.relation = Relation::spouse;
    spouse.name = w.spouse_name;
    spouse.annual_income = c.spouse_annual_income;
    command.members.push_back(spouse);
  }
  FormErrors ignored;
  check_figures(ignored, "newclient.", w.balance, w.income, command.balance_sheet, command.income_statement);
  command.income_statement.pretax_income = add_money(c.annual_income, c.spouse_annual_income);
  for (const WizardGoal& g : w.goals) {
    NewClientGoal goal{g.kind, g.label, money(g.amount), std::nullopt};
    int year = 0;
    if (!g.year.empty() && parse_int(g.year, 0, 9999, year)) goal.year = year;
    command.goals.push_back(std::move(goal));
  }
  if (w.taking_risk) {
    command.risk_answers = w.risk_answers;
    command.risk_signed_in_person = w.risk_signed;
  }
  return command;
}

std::string review_text(const NewClientWizardState& w) {
  std::string out;
  auto line = [&](const Text& label, const std::string& value) {
    if (value.empty()) return;
    out += tr(label);
    out += ": ";
    out += value;
    out += '\n';
  };
  line(cvt::kName, w.draft.name);
  line(cvt::kGender, label(w.draft.gender));
  DateValue bd;
  if (parse_date_input(w.birthday, bd) == DateError::none && bd.solar)
    line(cvt::kBirthday, (bd.lunar ? std::string(tr(cvt::kLunar)) + " " + w.birthday.text + (bd.lunar->leap ? " (闰)" : "") +
                                         " = " + bd.solar->iso()
                                   : bd.solar->iso()));
  line(cvt::kOccupation, label(w.draft.occupation));
  line(cvt::kMobile, w.mobile);
  line(cvt::kWechat, w.wechat);
  line(cvt::kEmail, w.email);
  line(cvt::kSpouseName, w.spouse_name);
  line(cvt::kAdaAssets, w.average_daily_assets.empty() ? "" : format_yuan(money(w.average_daily_assets)));
  for (size_t i = 0; i < kBalance.size(); ++i)
    line(*kBalance[i].label, w.balance[i].empty() ? "" : format_yuan(money(w.balance[i])));
  std::string goals;
  for (const WizardGoal& g : w.goals) {
    if (!goals.empty()) goals += "、";
    goals += g.label.empty() ? tr(kGoalLabels[static_cast<size_t>(g.kind)]) : g.label;
  }
  line(cvt::kGoals, goals);
  if (w.taking_risk) {
    if (const Result<Scoring> s = score_answers(questionnaire(), w.risk_answers); s)
      line(cvt::kRiskLevel, std::string(risk_code(s->level)) + " (" + std::to_string(s->score) + ")");
  } else {
    line(cvt::kRiskLevel, tr(cvt::kNotAssessed));
  }
  return out;
}

}  // namespace

void start_new_client_wizard(NewClientWizardState& w) {
  w = NewClientWizardState{};
  w.active = true;
}

void draw_new_client_wizard(UiContext& ctx) {
  NewClientWizardState& w = ctx.state.client_view.wizard;
  bool d = false;
  // Step bar: earlier steps can be revisited.
  for (int i = 0; i < 6; ++i) {
    ImGui::PushID(i);
    char label[128];
    std::snprintf(label, sizeof label, "%d %s", i + 1, tr(*kStepNames[i]));
    const float width = ImGui::CalcTextSize(label).x + 20;
    ImGui::BeginDisabled(i > w.step);
    if (ImGui::Selectable(label, i == w.step, 0, ImVec2(width, 26)) && i < w.step) {
      w.step = i;
      w.errors.clear();
    }
    ImGui::EndDisabled();
    track(("newclient.step" + std::to_string(i)).c_str());
    ImGui::PopID();
    if (i < 5) ImGui::SameLine();
  }
  char title[256];
  std::snprintf(title, sizeof title, tr(cvt::kWizardTitle), w.step + 1, tr(*kStepNames[w.step]));
  ImGui::SeparatorText(title);
  track("newclient.step", std::to_string(w.step));

  ImGui::BeginChild("##page", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - 8), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NavFlattened);
  switch (w.step) {
    case 0: page_basics(w, ctx.today, d); break;
    case 1: page_contact(w, d); break;
    case 2: page_household(w, d); break;
    case 3: page_goals(w, ctx.today, d); break;
    case 4: page_risk(w, d); break;
    default: {
      const std::string text = review_text(w);
      ImGui::TextUnformatted(text.c_str());
      track("newclient.review", text);
      break;
    }
  }
  ImGui::EndChild();
  if (d) w.touched = true;

  ImGui::Separator();
  bool cancel = ImGui::Button(tr(cvt::kWizardCancel));
  track("newclient.cancel");
  const bool escape = !ImGui::IsAnyItemActive() && ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
                      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  if (escape) cancel = true;
  ImGui::SameLine();
  ImGui::BeginDisabled(w.step == 0);
  if (ImGui::Button(tr(cvt::kPrev))) {
    --w.step;
    w.errors.clear();
  }
  track("newclient.back");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (w.step < 5) {
    if (ImGui::Button(tr(cvt::kNext)) && validate_step(w, w.step, ctx.today)) ++w.step;
    track("newclient.next");
  } else {
    const bool create = ImGui::Button(tr(cvt::kCreate));
    track("newclient.create");
    if (create) {
      int first_bad = -1;
      for (int step = 0; step < 5 && first_bad < 0; ++step)
        if (!validate_step(w, step, ctx.today)) first_bad = step;
      if (first_bad >= 0) {
        w.step = first_bad;
      } else {
        const CreateClient command = build_command(ctx, w);
        if (Result<int64_t> r = ctx.actions.dispatch(command); !r) {
          w.refusal = r.problem();
          return;
        }
        const RecordId client_id = command.client.meta.id;
        w = NewClientWizardState{};
        ClientViewState& s = ctx.state.client_view;
        s.section = ClientSection::profile;
        open_client(ctx.state, client_id);
        set_flash(s, tr(cvt::kSaved));
        return;
      }
    }
  }
  if (!w.errors.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::bad), "%s", tr(w.errors.begin()->second));
  }
  refusal_line("newclient.refusal", w.refusal);

  if (cancel) {
    if (w.touched) w.confirm_cancel = true;
    else w.active = false;
  }
  if (w.confirm_cancel && !ImGui::IsPopupOpen("##cancel_wizard")) ImGui::OpenPopup("##cancel_wizard");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("##cancel_wizard", nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::TextUnformatted(tr(cvt::kCancelWizardTitle));
    ImGui::Separator();
    ImGui::TextUnformatted(tr(cvt::kCancelWizardBody));
    bool keep = ImGui::Button(tr(action_text::kKeepEditing));
    track("newclient.cancel.keep");
    ImGui::SameLine();
    const bool leave = ImGui::Button(tr(cvt::kLeaveWizard));
    track("newclient.cancel.confirm");
    // The Esc that opened this dialog (same frame) must not also close it.
    if (!escape && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) keep = true;
    if (keep) {
      w.confirm_cancel = false;
      ImGui::CloseCurrentPopup();
    } else if (leave) {
      w = NewClientWizardState{};
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace rm::ui
