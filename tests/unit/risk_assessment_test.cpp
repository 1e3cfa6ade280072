#include <catch_amalgamated.hpp>

#include "core/risk/assessment_validity.h"
#include "core/risk/questionnaire.h"

using namespace rm;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

// Answers on the default questionnaire (option indices; question 0 scores
// 10/8/6/3/0, the others 0/3/6/10, question 3's last option marks derivatives).
const std::vector<int> kScore0{4, 0, 0, 0, 0, 0, 0, 0, 0, 0};
const std::vector<int> kScore41{1, 3, 3, 0, 3, 1, 0, 0, 0, 0};  // C3

}  // namespace

TEST_CASE("Risk codes convert both ways") {
  CHECK(risk_code(RiskLevel::C3) == "C3");
  CHECK(risk_code(ProductRisk::R2) == "R2");
  CHECK(parse_risk_level("C5") == RiskLevel::C5);
  CHECK(parse_product_risk("R1") == ProductRisk::R1);
  CHECK_FALSE(parse_risk_level("R1").has_value());
  CHECK_FALSE(parse_product_risk("C6").has_value());
  CHECK(within_risk_level(ProductRisk::R3, RiskLevel::C3));
  CHECK_FALSE(within_risk_level(ProductRisk::R4, RiskLevel::C3));
}

TEST_CASE("The default questionnaire is well formed: 10 questions, 0–100 points") {
  const Questionnaire q = default_questionnaire();
  CHECK(validate_questionnaire(q).empty());
  CHECK(q.questions.size() == 10);
  int max = 0;
  for (const Question& question : q.questions) {
    int best = 0;
    for (const QuestionOption& o : question.options) best = std::max(best, o.score);
    max += best;
    CHECK_FALSE(question.text_zh.empty());
    CHECK_FALSE(question.text_en.empty());
  }
  CHECK(max == 100);
}

TEST_CASE("Scores map to C1–C5 at every band edge") {
  const Questionnaire q = default_questionnaire();
  CHECK(level_for_score(q, 0) == RiskLevel::C1);
  CHECK(level_for_score(q, 20) == RiskLevel::C1);
  CHECK(level_for_score(q, 21) == RiskLevel::C2);
  CHECK(level_for_score(q, 40) == RiskLevel::C2);
  CHECK(level_for_score(q, 41) == RiskLevel::C3);
  CHECK(level_for_score(q, 60) == RiskLevel::C3);
  CHECK(level_for_score(q, 61) == RiskLevel::C4);
  CHECK(level_for_score(q, 80) == RiskLevel::C4);
  CHECK(level_for_score(q, 81) == RiskLevel::C5);
  CHECK(level_for_score(q, 100) == RiskLevel::C5);
}

TEST_CASE("Answering the questionnaire gives each level, on both sides of each band edge") {
  const Questionnaire q = default_questionnaire();
  struct Case {
    std::vector<int> answers;
    int score;
    RiskLevel level;
  };
  const std::vector<Case> cases{
      {kScore0, 0, RiskLevel::C1},
      {{4, 3, 3, 0, 0, 0, 0, 0, 0, 0}, 20, RiskLevel::C1},
      {{1, 3, 1, 0, 0, 0, 0, 0, 0, 0}, 21, RiskLevel::C2},
      {{4, 3, 3, 0, 3, 3, 0, 0, 0, 0}, 40, RiskLevel::C2},
      {{1, 3, 3, 0, 3, 1, 0, 0, 0, 0}, 41, RiskLevel::C3},
      {{4, 3, 3, 0, 3, 3, 3, 3, 0, 0}, 60, RiskLevel::C3},
      {{1, 3, 3, 0, 3, 3, 3, 1, 0, 0}, 61, RiskLevel::C4},
      {{4, 3, 3, 0, 3, 3, 3, 3, 3, 3}, 80, RiskLevel::C4},
      {{1, 3, 3, 1, 3, 3, 3, 3, 3, 0}, 81, RiskLevel::C5},
  };
  for (const Case& c : cases) {
    const Result<Scoring> s = score_answers(q, c.answers);
    REQUIRE(s.ok());
    CHECK(s->score == c.score);
    CHECK(s->level == c.level);
    CHECK_FALSE(s->derivatives_experience);
  }
  const std::vector<int> all_top{0, 3, 3, 3, 3, 3, 3, 3, 3, 3};
  const Result<Scoring> top = score_answers(q, all_top);
  REQUIRE(top.ok());
  CHECK(top->score == 100);
  CHECK(top->level == RiskLevel::C5);
  CHECK(top->derivatives_experience);
}

TEST_CASE("Incomplete or impossible answers are problems, not crashes") {
  const Questionnaire q = default_questionnaire();
  Result<Scoring> r = score_answers(q, {0, 1});
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().code == "incomplete_answers");
  std::vector<int> answers(10, 0);
  answers[3] = 9;
  r = score_answers(q, answers);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().path == "answers[3]");
  answers[3] = -1;
  CHECK_FALSE(score_answers(q, answers).ok());
}

TEST_CASE("An assessment record carries its score, level and last valid day") {
  const Result<RiskAssessment> a = assess(default_questionnaire(), kScore41, ymd(2024, 3, 10));
  REQUIRE(a.ok());
  CHECK(a->level == RiskLevel::C3);
  CHECK(a->questionnaire_id == "default.v1");
  CHECK(a->valid_until == ymd(2025, 3, 9));
}

TEST_CASE("Validity is one year: expired at exactly one year") {
  const Date assessed = ymd(2024, 3, 10);
  CHECK(assessment_valid(assessed, ymd(2024, 3, 10)));
  CHECK(assessment_valid(assessed, ymd(2025, 3, 9)));
  CHECK_FALSE(assessment_valid(assessed, ymd(2025, 3, 10)));
  CHECK(needs_reassessment(ymd(2025, 3, 9), assessed, std::nullopt) == ReassessmentReason::none);
  CHECK(needs_reassessment(ymd(2025, 3, 10), assessed, std::nullopt) == ReassessmentReason::expired);
}

TEST_CASE("Assessment required before the first recommendation") {
  CHECK(needs_reassessment(ymd(2024, 1, 1), std::nullopt, std::nullopt) == ReassessmentReason::never_assessed);
  CHECK_FALSE(reassessment_message_zh(ReassessmentReason::never_assessed).empty());
}

TEST_CASE("Re-assess when more than six months passed since the last recommendation") {
  const Date assessed = ymd(2024, 1, 5);
  const Date recommended = ymd(2024, 2, 1);
  CHECK(needs_reassessment(ymd(2024, 8, 1), assessed, recommended) == ReassessmentReason::none);
  CHECK(needs_reassessment(ymd(2024, 8, 2), assessed, recommended) == ReassessmentReason::recommendation_gap);
  // Assessed again after that recommendation: no gap problem.
  CHECK(needs_reassessment(ymd(2024, 8, 2), ymd(2024, 3, 1), recommended) == ReassessmentReason::none);
  // Same-day assessment and recommendation still counts as before it.
  CHECK(needs_reassessment(ymd(2024, 8, 2), recommended, recommended) == ReassessmentReason::recommendation_gap);
}

TEST_CASE("A changed situation calls for a new assessment") {
  CHECK(needs_reassessment(ymd(2024, 6, 1), ymd(2024, 5, 1), std::nullopt, true) ==
        ReassessmentReason::situation_changed);
}
