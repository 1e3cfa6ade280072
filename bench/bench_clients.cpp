// Clients screen timings: building the derived table and a filter + search +
// sort over a 50 000-client demo book (core/demo), as of 5 January 2026 — the
// work the screen does once per change of the book and once per keystroke. Each
// figure is the best of 5 runs. Prints markdown tables (the core functions,
// then the screen's query); docs/benchmarks.md ("## Clients screen") has the
// figures. Runs natively and under Node (the WASM build of bench/*.cpp).
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "bench_timing.h"
#include "core/demo/demo_book.h"
#include "core/policy/policy_presets.h"
#include "core/search/client_search.h"

namespace {

using rm::bench::best_ms;
using rm::bench::Ms;

}  // namespace

int main() {
  const rm::Date today = rm::Date::from_ymd(2026, 1, 5);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::Book book = rm::make_demo_book({.clients = 50'000, .seed = 1, .today = today, .policy_id = "bank_a"});
  const rm::BookIndex index(book);
  rm::ClientTable table;
  const Ms build = best_ms([&] { table = rm::ClientTable::build(book, index, policy, today); }, 3);
  size_t sink = 0;
  std::printf("| task (50 000-client demo book) | matches | wall, best of 5 (ms) | CPU, best of 5 (ms) | target (ms) |\n"
              "|---|---:|---:|---:|---:|\n");
  std::printf("| build the table (once per change of the book) | %zu | %.2f | %.2f | — |\n", table.size(), build.wall,
              build.cpu);

  struct Case {
    const char* what;
    rm::ClientFilter filter;
    rm::ClientColumn sort;
    bool desc;
  };
  rm::ClientFilter search_zw;
  search_zw.search = "zw";
  rm::ClientFilter search_phone;
  search_phone.search = "1381";
  rm::ClientFilter tier_b;
  tier_b.tiers = {"B"};
  rm::ClientFilter combined;
  combined.search = "zh";
  combined.tiers = {"A", "B"};
  combined.no_contact_days = 30;
  combined.risk_levels = (1u << 3) | (1u << 4) | rm::kRiskExpiredBit;
  const Case cases[] = {
      {"no filter, sort by name", {}, rm::ClientColumn::name, false},
      {"search `zw` (pinyin initials), sort by name", search_zw, rm::ClientColumn::name, false},
      {"search `1381` (phone digits)", search_phone, rm::ClientColumn::name, false},
      {"tier B, sort by AUM descending", tier_b, rm::ClientColumn::aum, true},
      {"search `zh` + 2 tiers + no contact 30 d + risk, by last contact", combined, rm::ClientColumn::last_contact, false},
      {"no filter, sort by AUM descending (all 50 000 rows)", {}, rm::ClientColumn::aum, true},
  };
  for (const Case& c : cases) {
    std::vector<uint32_t> rows;
    (void)table.order(c.sort, c.desc);  // the column's order is computed once per table, as the screen does
    const Ms ms = best_ms([&] {
      rows = rm::filter_clients(table, c.filter);
      rm::sort_rows(table, rows, c.sort, c.desc);
    }, 5);
    sink += rows.size();
    std::printf("| filter + search + sort: %s | %zu | %.2f | %.2f | 3 |\n", c.what, rows.size(), ms.wall, ms.cpu);
  }

  // What the screen runs per keystroke (ClientQuery: best matches first,
  // its results remembered). Each case starts from an empty memory, so it is
  // the first time that query is seen.
  std::printf("\n| the screen's query (ClientQuery), first time | matches | wall, best of 5 (ms) | CPU, best of 5 (ms) | "
              "target (ms) |\n|---|---:|---:|---:|---:|\n");
  for (const Case& c : cases) {
    size_t n = 0;
    const Ms ms = best_ms([&] {
      rm::ClientQuery query;
      n = query.run(table, c.filter, c.sort, c.desc).size();
    }, 5);
    sink += n;
    std::printf("| %s | %zu | %.2f | %.2f | 3 |\n", c.what, n, ms.wall, ms.cpu);
  }
  // Typing `zhangw` into the search and deleting it again, as the browser
  // test does: the slowest keystroke and the whole sequence.
  {
    const char* texts[] = {"z", "zh", "zha", "zhan", "zhang", "zhangw", "zhang", "zhan", "zha", "zh", "z", ""};
    double slowest = 0, total = 0;
    const char* slowest_text = "";
    for (int run = 0; run < 5; ++run) {
      rm::ClientQuery query;
      rm::ClientFilter f;
      (void)query.run(table, f, rm::ClientColumn::name, false);
      double sum = 0, worst = 0;
      const char* worst_text = "";
      for (const char* text : texts) {
        f.search = text;
        const auto t0 = std::chrono::steady_clock::now();
        sink += query.run(table, f, rm::ClientColumn::name, false).size();
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        sum += ms;
        if (ms > worst) worst = ms, worst_text = text;
      }
      if (run == 0 || sum < total) total = sum, slowest = worst, slowest_text = worst_text;
    }
    std::printf("| typing `zhangw` and deleting it: 12 keystrokes, slowest (`%s`) | — | %.2f | — | 3 |\n", slowest_text,
                slowest);
    std::printf("| typing `zhangw` and deleting it: 12 keystrokes, all | — | %.2f | — | — |\n", total);
  }
  std::fprintf(stderr, "(checksum %zu)\n", sink);
  return 0;
}
