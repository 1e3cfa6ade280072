// The client's family (家庭): members with their relation to the client, and
// the shared balance sheet and income/expense statement the financial plan
// (docs/domain.md §4) starts from.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/finance/household_finance.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"
#include "core/money.h"

namespace rm {

struct HouseholdMember {
  Relation relation = Relation::other;  // to the household's client
  std::string name;
  Gender gender = Gender::unknown;
  std::optional<Date> birthday;
  int age = 0;  // used when the birthday is unknown
  Fen annual_income = 0;
  RecordId client_id;  // when the member is a client too
  friend bool operator==(const HouseholdMember&, const HouseholdMember&) = default;
};

struct Household {
  RecordMeta meta;
  std::string name;       // "张伟家"
  RecordId client_id;  // the client the household is seen from
  std::vector<HouseholdMember> members;
  BalanceSheet balance_sheet;
  IncomeStatement income_statement;
  std::optional<Date> finances_as_of;  // when the figures were last collected
};

}  // namespace rm
