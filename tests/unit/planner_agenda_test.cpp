#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/demo/demo_book.h"
#include "core/planner/agenda.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

namespace {
int entries(const rm::Agenda& a) {
  int n = 0;
  for (const auto& d : a.days) n += static_cast<int>(d.entries.size());
  return n;
}
// The scheduling as first written: a pool of open demands kept sorted by
// urgency, re-merged and re-scanned in full every working day. Slow on a big
// book, but plainly what the rules say; the planner must give the same plan.
bool more_urgent(const rm::agenda_detail::Demand& a, const rm::agenda_detail::Demand& b, const rm::Book& book) {
  if (a.due != b.due) return a.due < b.due;
  if (a.tier_rank != b.tier_rank) return a.tier_rank > b.tier_rank;
  if (a.kind != b.kind) return a.kind > b.kind;
  const rm::RecordId& ia = book.clients[a.client].meta.id;
  const rm::RecordId& ib = book.clients[b.client].meta.id;
  if (ia != ib) return ia < ib;
  return a.seq < b.seq;
}

int& slot(rm::DailyCapacity& left, rm::ContactClass kind) {
  return kind == rm::ContactClass::meeting ? left.meetings : kind == rm::ContactClass::call ? left.calls : left.messages;
}

rm::Agenda reference_schedule(const rm::PlannerContext& ctx, rm::Date from, rm::Date to,
                              std::vector<rm::agenda_detail::Demand> demands, const rm::DailyCapacity& capacity) {
  using rm::agenda_detail::Demand;
  const rm::Book& book = ctx.book();
  std::sort(demands.begin(), demands.end(), [](const Demand& a, const Demand& b) {
    return a.earliest != b.earliest ? a.earliest < b.earliest : a.seq < b.seq;
  });
  const auto urgent_first = [&](const Demand& a, const Demand& b) { return more_urgent(a, b, book); };
  rm::Agenda agenda;
  std::vector<Demand> pool;
  size_t next = 0;
  std::vector<int32_t> entry_of(book.clients.size(), -1);
  constexpr int32_t kServed = -2;
  std::vector<std::vector<uint32_t>> contacted_on(static_cast<size_t>(std::max(0, to - from)));
  for (const rm::Contact& c : book.contacts) {
    if (c.meta.deleted || c.date < from || !(c.date < to)) continue;
    const uint32_t client = ctx.index().client(c.client_id);
    if (client != rm::BookIndex::npos) contacted_on[static_cast<size_t>(c.date - from)].push_back(client);
  }
  for (rm::Date d = from; d < to; d = d.plus_days(1)) {
    rm::AgendaDay day{d, ctx.calendar().kind(d), ctx.on_leave(d), {}};
    if (!ctx.at_work(d)) {
      agenda.days.push_back(std::move(day));
      continue;
    }
    const size_t old = pool.size();
    while (next < demands.size() && demands[next].earliest <= d) pool.push_back(std::move(demands[next++]));
    std::sort(pool.begin() + static_cast<std::ptrdiff_t>(old), pool.end(), urgent_first);
    std::inplace_merge(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(old), pool.end(), urgent_first);
    for (uint32_t client : contacted_on[static_cast<size_t>(d - from)]) entry_of[client] = kServed;
    rm::DailyCapacity left = capacity;
    std::vector<char> taken(pool.size(), 0);
    const auto open_entry = [&](size_t i) {
      const Demand& dm = pool[i];
      entry_of[dm.client] = static_cast<int32_t>(day.entries.size());
      rm::AgendaEntry e;
      e.date = d;
      e.client = dm.client;
      e.kind = dm.kind;
      e.channel = rm::suggested_channel(dm.kind, book.clients[dm.client]);
      e.due = dm.due;
      day.entries.push_back(std::move(e));
      --slot(left, dm.kind);
    };
    std::string region;
    for (int pass = 0; pass < 2 && left.meetings > 0; ++pass)
      for (size_t i = 0; i < pool.size() && left.meetings > 0; ++i) {
        const Demand& dm = pool[i];
        if (dm.kind != rm::ContactClass::meeting || entry_of[dm.client] != -1) continue;
        const std::string& r = book.clients[dm.client].region;
        const bool forced = dm.due <= d;
        if (pass == 0 && !day.entries.empty() && !forced && r != region) continue;
        if (day.entries.empty()) region = r;
        open_entry(i);
        taken[i] = 1;
      }
    for (size_t i = 0; i < pool.size() && (left.calls > 0 || left.messages > 0); ++i) {
      const Demand& dm = pool[i];
      if (dm.batch || dm.kind == rm::ContactClass::meeting || entry_of[dm.client] != -1 || slot(left, dm.kind) <= 0)
        continue;
      open_entry(i);
      taken[i] = 1;
    }
    // Batch greetings take no capacity: every client still without an entry gets one.
    for (size_t i = 0; i < pool.size(); ++i) {
      const Demand& dm = pool[i];
      if (!dm.batch || entry_of[dm.client] != -1) continue;
      open_entry(i);
      ++slot(left, dm.kind);
      taken[i] = 1;
    }
    for (size_t i = 0; i < pool.size(); ++i) {
      const Demand& dm = pool[i];
      const int32_t e = entry_of[dm.client];
      if (e < 0 || dm.kind > day.entries[static_cast<size_t>(e)].kind) continue;
      rm::AgendaEntry& entry = day.entries[static_cast<size_t>(e)];
      entry.due = std::min(entry.due, dm.due);
      entry.overdue |= dm.reason.overdue || dm.due < d;
      entry.reasons.push_back(dm.reason);
      taken[i] = 1;
    }
    for (const rm::AgendaEntry& e : day.entries) entry_of[e.client] = -1;
    for (uint32_t client : contacted_on[static_cast<size_t>(d - from)]) entry_of[client] = -1;
    // (The planner as first written moved each kept demand onto itself here,
    // which empties a std::string: some entries lost their reasons' text.)
    size_t w = 0;
    for (size_t i = 0; i < pool.size(); ++i)
      if (!taken[i]) {
        if (w != i) pool[w] = std::move(pool[i]);
        ++w;
      }
    pool.resize(w);
    agenda.days.push_back(std::move(day));
  }
  for (const Demand& dm : pool)
    if (dm.due < to) {
      rm::AgendaEntry e;
      e.date = dm.due;
      e.client = dm.client;
      e.kind = dm.kind;
      e.channel = rm::suggested_channel(dm.kind, book.clients[dm.client]);
      e.due = dm.due;
      e.overdue = true;
      e.reasons.push_back(dm.reason);
      agenda.unscheduled.push_back(std::move(e));
    }
  return agenda;
}

// Every field of every entry, so that "the same plan" means the same plan.
void check_same_entry(const rm::AgendaEntry& a, const rm::AgendaEntry& b) {
  CHECK(a.date == b.date);
  CHECK(a.client == b.client);
  CHECK(a.kind == b.kind);
  CHECK(a.channel == b.channel);
  CHECK(a.due == b.due);
  CHECK(a.overdue == b.overdue);
  REQUIRE(a.reasons.size() == b.reasons.size());
  for (size_t k = 0; k < a.reasons.size(); ++k) {
    CHECK(a.reasons[k].code == b.reasons[k].code);
    CHECK(a.reasons[k].zh == b.reasons[k].zh);
    CHECK(a.reasons[k].en == b.reasons[k].en);
    CHECK(a.reasons[k].due == b.reasons[k].due);
  }
}

// Compares two plans day by day and entry by entry; returns the number of
// entries, so callers can tell the comparison covered something.
size_t check_same_agenda(const rm::Agenda& got, const rm::Agenda& want) {
  REQUIRE(got.days.size() == want.days.size());
  size_t n = 0;
  for (size_t i = 0; i < got.days.size(); ++i) {
    INFO("day " << got.days[i].date.iso());
    CHECK(got.days[i].date == want.days[i].date);
    CHECK(got.days[i].kind == want.days[i].kind);
    CHECK(got.days[i].on_leave == want.days[i].on_leave);
    REQUIRE(got.days[i].entries.size() == want.days[i].entries.size());
    for (size_t k = 0; k < got.days[i].entries.size(); ++k) check_same_entry(got.days[i].entries[k], want.days[i].entries[k]);
    n += got.days[i].entries.size();
  }
  REQUIRE(got.unscheduled.size() == want.unscheduled.size());
  for (size_t k = 0; k < got.unscheduled.size(); ++k) check_same_entry(got.unscheduled[k], want.unscheduled[k]);
  return n;
}

// Plans FROM + DAYS with the planner and with the reference.
size_t check_against_reference(const rm::PlannerContext& ctx, rm::Date from, int days, const rm::AgendaSettings& as) {
  const rm::Date to = from.plus_days(days);
  const auto demands = rm::agenda_detail::demands(ctx, from, to, as);
  return check_same_agenda(rm::plan_agenda(ctx, from, days, as), reference_schedule(ctx, from, to, demands, as.capacity));
}

}  // namespace

TEST_CASE("agenda: no work on holidays or leave, capacity respected, deterministic") {
  rm::Book book = empty_book();
  for (int i = 0; i < 30; ++i) add_client(book, "c" + std::to_string(100 + i), rm::yuan(500'000), i % 2 ? "东城" : "西城");
  const rm::Policy policy = rm::bank_a_policy();
  rm::PlannerSettings settings;
  settings.leave = {{ymd(2025, 10, 13), ymd(2025, 10, 14)}};
  const rm::PlannerContext ctx(book, policy, ymd(2025, 9, 29), settings);
  rm::AgendaSettings as;
  as.capacity = {2, 3, 5};
  const rm::Agenda a = rm::plan_agenda(ctx, ymd(2025, 9, 29), 21, as);
  REQUIRE(a.days.size() == 21);
  for (const auto& d : a.days) {
    int meetings = 0, calls = 0, messages = 0;
    for (const auto& e : d.entries) {
      meetings += e.kind == rm::ContactClass::meeting;
      calls += e.kind == rm::ContactClass::call;
      messages += e.kind == rm::ContactClass::message;
      CHECK_FALSE(e.reasons.empty());
    }
    CHECK(meetings <= 2);
    CHECK(calls <= 3);
    CHECK(messages <= 5);
    if (d.date >= ymd(2025, 10, 1) && d.date <= ymd(2025, 10, 8)) CHECK(d.entries.empty());  // holiday week
    if (d.on_leave) CHECK(d.entries.empty());
  }
  CHECK(a.days[12].date == ymd(2025, 10, 11));  // a Saturday worked (调休)
  CHECK_FALSE(a.days[12].entries.empty());
  CHECK(a.days[14].on_leave);
  const rm::Agenda again = rm::plan_agenda(ctx, ymd(2025, 9, 29), 21, as);
  CHECK(entries(again) == entries(a));
  for (size_t i = 0; i < a.days.size(); ++i)
    for (size_t k = 0; k < a.days[i].entries.size(); ++k)
      CHECK(again.days[i].entries[k].client == a.days[i].entries[k].client);
}

TEST_CASE("agenda: recording a contact removes the need; events carry reasons and preferred channels") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "x", rm::yuan(500'000));
  c.preferred_channel = rm::Channel::wechat;
  c.lunar_birthday = rm::LunarDate{1980, 8, 15, false};  // Mid-Autumn birthday: 2025-10-06
  rm::Holding h;
  h.meta.id = tid("h1");
  h.client_id = tid("x");
  h.amount = rm::yuan(800'000);
  h.start = ymd(2024, 10, 20);
  h.maturity = ymd(2025, 10, 20);
  book.holdings.push_back(h);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 10, 9));
  const rm::Agenda a = rm::plan_agenda(ctx, ymd(2025, 10, 9), 14);
  bool maturity = false;
  for (const auto& d : a.days)
    for (const auto& e : d.entries)
      for (const auto& r : e.reasons)
        if (r.code == "maturity") {
          maturity = true;
          CHECK(e.date >= ymd(2025, 10, 13));
          CHECK(e.date <= ymd(2025, 10, 19));
          CHECK((e.channel == rm::Channel::wechat || e.kind != rm::ContactClass::call));
        }
  CHECK(maturity);

  // By 9 October nothing is done of x's 6-4-2 (docs/domain.md §2), so the
  // rest of the year owes 2 meetings, 2 more proactive contacts (calls) and 2
  // more services (messages). A proactive meeting recorded that day counts in
  // all three columns: exactly one meeting less is owed, the rest stays, and
  // x, served that day, gets no entry on it. The maturity reminder is not a
  // count and is still planned.
  const rm::Date from = ymd(2025, 10, 9);
  const int rest_of_year = ymd(2026, 1, 1) - from;
  const auto owed = [&](const rm::PlannerContext& at, rm::ContactClass kind) {
    int n = 0;
    for (const auto& d : rm::agenda_detail::demands(at, from, from.plus_days(rest_of_year), {}))
      n += d.reason.code == "bank_a.6_4_2" && d.kind == kind;
    return n;
  };
  const auto on_first_day = [&](const rm::Agenda& plan) { return plan.days.front().entries.size(); };
  const auto has_reason = [](const rm::Agenda& plan, std::string_view code) {
    for (const auto& d : plan.days)
      for (const auto& e : d.entries)
        for (const auto& r : e.reasons)
          if (r.code == code) return true;
    return false;
  };
  REQUIRE(owed(ctx, rm::ContactClass::meeting) == 2);
  REQUIRE(owed(ctx, rm::ContactClass::call) == 2);
  REQUIRE(owed(ctx, rm::ContactClass::message) == 2);
  REQUIRE(on_first_day(a) == 1);

  add_contact(book, "x", from, rm::Channel::visit, true, true);
  const rm::PlannerContext after(book, policy, from);
  CHECK(owed(after, rm::ContactClass::meeting) == 1);
  CHECK(owed(after, rm::ContactClass::call) == 2);
  CHECK(owed(after, rm::ContactClass::message) == 2);
  const rm::Agenda b = rm::plan_agenda(after, from, 14);
  CHECK(on_first_day(b) == 0);
  CHECK(has_reason(b, "maturity"));
}

TEST_CASE("agenda: a greeting whose window has opened is planned even when the day itself is after the range") {
  // The greeting window opens two days before the birthday, so today's plan
  // (one day) offers the greeting of a birthday the day after tomorrow, as
  // the week's plan does.
  rm::Book book = empty_book();
  add_client(book, "x", rm::yuan(500'000)).birthday = ymd(1980, 10, 11);
  const rm::PlannerContext ctx(book, rm::bank_a_policy(), ymd(2025, 10, 9));
  const auto has_birthday = [](const rm::Agenda& a) {
    for (const auto& d : a.days)
      for (const auto& e : d.entries)
        for (const auto& r : e.reasons)
          if (r.code == "birthday") return true;
    return false;
  };
  CHECK(has_birthday(rm::plan_agenda(ctx, ymd(2025, 10, 9), 1)));
  CHECK(has_birthday(rm::plan_agenda(ctx, ymd(2025, 10, 9), 7)));
  CHECK_FALSE(has_birthday(rm::plan_agenda(ctx, ymd(2025, 10, 12), 1)));  // the day has passed
}

TEST_CASE("agenda: the planner gives the reference's plan on demo books, with and without a backlog") {
  const rm::Policy policy = rm::bank_a_policy();
  const rm::Date today = rm::Date::from_ymd(2026, 1, 5);
  const rm::Book book = rm::make_demo_book({.clients = 400, .seed = 1, .today = today, .policy_id = "bank_a"});
  const rm::PlannerContext ctx(book, policy, today, {}, 2025, 2027);
  // The year ahead with the default capacity, as the benchmark plans it.
  CHECK(check_against_reference(ctx, today, 365, {}) > 1000);
  // Scarce capacity piles up open demands, so ties and the unscheduled list matter.
  rm::AgendaSettings scarce;
  scarce.capacity = {1, 2, 3};
  const rm::Agenda tight = rm::plan_agenda(ctx, today, 120, scarce);
  CHECK(tight.unscheduled.size() > 100);
  check_against_reference(ctx, today, 120, scarce);
  // A range that starts in the past holds recorded contacts (those clients
  // are served that day) and leave.
  rm::PlannerSettings on_leave;
  on_leave.leave = {{rm::Date::from_ymd(2025, 5, 12), rm::Date::from_ymd(2025, 5, 23)}};
  const rm::PlannerContext past(book, policy, rm::Date::from_ymd(2025, 3, 3), on_leave, 2024, 2026);
  size_t recorded = 0;
  for (const rm::Contact& c : book.contacts)
    recorded += c.date >= rm::Date::from_ymd(2025, 3, 3) && c.date < rm::Date::from_ymd(2025, 9, 1);
  CHECK(recorded > 100);
  CHECK(check_against_reference(past, rm::Date::from_ymd(2025, 3, 3), 182, {}) > 500);
  check_against_reference(past, rm::Date::from_ymd(2025, 3, 3), 182, scarce);
}

TEST_CASE("agenda: demands whose window opens after the range change nothing") {
  // demands() leaves out the shares that open on or after `to`. Adding them
  // back (here: those of a year's demands) must give the very same plan.
  const rm::Policy policy = rm::bank_a_policy();
  const rm::Date today = rm::Date::from_ymd(2026, 1, 5);
  const rm::Book book = rm::make_demo_book({.clients = 400, .seed = 1, .today = today, .policy_id = "bank_a"});
  const rm::PlannerContext ctx(book, policy, today, {}, 2025, 2027);
  const rm::PlannerContext past(book, policy, rm::Date::from_ymd(2025, 3, 3), {}, 2024, 2026);
  for (const rm::PlannerContext* c : {&ctx, &past}) {
    const rm::Date from = c->as_of();
    const auto year = rm::agenda_detail::demands(*c, from, from.plus_days(365), {});
    for (const int days : {1, 7, 45}) {
      INFO("from " << from.iso() << ", " << days << " days");
      const rm::Date to = from.plus_days(days);
      auto all = rm::agenda_detail::demands(*c, from, to, {});
      const size_t own = all.size();
      for (const auto& d : year)
        if (!(d.earliest < to)) {
          all.push_back(d);
          all.back().seq = static_cast<uint32_t>(all.size() - 1);
        }
      CHECK(all.size() > own);
      CHECK(check_same_agenda(rm::plan_agenda(*c, from, days, {}), rm::agenda_detail::schedule(*c, from, to, all, rm::AgendaSettings{}.capacity)) > 0);
    }
  }
}

TEST_CASE("agenda: the planner gives the reference's plan on a small book with leave and a short range") {
  rm::Book book = empty_book();
  for (int i = 0; i < 30; ++i) add_client(book, "c" + std::to_string(100 + i), rm::yuan(500'000), i % 2 ? "东城" : "西城");
  const rm::Policy policy = rm::bank_a_policy();
  rm::PlannerSettings settings;
  settings.leave = {{ymd(2025, 10, 13), ymd(2025, 10, 14)}};
  const rm::PlannerContext ctx(book, policy, ymd(2025, 9, 29), settings);
  // Two empty plans are the same plan, so each comparison must cover entries.
  // On the first day the only open demands are the 30 clients' first 6-4-2
  // shares, and each item's first share is a meeting: the day holds exactly
  // its meeting capacity (none at all with {0, 1, 0}). The three weeks go on
  // past the holiday week and the leave, so they hold more than that day.
  for (const rm::DailyCapacity cap : {rm::DailyCapacity{2, 3, 5}, rm::AgendaSettings{}.capacity, rm::DailyCapacity{0, 1, 0}}) {
    INFO("capacity " << cap.meetings << " / " << cap.calls << " / " << cap.messages);
    rm::AgendaSettings as;
    as.capacity = cap;
    const size_t first_day = check_against_reference(ctx, ymd(2025, 9, 29), 1, as);
    CHECK(first_day == static_cast<size_t>(cap.meetings));
    CHECK(check_against_reference(ctx, ymd(2025, 9, 29), 21, as) > first_day);
  }
  CHECK(check_against_reference(ctx, ymd(2025, 9, 29), 0, {}) == 0);
}

TEST_CASE("agenda: a catch-up for an overdue rule is an overdue entry, and a former tier's rule says which tier") {
  // Upgraded by hand from A to B on 1 July 2025: for January–June the client
  // owed 6-4-2 as a tier-A client (prorated, compliance.h), nothing was done,
  // so that part is overdue since 30 June. On 9 October the plan makes up for
  // it today: the reason carries the overdue flag its text announces (its
  // share is due today, so its date alone never marked it), and it says the
  // rule was owed as tier A — the screen shows the client as B.
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "up", rm::yuan(500'000));
  c.tier_override = rm::TierOverride{"B", "s1", ymd(2025, 7, 1), "approved"};
  const rm::Policy policy = rm::bank_a_policy();
  const rm::Date today = ymd(2025, 10, 9);
  const rm::PlannerContext ctx(book, policy, today);
  REQUIRE(ctx.facts(0).tiers.current() == "B");
  const rm::Agenda plan = rm::plan_agenda(ctx, today, 1);
  REQUIRE(plan.days.size() == 1);
  REQUIRE(plan.days[0].entries.size() == 1);
  const rm::AgendaEntry& e = plan.days[0].entries[0];
  const auto former = std::find_if(e.reasons.begin(), e.reasons.end(),
                                   [](const rm::AgendaReason& r) { return r.code == "bank_a.6_4_2"; });
  REQUIRE(former != e.reasons.end());
  CHECK(former->overdue);
  CHECK(former->zh.find("已逾期") != std::string::npos);
  CHECK(former->zh.find("截至 2025-06-30 为A 类客户，该段按原等级计") != std::string::npos);
  CHECK(former->en.find("Tier A until 2025-06-30: that part counts under the former tier") != std::string::npos);
  CHECK(e.overdue);
  // The rule of the tier she holds now names no tier: nothing to explain.
  for (const rm::AgendaReason& r : e.reasons)
    if (r.code != "bank_a.6_4_2") CHECK(r.zh.find("按原等级计") == std::string::npos);
}
