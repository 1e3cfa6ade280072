// Load and save times of demo books of 400, 10 000 and 50 000 clients: the
// figures docs/benchmarks.md reports. Run: build/<dir>/bench_bundle [runs]
// Prints a markdown table; each time is the median of the runs (default 5).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/demo/demo_book.h"
#include "store/bundle.h"

namespace {
using Clock = std::chrono::steady_clock;

template <class F>
double median_ms(int runs, F&& f) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    f();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  // An optional cap on the book size: a wasm32 heap holds the 316 MB file of
  // the 50 000-client book, the book and its copy only with room to spare.
  const int max_clients = argc > 2 ? std::atoi(argv[2]) : 50000;
  std::printf("| clients | records | file size | generate | save | load | load+save identical |\n");
  std::printf("|---:|---:|---:|---:|---:|---:|:---:|\n");
  for (const int clients : {400, 10000, 50000}) {
    if (clients > max_clients) break;
    rm::DemoOptions options;
    options.clients = clients;
    rm::Book book;
    const double generate = median_ms(1, [&] { book = rm::make_demo_book(options); });
    std::string text;
    const double save = median_ms(runs, [&] { text = rm::save_bundle(book); });
    bool ok = true;
    std::string again;
    const double load = median_ms(runs, [&] {
      auto loaded = rm::load_bundle(text);
      ok = ok && loaded.ok();
      if (loaded.ok()) book = std::move(loaded.value());
    });
    again = rm::save_bundle(book);
    std::printf("| %d | %lld | %.1f MB | %.0f ms | %.0f ms | %.0f ms | %s |\n", clients,
                static_cast<long long>(rm::record_count(book)), static_cast<double>(text.size()) / 1e6, generate, save,
                load, ok && again == text ? "yes" : "NO");
    std::fflush(stdout);
  }
  return 0;
}
