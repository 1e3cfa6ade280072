// Natively: a file of junk under the size cap is refused within a small
// memory budget. The load runs in a child process whose address space is
// capped a few hundred MB above what it already uses; before the loader's
// limits (store/bundle.h) 30 MB of {} took about 1.1 GB and the child died.
#include <catch_amalgamated.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "store/bundle.h"

namespace {
// The process's virtual size in bytes (/proc/self/statm, first field, in pages).
size_t virtual_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0;
  statm >> pages;
  return pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Runs load_bundle_checked(TEXT) in a child limited to BUDGET bytes more
// address space; true when it answered problems (no book) within it.
bool refused_within(const std::string& text, size_t budget) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const rlim_t cap = virtual_bytes() + budget;
    const rlimit limit{cap, cap};
    setrlimit(RLIMIT_AS, &limit);
    int code = 3;
    try {
      const rm::BundleLoad r = rm::load_bundle_checked(text);
      code = !r.book && !r.problems.empty() ? 0 : 2;
    } catch (...) {
      code = 4;  // out of memory inside the budget
    }
    _exit(code);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string junk(const std::string& head, size_t n, const std::string& tail) {
  std::string out = head;
  out.reserve(head.size() + 3 * n + tail.size());
  out += '[';
  for (size_t i = 0; i < n; ++i) out += i ? ",{}" : "{}";
  out += ']';
  return out + tail;
}
}  // namespace

TEST_CASE("30 MB of {} is refused within 300 MB of memory", "[limits]") {
  const std::string env =
      R"("format":"rmplanner-bundle","schema_version":3,"exported_by":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",)"
      R"("exported_at":"2026-01-05T10:00:00.000Z")";
  constexpr size_t kBudget = size_t{300} << 20;
  CHECK(refused_within(junk("{" + env + R"(,"junk":)", 10'000'000, "}"), kBudget));
  CHECK(refused_within(junk(R"({"clients":)", 10'000'000, "," + env + "}"), kBudget));
  CHECK(refused_within(junk("{" + env + R"(,"settings":{"cross_sell":)", 10'000'000, "}}"), kBudget));
}
