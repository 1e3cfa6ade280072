// The bundle: one JSON format for the whole local dataset, backups and plan
// files shared with a supervisor. docs/data-format.md describes it.
//
// Loading validates everything before anything is returned, so a caller
// either gets a complete Book or problems with JSON paths — never half a book.
// Saving is deterministic: records sorted by id, keys in schema order, one
// record per line, so load → save is byte-identical and diffs stay readable.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/book.h"
#include "core/problem.h"

namespace rm {

inline constexpr std::string_view kBundleFormat = "rmplanner-bundle";
inline constexpr int kBundleSchemaVersion = 7;  // what save_bundle writes
inline constexpr int kOldestBundleSchemaVersion = 1;  // oldest that load_bundle migrates
inline constexpr size_t kMaxBundleBytes = size_t{512} << 20;
// What one load may make the loader build, checked as the file streams in,
// before the memory is spent: a file of junk under the size cap (30 MB of
// `{}`) would otherwise take gigabytes and abort the browser tab with the
// unsaved edits. Chosen to take a real book of 100 000 clients comfortably
// (docs/storage.md, "Import limits"):
//   records, all kinds together; a 100 000-client demo book has ~1.25 million
inline constexpr size_t kMaxBundleRecords = 2'000'000;
//   JSON values held at once: the envelope, records read before the
//   envelope, and the record being read; a record has tens to hundreds
inline constexpr size_t kMaxHeldBundleValues = 1'000'000;
//   nesting; the format nests five deep
inline constexpr size_t kMaxBundleDepth = 32;

struct BundleLoad {
  std::optional<Book> book;  // set only when there are no problems
  Problems problems;         // in file order, at most max_problems
  int schema_version = 0;    // as found in the file, before migration
};

// Collects up to MAX_PROBLEMS problems, so a user fixing a file by hand sees
// several at once.
BundleLoad load_bundle_checked(std::string_view json, size_t max_problems = 20);

// The first problem only; its message says how many more there were.
Result<Book> load_bundle(std::string_view json);

// A book as an app holds it: a whole book once merged with plan files (a
// supervisor's, after her managers' hand-ins) may name records those files
// left out — a client without its household. Such a book loads as scope
// `plan` (docs/data-format.md, "The bundle"); any other problem refuses it
// as load_bundle does.
Result<Book> load_held_book(std::string_view json);

std::string save_bundle(const Book& book);

// The first stamp of BOOK (created, updated or a field's) that an import
// must refuse at device time NOW_MS (stamp_acceptable, core/model/hlc.h),
// as a problem naming its path; nullopt when every stamp is acceptable.
std::optional<Problem> check_import_stamps(const Book& book, int64_t now_ms);

}  // namespace rm
