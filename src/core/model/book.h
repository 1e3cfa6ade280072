// The whole local dataset of one manager (or what a supervisor sees of it):
// every record vector, the settings, and an index for lookups by id. A Book
// is a plain value; the Workspace owns the current one and replaces records
// through commands.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/calendar/official_arrangements.h"
#include "core/model/client.h"
#include "core/model/client_event.h"
#include "core/model/complaint.h"
#include "core/model/profit_rate.h"
#include "core/model/contact.h"
#include "core/model/financial_plan.h"
#include "core/model/household.h"
#include "core/model/opportunity.h"
#include "core/model/product.h"
#include "core/model/reports.h"
#include "core/model/risk_assessment.h"
#include "core/model/staff.h"
#include "core/model/supervision.h"
#include "core/model/task.h"
#include "core/policy/policy.h"

namespace rm {

// A saved view of the Clients screen: a name and the screen's filter as
// JSON (core/search/client_search.h), whose search text may be a phone
// number, a name or an ID number — which is why views are records of the
// encrypted book and never browser preferences (docs/storage.md).
struct ClientView {
  RecordMeta meta;
  std::string name;
  std::string filter;  // filter_to_json()
};

// Book-wide choices, merged field by field like any record.
struct Settings {
  RecordMeta meta;
  std::string active_policy_id;  // a policy preset id ("bank_a")
  RecordId owner_manager_id;  // whose book this is
  std::vector<CrossSellRule> cross_sell;  // docs/domain.md §3, editable
  // The book's own policies, each begun as a copy of a preset and edited in
  // Settings (docs/domain.md, "Policies"); active_policy_id names one of
  // these or a preset.
  std::vector<Policy> policies;
  // The book's own holiday notices (放假安排), entered in Settings → Working
  // calendar; each replaces the shipped arrangement of its year
  // (docs/domain.md, "Working calendar").
  std::vector<YearArrangement> holiday_arrangements;
  // The simulated-profit rates (docs/domain.md §6); empty: the defaults.
  std::vector<ProfitRate> profit_rates;
};

// Whether a file is a manager's whole book or a subset shared for review
// (a plan file); only a whole book must have every referenced record.
enum class BundleScope { book, plan };
template <>
struct EnumCodes<BundleScope> {
  static constexpr auto codes = std::to_array<std::string_view>({"book", "plan"});
};

// Who exported the book and when; part of the book so load → save is exact.
struct ExportInfo {
  std::string exported_by;   // actor id
  int64_t exported_at_ms = 0;
  BundleScope scope = BundleScope::book;
};

struct Book {
  ExportInfo export_info;
  Settings settings;
  std::vector<Branch> branches;
  std::vector<Manager> managers;
  std::vector<Supervisor> supervisors;
  std::vector<Client> clients;
  std::vector<Household> households;
  std::vector<Product> products;
  std::vector<Holding> holdings;
  std::vector<Contact> contacts;
  std::vector<Task> tasks;
  std::vector<Opportunity> opportunities;
  std::vector<CommunicationReport> communication_reports;
  std::vector<WorkLogEntry> work_log;
  std::vector<ClientEvent> client_events;
  std::vector<Complaint> complaints;
  std::vector<RiskAssessment> risk_assessments;
  std::vector<ClientView> client_views;
  // The review between manager and supervisor (docs/data-format.md, "Review").
  std::vector<FinancialPlan> financial_plans;
  std::vector<ReviewComment> review_comments;
  std::vector<ClientReassignment> reassignments;
  std::vector<WeeklyTarget> weekly_targets;
};

// Calls f(vector) for every record vector of the book, in bundle order.
template <class BookT, class F>
void for_each_record_vector(BookT& book, F&& f) {
  f(book.branches);
  f(book.managers);
  f(book.supervisors);
  f(book.clients);
  f(book.households);
  f(book.products);
  f(book.holdings);
  f(book.contacts);
  f(book.tasks);
  f(book.opportunities);
  f(book.communication_reports);
  f(book.work_log);
  f(book.client_events);
  f(book.complaints);
  f(book.risk_assessments);
  f(book.client_views);
  f(book.financial_plans);
  f(book.review_comments);
  f(book.reassignments);
  f(book.weekly_targets);
}

// Total number of records, tombstones included.
int64_t record_count(const Book& book);

// Removes every record the demo generator made about clients ("remove demo
// data" in one action): clients and everything about them. Demo records were
// never shared, so they are erased, not tombstoned. The staff, branches,
// product catalogue and settings stay and become the user's own (no longer
// marked demo): without them suitability and assignment cannot work, and
// Settings edits them (update_own_profile, save_product).
void erase_demo_records(Book& book);

// Positions of records by id, and each client's related records. Rebuilt
// after a load or a batch of changes (O(n)); lookups are O(1). Positions are
// invalidated by any insertion or removal in the book.
class BookIndex {
 public:
  static constexpr uint32_t npos = UINT32_MAX;
  explicit BookIndex(const Book& book);
  // Indexes the records appended to BOOK since the index was built or last
  // extended: O(added), so a one-client edit of a 50 000-client book does
  // not rebuild it. Valid only when the records it already knows kept their
  // positions, ids and client_ids (the Workspace rebuilds otherwise).
  void extend(const Book& book);

  uint32_t client(const RecordId& id) const { return find(clients_, id); }
  uint32_t household(const RecordId& id) const { return find(households_, id); }
  uint32_t product(const RecordId& id) const { return find(products_, id); }
  uint32_t manager(const RecordId& id) const { return find(managers_, id); }
  uint32_t supervisor(const RecordId& id) const { return find(supervisors_, id); }
  uint32_t branch(const RecordId& id) const { return find(branches_, id); }
  uint32_t opportunity(const RecordId& id) const { return find(opportunities_, id); }

  // Indices into book.contacts / holdings / … of one client (by client position).
  const std::vector<uint32_t>& contacts_of(uint32_t client) const { return contacts_of_[client]; }
  const std::vector<uint32_t>& holdings_of(uint32_t client) const { return holdings_of_[client]; }
  const std::vector<uint32_t>& assessments_of(uint32_t client) const { return assessments_of_[client]; }
  const std::vector<uint32_t>& opportunities_of(uint32_t client) const { return opportunities_of_[client]; }
  const std::vector<uint32_t>& tasks_of(uint32_t client) const { return tasks_of_[client]; }

 public:
  using Map = std::unordered_map<RecordId, uint32_t>;

 private:
  static uint32_t find(const Map& m, const RecordId& id) {
    const auto it = m.find(id);
    return it == m.end() ? npos : it->second;
  }
  Map clients_, households_, products_, managers_, supervisors_, branches_, opportunities_;
  struct Known {
    size_t clients = 0, households = 0, products = 0, managers = 0, supervisors = 0, branches = 0,
           opportunities = 0, contacts = 0, holdings = 0, assessments = 0, tasks = 0;
  } known_;  // how many records of each array are indexed
  BookIndex() = default;
  std::vector<std::vector<uint32_t>> contacts_of_, holdings_of_, assessments_of_, opportunities_of_, tasks_of_;
};

}  // namespace rm
