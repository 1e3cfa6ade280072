// The people and places of the bank: managers (the users), supervisors who
// assign clients and review reports, and branches.
#pragma once
#include <string>

#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

struct Branch {
  RecordMeta meta;
  std::string name;
  std::string code;
  std::string region;
  BranchLevel level = BranchLevel::outlet;
  RecordId parent_branch_id;
};

struct Manager {
  RecordMeta meta;
  std::string name;
  std::string employee_no;
  RecordId branch_id;
  RecordId supervisor_id;
  std::string phone;
  std::string email;
};

struct Supervisor {
  RecordMeta meta;
  std::string name;
  std::string employee_no;
  SupervisorRole role = SupervisorRole::branch_head;
  RecordId branch_id;
  // The manager record she also works under when this book is hers: the
  // book's user reviews as this supervisor (set_own_role; docs/domain.md,
  // "Roles"). Empty for a supervisor who is someone else.
  RecordId manager_id;
};

}  // namespace rm
