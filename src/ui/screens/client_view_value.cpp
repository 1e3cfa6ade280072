// The 360° view's credit rating and client value (docs/domain.md §6): the
// five factors the manager scores, the score and its grade (AAA–C); the
// client's historical, current and potential value where the book has the
// data, and what is missing where it does not.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/rating/client_value_from_book.h"
#include "core/rating/credit_rating.h"
#include "ui/screens/client_view_parts.h"

namespace rm::ui::cv {
namespace {

struct Factor {
  const Text* name;
  int CreditFactors::*score;
  const char* id;
};

constexpr Factor kFactors[] = {
    {&cvt::kCreditCharacter, &CreditFactors::character, "client.credit.character"},
    {&cvt::kCreditCapacity, &CreditFactors::capacity, "client.credit.capacity"},
    {&cvt::kCreditCapital, &CreditFactors::capital, "client.credit.capital"},
    {&cvt::kCreditCollateral, &CreditFactors::collateral, "client.credit.collateral"},
    {&cvt::kCreditConditions, &CreditFactors::conditions, "client.credit.conditions"},
};

bool draw_credit(const Client& stored, Client& draft) {
  bool changed = false;
  ImGui::Spacing();
  ImGui::SeparatorText(tr(cvt::kCreditRating));
  if (!draft.credit_factors) {
    ImGui::TextWrapped("%s", tr(cvt::kCreditNotRated));
    track("client.credit.result", "");
    if (ImGui::Button(tr(cvt::kCreditScoreFactors))) {
      draft.credit_factors = CreditFactors{};
      changed = true;
    }
    track("client.credit.start");
    return changed;
  }
  CreditFactors& f = *draft.credit_factors;
  if (ImGui::BeginTable("##credit", 2, ImGuiTableFlags_SizingFixedFit)) {
    for (const Factor& factor : kFactors) {
      ImGui::TableNextColumn();
      label(*factor.name);
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(220);
      ImGui::PushID(factor.id);
      changed |= ImGui::SliderInt("##score", &(f.*factor.score), 0, 100);
      ImGui::PopID();
      track(factor.id, std::to_string(f.*factor.score));
    }
    ImGui::EndTable();
  }
  const Result<int> score = credit_score(f);
  if (score.ok()) {
    const std::optional<CreditGrade> grade = credit_grade(score.value());
    const std::string code = grade ? std::string(credit_grade_code(*grade)) : "?";
    char line[256];
    const bool saved = stored.credit_factors == draft.credit_factors && stored.credit_scored_on;
    if (saved) std::snprintf(line, sizeof line, tr(cvt::kCreditResult), score.value(), code.c_str(), stored.credit_scored_on->iso().c_str());
    else std::snprintf(line, sizeof line, tr(cvt::kCreditUnsaved), score.value(), code.c_str());
    ImGui::TextUnformatted(line);
    track("client.credit.result", code);
  }
  if (ImGui::SmallButton(tr(cvt::kCreditClear))) {
    draft.credit_factors.reset();
    changed = true;
  }
  track("client.credit.clear");
  return changed;
}

void draw_value(UiContext& ctx, const Client& stored) {
  ImGui::Spacing();
  ImGui::SeparatorText(tr(cvt::kClientValue));
  const uint32_t pos = ctx.ws.index().client(stored.meta.id);
  if (pos == BookIndex::npos) return;
  const ClientValueReport r = client_value_from_book(ctx.ws.book(), ctx.ws.index(), pos, ctx.today);
  if (ImGui::BeginTable("##value", 2, ImGuiTableFlags_SizingFixedFit)) {
    const struct {
      const Text* name;
      Fen amount;
      bool known;
      const Text* missing;
      const char* id;
    } rows[] = {
        {&cvt::kValueHistorical, r.value.historical, r.has_earlier_years, &cvt::kValueNoHistory, "client.value.historical"},
        {&cvt::kValueCurrent, r.value.current, r.has_holdings, &cvt::kValueNoHoldings, "client.value.current"},
        {&cvt::kValuePotential, r.value.potential, r.has_assets_elsewhere, &cvt::kValueNoElsewhere, "client.value.potential"},
    };
    for (const auto& row : rows) {
      ImGui::TableNextColumn();
      label(*row.name);
      ImGui::TableNextColumn();
      if (row.known) {
        ImGui::Text("¥%s", format_yuan(row.amount).c_str());
        track(row.id, std::to_string(row.amount));
      } else {
        ImGui::TextDisabled("%s", tr(*row.missing));
        track(row.id, "");
      }
    }
    ImGui::EndTable();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", tr(cvt::kValueBasis));
  ImGui::PopStyleColor();
}

}  // namespace

bool draw_credit_and_value(UiContext& ctx, const Client& stored, Client& draft) {
  const bool changed = draw_credit(stored, draft);
  draw_value(ctx, stored);
  return changed;
}

}  // namespace rm::ui::cv
