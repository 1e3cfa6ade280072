// Bulk writes on a 50 000-client demo book (core/demo), through the
// Workspace as the app makes them: AssignClients for every client (the
// Clients screen's "select all → assign"), then the journal entry the save
// writes (take_unsaved); and the same for a one-client assignment, the
// everyday edit. Each figure is the best of 3 runs (each run moves every
// client, alternating between two managers). docs/benchmarks.md ("Bulk
// assign") has the figures; the browser's end-to-end figure comes from
// bench/browser/bulk_assign_bench.js.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>

#include "app/workspace.h"
#include "bench_timing.h"
#include "core/demo/demo_book.h"
#include "core/model/prng.h"

namespace {

using rm::bench::Ms;

// Times F once, keeping the best wall and CPU time in BEST.
template <class F>
auto timed(Ms& best, F&& f) {
  const std::clock_t c0 = std::clock();
  const auto t0 = std::chrono::steady_clock::now();
  auto result = f();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  if (ms < best.wall) best.wall = ms;
  if (cpu < best.cpu) best.cpu = cpu;
  return result;
}

}  // namespace

int main() {
  const rm::Date today = rm::Date::from_ymd(2026, 1, 5);
  int64_t now = rm::demo_evening_ms(today);
  auto rng = std::make_shared<rm::SplitMix64>(3);
  rm::Random64 random = [rng] { return rng->next(); };
  rm::Workspace ws(rm::make_demo_book({.clients = 50'000, .seed = 1, .today = today, .policy_id = "bank_a"}),
                   rm::new_uuid(random), random, now);

  // The demo book has one manager: a second one to hand the clients to.
  const rm::RecordId first = ws.book().managers[0].meta.id;
  rm::Manager second = ws.book().managers[0];
  second.meta = {};
  second.meta.id = ws.new_id();
  second.name = "王建国";
  if (!ws.apply({"manager", {second}}, ++now).ok()) return 1;
  (void)ws.take_unsaved(++now);

  std::vector<rm::RecordId> all;
  for (const rm::Client& c : ws.book().clients) all.push_back(c.meta.id);
  const rm::CommandContext context{today, rm::Role::supervisor, {}};

  Ms bulk, bulk_take, one, one_take;
  int64_t changed = 0;
  size_t bytes = 0, one_bytes = 0;
  for (int run = 0; run < 3; ++run) {
    const rm::RecordId to = run % 2 ? first : second.meta.id;
    changed = timed(bulk, [&] { return ws.dispatch(rm::AssignClients{all, to}, context, now += 1000).value(); });
    bytes = timed(bulk_take, [&] { return ws.take_unsaved(now += 1000)->delta.size(); });
    timed(one, [&] { return ws.dispatch(rm::AssignClients{{all[run]}, first}, context, now += 1000).value(); });
    one_bytes = timed(one_take, [&] { return ws.take_unsaved(now += 1000)->delta.size(); });
  }
  std::printf("| task (50 000-client demo book) | records | wall, best of 3 (ms) | CPU, best of 3 (ms) |\n"
              "|---|---:|---:|---:|\n");
  std::printf("| dispatch AssignClients, all clients (decide + apply) | %lld | %.1f | %.1f |\n",
              static_cast<long long>(changed), bulk.wall, bulk.cpu);
  std::printf("| take_unsaved after it (journal entry, %.1f MB) | %lld | %.1f | %.1f |\n", bytes / 1e6,
              static_cast<long long>(changed), bulk_take.wall, bulk_take.cpu);
  std::printf("| dispatch AssignClients, one client | 1 | %.2f | %.2f |\n", one.wall, one.cpu);
  std::printf("| take_unsaved after it (%zu bytes) | 1 | %.2f | %.2f |\n", one_bytes, one_take.wall, one_take.cpu);
  return 0;
}
