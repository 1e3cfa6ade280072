#include "store/store_layout.h"

#include <cstdio>

#include "store/envelope.h"

namespace rm::store {
namespace {

constexpr size_t kSeqDigits = 12;

bool parse_seq(std::string_view digits, uint64_t& seq) {
  if (digits.size() != kSeqDigits) return false;
  seq = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    seq = seq * 10 + static_cast<uint64_t>(c - '0');
  }
  return true;
}

std::string numbered(const char* prefix, uint64_t seq, const char* ext) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%012llu%s", prefix, static_cast<unsigned long long>(seq), ext);
  return buf;
}

bool wraps(std::string_view name, std::string_view prefix, std::string_view ext, std::string_view& middle) {
  if (name.size() < prefix.size() + ext.size() || name.substr(0, prefix.size()) != prefix ||
      name.substr(name.size() - ext.size()) != ext)
    return false;
  middle = name.substr(prefix.size(), name.size() - prefix.size() - ext.size());
  return true;
}

}  // namespace

StoreName classify_store_name(std::string_view name) {
  StoreName out;
  std::string_view digits;
  if (name == kKeyFileName) {
    out.kind = StoreFile::key;
  } else if (name.size() > 4 && name.substr(name.size() - 4) == ".tmp") {
    out.kind = StoreFile::temp;
  } else if (wraps(name, "snap-", ".rms", digits) && parse_seq(digits, out.seq)) {
    out.kind = StoreFile::snapshot;
  } else if (wraps(name, "jrnl-", ".rmj", digits) && parse_seq(digits, out.seq)) {
    out.kind = StoreFile::journal;
  } else {
    out = StoreName{};
  }
  return out;
}

std::string snapshot_name(uint64_t seq) { return numbered("snap-", seq, ".rms"); }
std::string journal_name(uint64_t seq) { return numbered("jrnl-", seq, ".rmj"); }

bool too_small_to_be_whole(const DirEntry& e) { return e.size < kHeaderSize + kCrcSize; }

}  // namespace rm::store
