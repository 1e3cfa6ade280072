// The best of several runs, in wall-clock time and in the process's CPU
// time: on the shared development machine other builds inflate the first,
// not the second, so the benchmarks print both.
#pragma once
#include <chrono>
#include <ctime>

namespace rm::bench {

struct Ms {
  double wall = 1e30, cpu = 1e30;
};

template <class F>
Ms best_ms(F&& f, int runs = 3) {
  Ms best;
  for (int run = 0; run < runs; ++run) {
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    if (ms < best.wall) best.wall = ms;
    if (cpu < best.cpu) best.cpu = cpu;
  }
  return best;
}

}  // namespace rm::bench
