// The year ahead: what the year's rules demand of the manager, per
// working day and week, and how each tier would stand at year end if the
// manager keeps the agenda's planned pace.
//
// The demand side is docs/domain.md §2's worked example — 320 A clients on 6-4-2
// and 80 B/C on 12-4-2 over 50 working weeks give 2,880 services, 1,600
// proactive contacts and 800 meetings, 11.5 / 6.4 / 3.2 a day — computed by
// core/policy/contact_workload.h; here it is also kept exact, as a fraction.
#pragma once
#include <string>
#include <vector>

#include "core/planner/agenda.h"
#include "core/policy/contact_workload.h"

namespace rm {

// An exact rate: per_year / days. 2,880 / 250 = 11.52, shown as 11.5.
struct Rate {
  int64_t numerator = 0;
  int64_t denominator = 1;
  int tenths() const;  // rounded half up
};

struct CapacityNeeded {
  Workload workload;  // per year, over the policy's working calendar
  Rate services_per_day, proactive_per_day, meetings_per_day, calls_per_day, messages_per_day;
  Rate services_per_week;
};
// The greetings are those of `year`'s calendar (greeting_days.h, yearly_events).
CapacityNeeded capacity_needed(const Policy& policy, const std::vector<TierHeadcount>& book, int year);

// The contacts of each kind a working day's plan has room for
// (docs/domain.md, "Daily capacity"): the manager's own figure where she set
// one (OWN, non-zero), otherwise what NEEDED asks per working day — the
// agenda's way of turning counts into meetings, calls and messages —
// rounded up, and at least one, so a contact an event asks for always fits.
DailyCapacity daily_capacity(const CapacityNeeded& needed, const DailyCapacity& own);
// The same for the context's book and policy, this year's workload.
DailyCapacity daily_capacity(const PlannerContext& ctx);

struct TierProjection {
  std::string tier;
  int clients = 0;
  int meeting_rules_now = 0;      // clients meeting every yearly rule already
  int meeting_rules_at_pace = 0;  // … at year end with the planned agenda
};

struct YearAhead {
  int year = 0;
  CapacityNeeded needed;
  std::vector<TierHeadcount> headcount;   // current tiers of the live clients
  std::vector<TierProjection> projection;  // one per tier of the policy with clients
  int planned_contacts = 0;                // agenda entries from as_of to year end
  int unscheduled = 0;                     // demands the capacity could not place
};

// The live clients of each tier of the policy, by their tier as of the context's
// day, in the policy's tier order; tiers without clients are left out.
std::vector<TierHeadcount> tier_headcount(const PlannerContext& ctx);

// From the context's as_of to 31 December of its year.
YearAhead year_ahead(const PlannerContext& ctx, const AgendaSettings& settings = {});

}  // namespace rm
