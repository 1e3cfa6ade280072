// libFuzzer target for opening a store's directory (store/journal.h,
// store/store_layout.h, store/snapshots.h): any listing — names of any shape,
// sizes, times, files that failed to open — must give a plan that only names
// files of the listing, reads the journal in sequence order after the
// snapshot, numbers the next change above every file, and never deletes a
// file the user was told about. Input: lines "name\tsize\tmtime\tunreadable".
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "store/journal.h"
#include "store/snapshots.h"
#include "store/store_layout.h"

namespace {
uint64_t number(std::string_view s) {
  uint64_t v = 0;
  for (char c : s.substr(0, 20)) v = v * 10 + static_cast<uint8_t>(c) % 10;
  return v;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace rm::store;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<DirEntry> listing;
  std::vector<std::string> unreadable;
  std::set<std::string> names;
  size_t at = 0;
  while (at < text.size() && listing.size() < 4096) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    std::string_view fields[4];
    size_t from = 0;
    for (int i = 0; i < 4; ++i) {
      const size_t tab = line.find('\t', from);
      fields[i] = line.substr(std::min(from, line.size()), tab == std::string_view::npos ? std::string_view::npos : tab - from);
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    DirEntry e{std::string(fields[0]), number(fields[1]), static_cast<int64_t>(number(fields[2]))};
    // A directory lists each name once: a repeated line is not a listing the
    // store can be given (it would be both readable and unreadable).
    if (!names.insert(e.name).second) continue;
    if (!fields[3].empty()) unreadable.push_back(e.name);
    listing.push_back(std::move(e));
  }

  const OpenPlan plan = plan_open(listing, unreadable);
  const auto listed = [&](const std::string& n) { return names.count(n) > 0; };
  if (!plan.snapshot.empty() && !listed(plan.snapshot)) std::abort();
  uint64_t last = plan.base_seq;
  for (const std::string& j : plan.journal) {
    if (!listed(j)) std::abort();
    const StoreName n = classify_store_name(j);
    if (n.kind != StoreFile::journal || n.seq <= last) std::abort();  // in order, after the snapshot
    last = n.seq;
    if (std::find(unreadable.begin(), unreadable.end(), j) != unreadable.end()) std::abort();
  }
  for (const DirEntry& e : listing) {
    const StoreName n = classify_store_name(e.name);
    if ((n.kind == StoreFile::snapshot || n.kind == StoreFile::journal) && n.seq >= plan.next_seq) std::abort();
  }
  for (const rm::Problem& p : plan.problems)
    if (p.code.empty() || p.message_en.empty() || p.message_zh.empty()) std::abort();
  (void)should_compact(plan.journal.size(), plan.journal_bytes, plan.snapshot_bytes);

  const RetentionPlan kept = plan_retention(listing, unreadable, static_cast<int64_t>(number(text.substr(0, 13))),
                                            static_cast<int32_t>(number(text.substr(0, 3))) - 500);
  for (const std::string& r : kept.remove) {
    if (!listed(r)) std::abort();
    if (std::find(unreadable.begin(), unreadable.end(), r) != unreadable.end()) std::abort();
    if (r == kKeyFileName) std::abort();
  }
  return 0;
}
