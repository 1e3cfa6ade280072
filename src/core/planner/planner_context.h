// Everything the planner derives once per (book, policy, date) and every
// planner function reads: each client's tier timeline, importance, assignment
// date, contacts by date, and the working-day calendar. Building it is O(n);
// the agenda and compliance are pure functions of it, so "recording a contact
// updates the plan" is: change the book, rebuild the context, plan again.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar/working_calendar.h"
#include "core/model/book.h"
#include "core/planner/tier_timeline.h"
#include "core/policy/policy.h"

namespace rm {

struct PlannerSettings {
  std::vector<TierHistory> tier_histories;  // replace the derived timelines
  std::vector<YearArrangement> holiday_arrangements;
  // The model has no "important client" field yet; a client carrying one of
  // these tags is important for the generic rules (source 001).
  std::vector<std::string> important_tags{"important", "重要客户"};
  // Whose book: contacts by other managers still count for the client, but
  // per-manager rules and assignment follow-up are judged for this manager.
  // Empty = book.settings.owner_manager_id.
  RecordId manager_id;
  std::vector<DayRange> leave;  // the manager's leave, inclusive ranges
};

struct ClientFacts {
  TierTimeline tiers;
  int tier_rank = -1;  // position of the current tier in the policy, higher = more senior
  bool important = false;
  std::optional<Date> assigned_on;  // when manager_id last changed (its field stamp)
  std::vector<uint32_t> contacts;   // indices into book.contacts, by date
};

class PlannerContext {
 public:
  // `book` and `policy` must outlive the context.
  PlannerContext(const Book& book, const Policy& policy, Date as_of, const PlannerSettings& settings = {},
                 int first_year = 0, int last_year = 0);
  // The same over an index the caller keeps current for BOOK (the
  // Workspace's): re-indexing 600 000 records on every edit of a large book
  // was a third of the planner's time. INDEX must outlive the context.
  PlannerContext(const Book& book, const BookIndex& index, const Policy& policy, Date as_of,
                 const PlannerSettings& settings = {}, int first_year = 0, int last_year = 0);

  const Book& book() const { return book_; }
  const Policy& policy() const { return policy_; }
  const BookIndex& index() const { return *index_; }
  Date as_of() const { return as_of_; }
  const RecordId& manager_id() const { return manager_id_; }
  const WorkingCalendar& calendar() const { return calendar_; }
  const ClientFacts& facts(uint32_t client) const { return facts_[client]; }
  bool live(uint32_t client) const { return !book_.clients[client].meta.deleted; }
  int tier_rank(const std::string& tier) const;
  bool on_leave(Date date) const;
  // A working day on which the manager is at work.
  bool at_work(Date date) const { return calendar_.is_working_day(date) && !on_leave(date); }

 private:
  PlannerContext(const Book& book, const BookIndex* index, const Policy& policy, Date as_of,
                 const PlannerSettings& settings, int first_year, int last_year);

  const Book& book_;
  const Policy& policy_;
  std::optional<BookIndex> own_index_;  // when no index was given
  const BookIndex* index_;
  Date as_of_;
  RecordId manager_id_;
  WorkingCalendar calendar_;
  std::vector<DayRange> leave_;
  std::vector<ClientFacts> facts_;
};

// A stamp's wall time as a date in China Standard Time (UTC+8), which is the
// only time zone the product's rules speak in.
Date china_date_of_ms(int64_t unix_ms);

}  // namespace rm
