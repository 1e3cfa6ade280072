// The merge of two 10 000-client books (sync/merge.h, docs/data-format.md
// "Merge"): a manager's book and her supervisor's copy of it, each edited
// after they parted — the manager edits notes of every second client, the
// supervisor the address and assets of every third, and both the employer of
// every hundredth, which neither had seen: those are conflicts. Times
// merge_books alone; the figure docs/benchmarks.md reports ("Merge of two
// books"), with the target of under 1 s in the browser build.
// Run: build/<dir>/bench_merge [runs] [clients]   (defaults 5, 10 000)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "core/demo/demo_book.h"
#include "sync/merge.h"

namespace {
const char* const kManager = "aaaaaaaa-0000-4000-8000-000000000001";
const char* const kSupervisor = "bbbbbbbb-0000-4000-8000-000000000002";
}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  const int clients = argc > 2 ? std::max(100, std::atoi(argv[2])) : 10000;

  rm::DemoOptions options;
  options.clients = clients;
  const rm::Book base = rm::make_demo_book(options);
  const int64_t t0 = rm::demo_evening_ms(options.today);
  rm::Book ours = base, theirs = base;
  int64_t conflicts_made = 0;
  for (size_t i = 0; i < base.clients.size(); ++i) {
    // Different stamps per record, as a day of edits would leave them.
    const int64_t t = t0 + 60'000 + static_cast<int64_t>(i);
    rm::Client& o = ours.clients[i];
    rm::Client& s = theirs.clients[i];
    if (i % 2 == 0) {
      o.notes = "季度回访：客户关注养老规划 " + std::to_string(i);
      rm::stamp_field(o.meta, "notes", rm::Hlc{t, 0, kManager});
    }
    if (i % 3 == 0) {
      s.address = "北京市东城区建国门内大街 " + std::to_string(i) + " 号";
      rm::stamp_field(s.meta, "address", rm::Hlc{t + 1, 0, kSupervisor});
      s.average_daily_assets += 100;
      rm::stamp_field(s.meta, "average_daily_assets", rm::Hlc{t + 1, 0, kSupervisor});
    }
    if (i % 100 == 0) {
      o.employer = "ours " + std::to_string(i);
      rm::stamp_field(o.meta, "employer", rm::Hlc{t + 2, 0, kManager});
      s.employer = "theirs " + std::to_string(i);
      rm::stamp_field(s.meta, "employer", rm::Hlc{t + 3, 0, kSupervisor});
      ++conflicts_made;
    }
  }
  const int64_t now = t0 + 86'400'000;

  rm::MergeResult result;
  const rm::bench::Ms ms = rm::bench::best_ms([&] { result = rm::merge_books(ours, theirs, now); }, runs);
  const rm::MergeReport& r = result.report;
  const bool ok = static_cast<int64_t>(r.conflicts.size()) == conflicts_made && r.clamped_stamps == 0 &&
                  result.book.clients.size() == base.clients.size();
  std::printf("| clients | records each | updated | conflicts | merge (wall) | merge (CPU) | as expected |\n");
  std::printf("|---:|---:|---:|---:|---:|---:|:---:|\n");
  std::printf("| %d | %lld | %lld | %zu | %.0f ms | %.0f ms | %s |\n", clients,
              static_cast<long long>(rm::record_count(base)), static_cast<long long>(r.updated()),
              r.conflicts.size(), ms.wall, ms.cpu, ok ? "yes" : "NO");
  return ok ? 0 : 1;
}
