// Reading a book for the commands that take several files (`merge`,
// `branch-report`): the bundle JSON or encrypted backup of bundle_input.h,
// loaded and validated, with the reason for a refusal in both languages —
// these commands refuse a file on stderr in English and Chinese
// (docs/data-format.md, "Merging files on the command line").
#pragma once
#include <optional>
#include <string>

#include "cli/cli_args.h"
#include "core/model/book.h"

namespace rm::cli {

struct BookFile {
  Book book;
  bool encrypted = false;  // the file was an encrypted backup
  std::string passphrase;  // the passphrase that opened it
};

struct FileRefusal {
  std::string code;  // the loader's problem code ("not_json", "newer_schema"…), or "unreadable"
  std::string en, zh;
};

// The book in FILE, or nullopt with REFUSAL set (nothing else is done).
std::optional<BookFile> read_book_file(const Args& args, const std::string& file, FileRefusal& refusal);

}  // namespace rm::cli
