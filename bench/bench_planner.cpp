// Planner timings: a year's agenda and compliance for a 400-client book, and
// compliance for a 10,000-client branch. Prints a markdown table. The books
// are synthetic (assets, regions, birthdays, a contact history of about eight
// contacts a client) and seeded, so runs compare.
#include <chrono>
#include <cstdio>
#include <string>

#include "core/planner/agenda.h"
#include "core/planner/compliance.h"
#include "core/policy/policy_presets.h"

namespace {

rm::Book synthetic_book(int clients, uint32_t seed) {
  rm::Book book;
  book.settings.owner_manager_id = "m1";
  const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (int i = 0; i < clients; ++i) {
    rm::Client c;
    c.meta.id = "c" + std::to_string(100000 + i);
    c.manager_id = "m" + std::to_string(1 + i / 400);
    c.average_daily_assets = rm::yuan(i % 5 == 0 ? 1'000'000 + next() % 4'000'000 : 300'000 + next() % 600'000);
    c.region = "区" + std::to_string(next() % 6);
    c.birthday = rm::Date::from_ymd(1950 + static_cast<int>(next() % 50), 1 + static_cast<int>(next() % 12), 1 + static_cast<int>(next() % 28));
    if (i % 7 == 0) c.tags = {"important"};
    for (int k = 0; k < 8; ++k) {
      rm::Contact x;
      x.meta.id = c.meta.id + "-" + std::to_string(k);
      x.client_id = c.meta.id;
      x.manager_id = c.manager_id;
      x.date = rm::Date::from_ymd(2025, 1, 1).plus_days(static_cast<int32_t>(next() % 320));
      x.channel = k % 3 == 0 ? rm::Channel::visit : rm::Channel::phone;
      x.meeting = k % 3 == 0;
      x.proactive = k % 2 == 0;
      book.contacts.push_back(x);
    }
    book.clients.push_back(c);
  }
  return book;
}

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
  const rm::Date today = rm::Date::from_ymd(2025, 11, 24);
  const rm::Date jan1 = rm::Date::from_ymd(2025, 1, 1), next_jan1 = rm::Date::from_ymd(2026, 1, 1);
  const rm::Book small = synthetic_book(400, 1);
  const rm::Book branch = synthetic_book(10'000, 2);
  size_t sink = 0;
  std::printf("| task | clients | best of 3 (ms) |\n|---|---:|---:|\n");
  std::printf("| agenda, 365 days (context included) | 400 | %.1f |\n", best_ms([&] {
                const rm::PlannerContext ctx(small, policy, today, {}, 2025, 2026);
                sink += rm::plan_agenda(ctx, today, 365).days.size();
              }));
  std::printf("| compliance, one year (context included) | 400 | %.1f |\n", best_ms([&] {
                const rm::PlannerContext ctx(small, policy, today);
                sink += rm::evaluate_compliance(ctx, jan1, next_jan1).size();
              }));
  std::printf("| compliance, one year (context included) | 10000 | %.1f |\n", best_ms([&] {
                const rm::PlannerContext ctx(branch, policy, today);
                sink += rm::evaluate_compliance(ctx, jan1, next_jan1).size();
              }));
  std::fprintf(stderr, "(%zu)\n", sink);
  return 0;
}
