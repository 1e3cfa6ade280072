// What the manager sets up in Settings rather than about a client: her own
// name and branch (the Manager and Branch records her book names as its
// owner) and the product catalogue she sells from (docs/domain.md §4, the
// risk–return ladder; §5, suitability reads a product's risk level). A book
// whose demo data was removed keeps these records (erase_demo_records), and
// these commands are how the manager makes them her own.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/commands/command_support.h"
#include "core/model/profit_rate.h"
#include "core/risk/risk_profile.h"

namespace rm {

// The manager's own record: her name, and the name of the outlet she works
// at. A book that lost its manager record gets it back (under the owner's
// id); a manager with no branch gets one, an outlet of that name.
struct UpdateOwnProfile {
  static constexpr std::string_view kind = "update_own_profile";
  static constexpr CommandLabel label{"修改本人信息", "Edit my details"};
  static constexpr Roles roles = Roles::manager;

  std::string name;
  std::string branch_name;  // empty: the branch is left as it is
  std::string employee_no;
  std::string phone;
  std::string email;
};

// Adds a product to the catalogue (no product_id) or replaces one's fields.
// Products are never deleted — clients hold them; on_sale = false takes one
// off the list a manager offers from.
struct SaveProduct {
  static constexpr std::string_view kind = "save_product";
  static constexpr CommandLabel label{"保存产品", "Save product"};
  static constexpr Roles roles = Roles::manager;

  RecordId product_id;  // empty: a new product
  std::string name;
  std::string code;
  ProductCategory category = ProductCategory::savings;
  ProductRisk risk = ProductRisk::R1;
  int ladder_position = 0;
  int term_days = 0;
  bool derivative_linked = false;
  int expected_return_bp = 0;
  std::string issuer;
  bool on_sale = true;
};

// Whether the book's user also reviews managers' work: as a supervisor she
// has a Supervisor record linked to her own manager record (the owner), and
// the review and reassignment commands are issued as that supervisor
// (own_context, command.h; docs/domain.md, "Roles"). Turning it off unlinks
// the record, which stays: her past reviews name it.
struct SetOwnRole {
  static constexpr std::string_view kind = "set_own_role";
  static constexpr CommandLabel label{"设置本人角色", "Set my role"};
  static constexpr Roles roles = Roles::manager;

  Role role = Role::manager;
};

// The simulated-profit rates (docs/domain.md §6 "Evaluating the manager";
// core/reports/simulated_profit.h): the whole table replaced in one undoable
// settings edit. An empty table goes back to the placeholder defaults. Each
// rate is 0 to 10 000 bp (100 %), each product category listed once.
struct SaveProfitRates {
  static constexpr std::string_view kind = "save_profit_rates";
  static constexpr CommandLabel label{"保存模拟利润费率", "Save simulated-profit rates"};
  static constexpr Roles roles = Roles::anyone;

  std::vector<ProfitRate> rates;
};

// The live supervisor record linked to the book's owner, or nullptr.
const Supervisor* own_supervisor(const Book& book);

Result<Edit> decide(const UpdateOwnProfile& command, const CommandInput& in);
void read_args(CommandArgs& args, UpdateOwnProfile& command);
Result<Edit> decide(const SetOwnRole& command, const CommandInput& in);
void read_args(CommandArgs& args, SetOwnRole& command);
Result<Edit> decide(const SaveProduct& command, const CommandInput& in);
void read_args(CommandArgs& args, SaveProduct& command);
Result<Edit> decide(const SaveProfitRates& command, const CommandInput& in);
void read_args(CommandArgs& args, SaveProfitRates& command);

}  // namespace rm
