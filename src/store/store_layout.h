// The files of one store, all in one IDBFS directory (natively: one folder):
//   key.rmk                 KDF parameters + key-check record (plain store: a plain key-check)
//   snap-<seq:12>.rms       a whole book, as of change <seq>
//   jrnl-<seq:12>.rmj       one change (a delta bundle) on top of change <seq - 1>
//   *.tmp                   a write that never reached its rename; never read
// Sequence numbers are zero-padded to 12 digits so names sort in seq order in
// any listing, and a name with another shape is not ours.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rm::store {

inline constexpr std::string_view kKeyFileName = "key.rmk";

enum class StoreFile { key, snapshot, journal, temp, other };

struct StoreName {
  StoreFile kind = StoreFile::other;
  uint64_t seq = 0;  // snapshots and journal entries only
};

StoreName classify_store_name(std::string_view name);
std::string snapshot_name(uint64_t seq);
std::string journal_name(uint64_t seq);

// One line of a directory listing, as the platform layer sees it.
struct DirEntry {
  std::string name;
  uint64_t size = 0;
  int64_t mtime_ms = 0;  // Unix milliseconds; IDBFS keeps it across reloads
};

// Smaller than the smallest possible envelope (an empty plain payload):
// such a file is a torn write whatever its contents.
bool too_small_to_be_whole(const DirEntry& e);

}  // namespace rm::store
