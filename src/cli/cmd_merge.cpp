// rmplanner merge A B --out C [--passphrase-file F] [--key PREFIX.key.pem]
//
// The field-level merge of docs/data-format.md ("Merge") on two files: a
// manager's book and the review file her supervisor hands back, or two copies
// of one book. Prints the merge report as JSON. Exit 0 merged, 3 merged with
// open conflicts, 2 a file refused (nothing written) or wrong usage, 1 C
// could not be written.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/book_file.h"
#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"
#include "sync/merge.h"
#include "sync/merge_report_json.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner merge A B --out C [--passphrase-file F] [--key PREFIX.key.pem]\n\n"
    "Merges the books A and B field by field (docs/data-format.md, \"Merge\") and\n"
    "writes the result to C (never over A or B; a crash leaves no half-written C).\n"
    "Prints the report as JSON: per record kind what B added to, changed in,\n"
    "deleted from or revived in A; every open conflict (both values and their\n"
    "stamps); stamps clamped for being far ahead of this computer's clock.\n\n"
    "Exit status: 0 merged, no conflicts; 3 merged, with conflicts to resolve in the\n"
    "app; 2 a file refused (unreadable, damaged, wrong passphrase, written by a newer\n"
    "version) or wrong usage, nothing written; 1 C could not be written.\n"
    "When A or B is an encrypted backup, C is written as an encrypted backup under\n"
    "the same passphrase (with a fresh salt).\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;

// A refusal: one line in English, one in Chinese; nothing was written.
int refuse(const std::string& en, const std::string& zh) {
  std::fprintf(stderr, "rmplanner merge: %s; nothing was written\n", en.c_str());
  std::fprintf(stderr, "rmplanner merge：%s；未写入任何文件\n", zh.c_str());
  return 2;
}

}  // namespace

int cmd_merge(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"out", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("merge", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 2) return fail("merge", "expects two files, A and B (see --help)", 2);
  const std::string* out = args->option("out");
  if (!out || out->empty()) return fail("merge", "--out C is required (A and B are never overwritten)", 2);
  const std::string& a_path = args->positional[0];
  const std::string& b_path = args->positional[1];
  if (*out == a_path || *out == b_path) return fail("merge", "--out must name a third file, not A or B", 2);

  FileRefusal refusal;
  auto a = read_book_file(*args, a_path, refusal);
  if (!a) return refuse(refusal.en, refusal.zh);
  auto b = read_book_file(*args, b_path, refusal);
  if (!b) return refuse(refusal.en, refusal.zh);

  MergeResult merged = merge_books(a->book, b->book, now_ms());
  // A sealed input stays sealed: nothing readable is written from it.
  const BookFile& sealed = a->encrypted ? *a : *b;
  const std::string text = save_bundle(merged.book);
  const std::string bytes = sealed.encrypted ? native::seal_backup(sealed.passphrase, text) : text;
  if (!native::write_file_atomic(*out, bytes, &error)) return fail("merge", "cannot write " + *out + ": " + error);

  // The merge report in the one JSON form the app's import preview also uses.
  nlohmann::json report = merge_report_json(merged.report);
  report["a"] = a_path;
  report["b"] = b_path;
  report["out"] = *out;
  std::printf("%s\n", report.dump(2).c_str());
  return merged.report.conflicts.empty() ? 0 : 3;
}

}  // namespace rm::cli
