// Client credit rating (docs/domain.md §6, source 002): a 0–100 score mapped to nine
// grades, AAA 90–100, AA 80–89, A 70–79, BBB 60–69, BB 50–59, B 40–49, CCC 30–39,
// CC 20–29, C 0–19. The score is a weighted mean of the five personal factors —
// character, capacity (income vs debt), capital, collateral/guarantee,
// conditions — each scored 0–100 by the manager.
#pragma once
#include <optional>
#include <string_view>

#include "core/problem.h"

namespace rm {

enum class CreditGrade { AAA, AA, A, BBB, BB, B, CCC, CC, C };

std::string_view credit_grade_code(CreditGrade g);  // "BBB"
// Empty outside 0–100.
std::optional<CreditGrade> credit_grade(int score);
// The lowest score of a grade: AAA → 90, C → 0.
int credit_grade_floor(CreditGrade g);

struct CreditFactors {
  int character = 0;
  int capacity = 0;
  int capital = 0;
  int collateral = 0;
  int conditions = 0;
  friend bool operator==(const CreditFactors&, const CreditFactors&) = default;
};

// Weights in percent, summing to 100 — data the bank edits. The source gives
// none, so the default weighs the five factors equally.
struct CreditWeights {
  int character = 20;
  int capacity = 20;
  int capital = 20;
  int collateral = 20;
  int conditions = 20;
};

// Σ weight × factor / 100, rounded half up. Problems: a factor outside 0–100,
// a negative weight, weights not summing to 100.
Result<int> credit_score(const CreditFactors& factors, const CreditWeights& weights = {});

}  // namespace rm
