// Planner timings: a year's agenda and a year's compliance for a 400-client
// book and for a 10,000-client branch, on demo books from the demo generator
// (core/demo: households, holdings, a year of contact history, opportunities,
// tasks, events, risk assessments), as of 5 January 2026. Each figure is the
// best of 3 runs and includes building the planner context. Prints a markdown
// table, then where the agenda's time goes; docs/benchmarks.md ("## Planner")
// has the figures and how to reproduce them.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>
#include <vector>

#include "bench_timing.h"
#include "core/demo/demo_book.h"
#include "core/planner/agenda.h"
#include "core/planner/compliance.h"
#include "core/policy/policy_presets.h"

namespace {

using rm::bench::best_ms;
using rm::bench::Ms;

}  // namespace

int main() {
  const rm::Policy policy = rm::bank_a_policy();
  const rm::Date today = rm::Date::from_ymd(2026, 1, 5);
  const rm::Date jan1 = rm::Date::from_ymd(2025, 1, 1), next_jan1 = rm::Date::from_ymd(2026, 1, 1);
  const rm::Date year_end = today.plus_days(365);
  size_t sink = 0;
  std::printf("| task (demo book, bank_a, as of 2026-01-05) | clients | contacts | wall, best of 3 (ms) | "
              "CPU, best of 3 (ms) | target (ms) |\n|---|---:|---:|---:|---:|---:|\n");
  struct Parts {
    Ms context, demands, schedule;
    size_t demand_count = 0;
  };
  Parts parts[2];
  int book_no = 0;
  for (const int clients : {400, 10'000}) {
    const rm::Book book = rm::make_demo_book({.clients = clients, .seed = 1, .today = today, .policy_id = "bank_a"});
    const double target = clients <= 400 ? 50 : 1000;
    const Ms agenda = best_ms([&] {
      const rm::PlannerContext ctx(book, policy, today, {}, 2025, 2027);
      const rm::Agenda a = rm::plan_agenda(ctx, today, 365);
      sink += a.days.size() + a.unscheduled.size();
    });
    std::printf("| agenda, 365 days from 2026-01-05 | %d | %zu | %.1f | %.1f | %.0f |\n", clients, book.contacts.size(),
                agenda.wall, agenda.cpu, target);
    const Ms compliance = best_ms([&] {
      const rm::PlannerContext ctx(book, policy, today);
      sink += rm::evaluate_compliance(ctx, jan1, next_jan1).size();
    });
    std::printf("| compliance, year 2025 | %d | %zu | %.1f | %.1f | %.0f |\n", clients, book.contacts.size(),
                compliance.wall, compliance.cpu, target);
    std::fflush(stdout);

    // The agenda's three steps on their own.
    Parts& p = parts[book_no++];
    p.context = best_ms([&] { sink += rm::PlannerContext(book, policy, today, {}, 2025, 2027).book().clients.size(); });
    const rm::PlannerContext ctx(book, policy, today, {}, 2025, 2027);
    p.demands = best_ms([&] { sink += rm::agenda_detail::demands(ctx, today, year_end, {}).size(); });
    // One copy of the demands per run, made outside the timing, as
    // plan_agenda hands its own over.
    std::vector<std::vector<rm::agenda_detail::Demand>> copies(3, rm::agenda_detail::demands(ctx, today, year_end, {}));
    p.demand_count = copies[0].size();
    p.schedule = best_ms([&] {
      std::vector<rm::agenda_detail::Demand> demands = std::move(copies.back());
      copies.pop_back();
      sink += rm::agenda_detail::schedule(ctx, today, year_end, std::move(demands), rm::DailyCapacity{}).unscheduled.size();
    });
  }
  std::printf("\n| agenda step (CPU, best of 3, ms) | 400 clients | 10 000 clients |\n|---|---:|---:|\n");
  std::printf("| planner context | %.1f | %.1f |\n", parts[0].context.cpu, parts[1].context.cpu);
  std::printf("| demands (compliance items and events; %zu and %zu) | %.1f | %.1f |\n", parts[0].demand_count,
              parts[1].demand_count, parts[0].demands.cpu, parts[1].demands.cpu);
  std::printf("| day-by-day scheduling | %.1f | %.1f |\n", parts[0].schedule.cpu, parts[1].schedule.cpu);
  std::fprintf(stderr, "(%zu)\n", sink);
  return 0;
}
