// The daily agenda: whom to call, message or meet on each day of a range,
// and why. A pure function of the planner context (book, policy, date), so
// recording a contact and planning again is how the plan updates.
//
// How it plans:
//  1. Demands: every unmet rule item (compliance.h, upcoming periods included)
//     becomes the contacts still missing, paced evenly across the rest of its
//     period (6 services due in December are not all planned for Monday);
//     every contact event (contact_events.h) becomes one contact in its window.
//  2. Day by day, on days the manager is at work (working calendar, leave),
//     demands whose window has opened are taken by deadline first, then the
//     client's tier (highest first), then the client's id, so the same data
//     and date give the same plan. Each day has a capacity of meetings, calls
//     and messages. Meetings after the day's most urgent one prefer clients of
//     the same region, so a day's visits cluster.
//  3. One entry per client per day: a meeting or call also serves the
//     client's other open demands of a lighter kind, and lists their reasons.
//  4. Demands whose deadline falls in the range but found no room are listed
//     as unscheduled: the capacity the plan lacks.
//  Greetings a rule requires are sent as a batch: they are planned on the
//  day their window opens (the last working day before a day off) whatever
//  the capacity left (Demand::batch).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/calendar/working_calendar.h"
#include "core/model/codes.h"
#include "core/planner/contact_events.h"
#include "core/planner/planner_context.h"

namespace rm {

struct AgendaSettings {
  // The app and the CLI plan with daily_capacity (year_ahead.h); this default
  // is for plans made without a book's workload (tests, benchmarks).
  DailyCapacity capacity{3, 8, 20};
  EventSettings events;
};

struct AgendaReason {
  std::string code;  // rule id or contact event code
  std::string zh;
  std::string en;
  Date due;
  // The compliance item behind it was already overdue when the plan was made
  // (its period is over; the contact is a catch-up). Its share of the plan is
  // due on the plan's first day, so `due` alone cannot tell.
  bool overdue = false;
};

struct AgendaEntry {
  Date date;
  uint32_t client = 0;  // index into book.clients
  ContactClass kind = ContactClass::call;  // what to record it as (RecordContact's kind)
  Channel channel = Channel::phone;        // suggested, from the client's preference
  Date due;                          // the earliest deadline among the reasons
  bool overdue = false;              // some reason is overdue (its flag, or its deadline has passed)
  std::vector<AgendaReason> reasons;
};

struct AgendaDay {
  Date date;
  DayKind kind = DayKind::working;
  bool on_leave = false;
  std::vector<AgendaEntry> entries;
};

struct Agenda {
  std::vector<AgendaDay> days;
  std::vector<AgendaEntry> unscheduled;  // date = the deadline missed
};

Agenda plan_agenda(const PlannerContext& ctx, Date from, int days, const AgendaSettings& settings = {});

// The channel to suggest for a kind of contact, honouring the client's
// preference. Always one the kind fits (kind_fits, core/model/contact.h): a
// call on WeChat is a WeChat voice call, recorded with kind call, so the
// contact proposed counts for the rule it serves (docs/domain.md §2).
Channel suggested_channel(ContactClass kind, const Client& client);

// plan_agenda's two steps, apart so that tests can check the day-by-day
// scheduling against a plain reference on the same demands.
namespace agenda_detail {

// One contact still owed: a share of a rule item, or a contact event.
struct Demand {
  uint32_t client;
  ContactClass kind;
  Date earliest;
  Date due;
  int tier_rank;
  uint32_t seq;  // creation order: the last tie-break
  AgendaReason reason;
  // A greeting a rule requires (birthday, major holiday): sent to many
  // clients as one batch (record_greetings, docs/commands.md), so it takes no
  // room from the day's message capacity (docs/domain.md, "Greetings on days
  // off"). Each still gets the client's entry, or joins the one she has.
  bool batch = false;
};

// Step 1: the demands of [from, to), in creation order (seq = position).
std::vector<Demand> demands(const PlannerContext& ctx, Date from, Date to, const AgendaSettings& settings);
// Steps 2–4: the days of [from, to) and what found no room.
Agenda schedule(const PlannerContext& ctx, Date from, Date to, std::vector<Demand> demands,
                const DailyCapacity& capacity);

}  // namespace agenda_detail

}  // namespace rm
