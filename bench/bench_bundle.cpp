// Load and save times of demo books of 400, 10 000 and 50 000 clients, as
// bundle JSON and as the binary snapshot payload: the figures
// docs/benchmarks.md reports.
// Run: build/<dir>/bench_bundle [runs] [max_clients] [json|binary|both]
// Prints a markdown table; each time is the median of the runs (default 5).
// "1st" is the first decode alone: an app opens a book once, into a heap
// that has not held one yet, so that run is the one a user waits for.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/demo/demo_book.h"
#include "store/bundle.h"
#include "store/snapshot_codec.h"

namespace {
using Clock = std::chrono::steady_clock;

struct Times {
  double first = 0, median = 0;
};

// Times PRODUCE only; KEEP takes its result outside the clock, so freeing
// the previous book is not counted as loading the next.
template <class Produce, class Keep>
Times time_ms(int runs, Produce&& produce, Keep&& keep) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    auto result = produce();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    keep(std::move(result));
  }
  Times t{times.front(), 0};
  std::sort(times.begin(), times.end());
  t.median = times[times.size() / 2];
  return t;
}

// Compares without keeping two copies of a 300 MB text alive.
uint64_t fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (const char c : s) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
  return h;
}
}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  // An optional cap on the book size: a wasm32 heap holds the 316 MB file of
  // the 50 000-client book, the book and its copy only with room to spare.
  const int max_clients = argc > 2 ? std::atoi(argv[2]) : 50000;
  const char* mode = argc > 3 ? argv[3] : "both";
  const bool json = std::strcmp(mode, "binary") != 0;
  const bool binary = std::strcmp(mode, "json") != 0;
  std::printf("| clients | records | generate | JSON size | save | load | binary size | encode | decode | decode 1st "
              "| identical |\n");
  std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
  for (const int clients : {400, 10000, 50000}) {
    if (clients > max_clients) break;
    rm::DemoOptions options;
    options.clients = clients;
    rm::Book book;
    auto assign_to = [](auto& target) { return [&target](auto&& v) { target = std::move(v); }; };
    const Times generate = time_ms(1, [&] { return rm::make_demo_book(options); }, assign_to(book));
    bool ok = true;
    std::string text = rm::save_bundle(book);
    const uint64_t expected = fnv1a(text);
    const double json_size = static_cast<double>(text.size()) / 1e6;
    Times save, load;
    if (json) {
      save = time_ms(runs, [&] { return rm::save_bundle(book); }, assign_to(text));
      load = time_ms(runs, [&] { return rm::load_bundle(text); }, [&](rm::Result<rm::Book>&& loaded) {
        ok = ok && loaded.ok();
        if (loaded.ok()) book = std::move(loaded.value());
      });
      ok = ok && fnv1a(rm::save_bundle(book)) == expected;
    }
    text = std::string();
    Times encode, decode;
    std::string snap;
    if (binary) {
      encode = time_ms(runs, [&] { return rm::encode_snapshot(book); }, assign_to(snap));
      decode = time_ms(runs, [&] { return rm::decode_snapshot(snap); }, [&](rm::Result<rm::Book>&& decoded) {
        ok = ok && decoded.ok();
        if (decoded.ok()) book = std::move(decoded.value());
      });
      ok = ok && fnv1a(rm::save_bundle(book)) == expected;
    }
    auto ms = [](bool on, double v) { return on ? std::to_string(static_cast<long long>(v + 0.5)) + " ms" : "–"; };
    std::printf("| %d | %lld | %.0f ms | %.1f MB | %s | %s | %.1f MB | %s | %s | %s | %s |\n", clients,
                static_cast<long long>(rm::record_count(book)), generate.median, json_size,
                ms(json, save.median).c_str(), ms(json, load.median).c_str(), static_cast<double>(snap.size()) / 1e6,
                ms(binary, encode.median).c_str(), ms(binary, decode.median).c_str(),
                ms(binary, decode.first).c_str(), ok ? "yes" : "NO");
    std::fflush(stdout);
  }
  return 0;
}
