#include "core/rating/credit_rating.h"

#include <array>

namespace rm {
namespace {

struct GradeBand {
  CreditGrade grade;
  int floor;
  std::string_view code;
};

// Highest first, so the first floor a score reaches is its grade.
constexpr std::array<GradeBand, 9> kBands{{{CreditGrade::AAA, 90, "AAA"},
                                           {CreditGrade::AA, 80, "AA"},
                                           {CreditGrade::A, 70, "A"},
                                           {CreditGrade::BBB, 60, "BBB"},
                                           {CreditGrade::BB, 50, "BB"},
                                           {CreditGrade::B, 40, "B"},
                                           {CreditGrade::CCC, 30, "CCC"},
                                           {CreditGrade::CC, 20, "CC"},
                                           {CreditGrade::C, 0, "C"}}};

const GradeBand* band(CreditGrade g) {
  for (const GradeBand& b : kBands)
    if (b.grade == g) return &b;
  return nullptr;
}

Problem problem(std::string code, std::string path, std::string en, std::string zh) {
  return {std::move(code), std::move(path), std::move(en), std::move(zh)};
}

}  // namespace

std::string_view credit_grade_code(CreditGrade g) { return band(g) ? band(g)->code : std::string_view{}; }
int credit_grade_floor(CreditGrade g) { return band(g) ? band(g)->floor : 0; }

std::optional<CreditGrade> credit_grade(int score) {
  if (score < 0 || score > 100) return std::nullopt;
  for (const GradeBand& b : kBands)
    if (score >= b.floor) return b.grade;
  return std::nullopt;
}

Result<int> credit_score(const CreditFactors& f, const CreditWeights& w) {
  const std::array<std::pair<const char*, int>, 5> factors{{{"character", f.character},
                                                            {"capacity", f.capacity},
                                                            {"capital", f.capital},
                                                            {"collateral", f.collateral},
                                                            {"conditions", f.conditions}}};
  const std::array<std::pair<const char*, int>, 5> weights{{{"character", w.character},
                                                            {"capacity", w.capacity},
                                                            {"capital", w.capital},
                                                            {"collateral", w.collateral},
                                                            {"conditions", w.conditions}}};
  int weighted = 0;
  int weight_sum = 0;
  for (size_t i = 0; i < factors.size(); ++i) {
    if (factors[i].second < 0 || factors[i].second > 100)
      return problem("out_of_range", std::string("factors.") + factors[i].first, "must be 0–100",
                     "须在 0–100 之间");
    if (weights[i].second < 0)
      return problem("out_of_range", std::string("weights.") + weights[i].first, "must not be negative",
                     "不能为负数");
    weighted += factors[i].second * weights[i].second;
    weight_sum += weights[i].second;
  }
  if (weight_sum != 100)
    return problem("invalid_weights", "weights", "weights must add up to 100", "权重合计须为 100");
  return (weighted + 50) / 100;
}

}  // namespace rm
