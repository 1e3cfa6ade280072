// Risk assessment (take the questionnaire with the client; level, score and
// expiry) and the suitability of any catalogue product, with every reason
// when it is refused (docs/domain.md §5).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/risk/client_suitability.h"
#include "ui/screens/client_view_parts.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui::cv {

const Questionnaire& questionnaire() {
  static const Questionnaire q = default_questionnaire();
  return q;
}

bool draw_questionnaire(const Questionnaire& q, std::vector<int>& answers, const std::string& id) {
  bool changed = false;
  answers.resize(q.questions.size(), -1);
  const bool zh = language() == Language::Chinese;
  for (size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Text("%zu. %s", i + 1, (zh ? question.text_zh : question.text_en).c_str());
    ImGui::Indent();
    for (size_t j = 0; j < question.options.size(); ++j) {
      ImGui::PushID(static_cast<int>(j));
      if (ImGui::RadioButton((zh ? question.options[j].text_zh : question.options[j].text_en).c_str(),
                             answers[i] == static_cast<int>(j))) {
        answers[i] = static_cast<int>(j);
        changed = true;
      }
      track((id + ".q" + std::to_string(i) + ".o" + std::to_string(j)).c_str());
      ImGui::PopID();
    }
    ImGui::Unindent();
    ImGui::PopID();
  }
  return changed;
}

namespace {

void draw_assessment(UiContext& ctx, const Client& c, uint32_t pos) {
  RiskForm& f = ctx.state.client_view.risk;
  // Answers and the signature belong to one sitting with one client: another
  // client never inherits them (docs/domain.md §5, signed in person).
  if (f.client_id != c.meta.id) {
    f.client_id = c.meta.id;
    f.taking = false;
    f.signed_in_person = false;
    f.refusal.reset();
  }
  ImGui::SeparatorText(tr(cvt::kAssessment));
  const bool zh = language() == Language::Chinese;
  if (const RiskAssessment* a = latest_assessment(ctx.ws.book(), ctx.ws.index(), pos, ctx.today)) {
    const bool valid = assessment_valid(a->date, ctx.today);
    const std::string_view name = zh ? risk_name_zh(a->level) : risk_name_en(a->level);
    ImGui::Text("%s: %.*s %.*s   %s: %d   %s: %s   %s %s", tr(cvt::kRiskLevel),
                static_cast<int>(risk_code(a->level).size()), risk_code(a->level).data(),
                static_cast<int>(name.size()), name.data(), tr(cvt::kScore), a->score, tr(cvt::kAssessedOn),
                a->date.iso().c_str(), tr(cvt::kValidUntil), a->valid_until.iso().c_str());
    track("client.risk.level", std::string(risk_code(a->level)));
    ImGui::SameLine();
    ImGui::TextColored(valid ? tone_vec4(Tone::good) : tone_vec4(Tone::bad), "%s",
                       tr(valid ? cvt::kValid : cvt::kExpired));
    track("client.risk.valid", valid ? "valid" : "expired");
    if (!a->signed_in_person) ImGui::TextColored(tone_vec4(Tone::bad), "%s", tr(cvt::kNotSignedInPerson));
    track("client.risk.signed_in_person", a->signed_in_person ? "yes" : "no");
    const auto change = situation_change_since(c, a->date);
    if (change) {
      const Text& what = change->what == "annual_income"          ? cvt::kChangeIncome
                         : change->what == "spouse_annual_income" ? cvt::kChangeSpouseIncome
                         : change->what == "occupation"           ? cvt::kChangeOccupation
                         : change->what == "marital_status"       ? cvt::kChangeMarital
                                                                  : cvt::kChangeOutflow;
      ImGui::TextColored(tone_vec4(Tone::warn), "%s",
                         format(cvt::kSituationChanged, tr(what), change->date.iso().c_str()).c_str());
    }
    track("client.risk.situation_changed", change ? std::string(change->what) : std::string());
  } else {
    ImGui::TextDisabled("%s", tr(cvt::kNotAssessed));
    track("client.risk.level", "");
  }
  if (!f.taking) {
    if (ImGui::Button(tr(cvt::kTakeQuestionnaire))) {
      f.taking = true;
      f.answers.assign(questionnaire().questions.size(), -1);
      f.signed_in_person = false;  // a confirmation is never pre-ticked
      f.errors.clear();
      f.refusal.reset();
    }
    track("client.risk.take");
    return;
  }
  draw_questionnaire(questionnaire(), f.answers, "client.risk");
  ImGui::Checkbox(tr(cvt::kSignedInPerson), &f.signed_in_person);
  track("client.risk.signed", f.signed_in_person ? "ticked" : "unticked");
  if (ImGui::Button(tr(cvt::kSubmitAssessment))) {
    f.errors.clear();
    // The command names the first question left unanswered (docs/domain.md §5).
    RecordRiskAssessment command;
    command.client_id = c.meta.id;
    command.answers = f.answers;
    command.signed_in_person = f.signed_in_person;  // as ticked: never assumed
    if (Result<int64_t> r = ctx.actions.dispatch(command); r) {
      f.taking = false;
      f.signed_in_person = false;
      f.refusal.reset();
    } else {
      f.refusal = r.problem();
    }
  }
  track("client.risk.submit");
  ImGui::SameLine();
  if (ImGui::Button(tr(cvt::kCancelAssessment))) {
    f.taking = false;
    f.signed_in_person = false;
  }
  track("client.risk.cancel");
  error_line(f.errors, "client.risk.submit");
  refusal_line("client.risk.refusal", f.refusal);
}

void draw_suitability(UiContext& ctx, uint32_t pos) {
  RiskForm& f = ctx.state.client_view.risk;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(cvt::kSuitability));
  ImGui::SetNextItemWidth(320);
  ImGui::InputTextWithHint("##product_search", tr(cvt::kSearchProduct), &f.product_search);
  track("client.suit.search", f.product_search);
  ImGui::BeginChild("##products", ImVec2(0, 150), ImGuiChildFlags_Border);
  for (const Product& p : book.products) {
    if (p.meta.deleted) continue;
    if (!f.product_search.empty() && p.name.find(f.product_search) == std::string::npos &&
        p.code.find(f.product_search) == std::string::npos)
      continue;
    char label[256];
    std::snprintf(label, sizeof label, "%s  %s  %.*s", p.code.c_str(), p.name.c_str(),
                  static_cast<int>(risk_code(p.risk).size()), risk_code(p.risk).data());
    push_record_id(p.meta.id);
    if (ImGui::Selectable(label, f.product_id == p.meta.id)) f.product_id = p.meta.id;
    track(("client.suit.product." + p.code).c_str());
    ImGui::PopID();
  }
  ImGui::EndChild();

  const uint32_t pi = f.product_id.empty() ? BookIndex::npos : ctx.ws.index().product(f.product_id);
  if (pi == BookIndex::npos) {
    ImGui::TextDisabled("%s", tr(cvt::kPickProduct));
    track("client.suit.verdict", "");
    return;
  }
  const Product& product = book.products[pi];
  // The same facts the planner's reassessment rule reads (core/risk/client_suitability.h).
  const SuitabilityFacts facts = suitability_facts(book, ctx.ws.index(), pos, ctx.today);
  const SuitabilityVerdict v = check_suitability(facts, product, ctx.today);
  ImGui::Text("%s %s  %.*s%s%s", product.code.c_str(), product.name.c_str(),
              static_cast<int>(risk_code(product.risk).size()), risk_code(product.risk).data(),
              product.derivative_linked ? "  " : "", product.derivative_linked ? tr(cvt::kDerivativeLinked) : "");
  const bool zh = language() == Language::Chinese;
  if (v.allowed()) {
    ImGui::TextColored(tone_vec4(Tone::good), "%s", format(cvt::kSuitable, product.name.c_str()).c_str());
    track("client.suit.verdict", "allowed");
    return;
  }
  ImGui::TextColored(tone_vec4(Tone::bad), "%s", format(cvt::kRefused, product.name.c_str()).c_str());
  track("client.suit.verdict", "refused");
  for (size_t i = 0; i < v.refusals.size(); ++i) {
    const std::string& msg = zh ? v.refusals[i].message_zh : v.refusals[i].message_en;
    ImGui::Bullet();
    ImGui::TextWrapped("%s", msg.c_str());
    track(("client.suit.reason." + std::to_string(i)).c_str(), msg);
  }
}

}  // namespace

void draw_risk(UiContext& ctx, const Client& c, uint32_t pos) {
  draw_assessment(ctx, c, pos);
  ImGui::Spacing();
  draw_suitability(ctx, pos);
}

}  // namespace rm::ui::cv
