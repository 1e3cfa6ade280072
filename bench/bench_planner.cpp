// Planner timings (issue 4): a year's agenda and a year's compliance for a
// 400-client book and for a 10,000-client branch, on demo books from the demo
// generator (core/demo: households, holdings, a year of contact history,
// opportunities, tasks, events, risk assessments), as of 5 January 2026.
// Each figure is the best of 3 runs and includes building the planner
// context. Prints a markdown table; docs/benchmarks.md ("## Planner") has
// the figures and how to reproduce them.
#include <chrono>
#include <cstdio>

#include "core/demo/demo_book.h"
#include "core/planner/agenda.h"
#include "core/planner/compliance.h"
#include "core/policy/policy_presets.h"

namespace {

template <class F>
double best_ms(F&& f) {
  double best = 1e30;
  for (int run = 0; run < 3; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (ms < best) best = ms;
  }
  return best;
}

}  // namespace

int main() {
  const rm::Policy policy = rm::bank_a_policy();
  const rm::Date today = rm::Date::from_ymd(2026, 1, 5);
  const rm::Date jan1 = rm::Date::from_ymd(2025, 1, 1), next_jan1 = rm::Date::from_ymd(2026, 1, 1);
  size_t sink = 0;
  std::printf("| task (demo book, bank_a, as of 2026-01-05) | clients | contacts | best of 3 (ms) | target (ms) |\n"
              "|---|---:|---:|---:|---:|\n");
  for (const int clients : {400, 10'000}) {
    const rm::Book book = rm::make_demo_book({.clients = clients, .seed = 1, .today = today, .policy_id = "bank_a"});
    const double target = clients <= 400 ? 50 : 1000;
    const double agenda = best_ms([&] {
      const rm::PlannerContext ctx(book, policy, today, {}, 2025, 2027);
      const rm::Agenda a = rm::plan_agenda(ctx, today, 365);
      sink += a.days.size() + a.unscheduled.size();
    });
    std::printf("| agenda, 365 days from 2026-01-05 | %d | %zu | %.1f | %.0f |\n", clients, book.contacts.size(), agenda,
                target);
    const double compliance = best_ms([&] {
      const rm::PlannerContext ctx(book, policy, today);
      sink += rm::evaluate_compliance(ctx, jan1, next_jan1).size();
    });
    std::printf("| compliance, year 2025 | %d | %zu | %.1f | %.0f |\n", clients, book.contacts.size(), compliance,
                target);
    std::fflush(stdout);
  }
  std::fprintf(stderr, "(%zu)\n", sink);
  return 0;
}
