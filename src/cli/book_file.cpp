#include "cli/book_file.h"

#include "cli/bundle_input.h"
#include "store/bundle.h"

namespace rm::cli {

std::optional<BookFile> read_book_file(const Args& args, const std::string& file, FileRefusal& refusal) {
  std::string error;
  auto input = read_bundle_input(args, file, false, error);
  if (!input) {
    refusal.code = "unreadable";
    refusal.en = error;
    // The Chinese wording of the same reason; a second read only on this
    // rare path keeps bundle_input's one-language interface.
    std::string zh;
    refusal.zh = read_bundle_input(args, file, true, zh) ? error : zh;
    if (refusal.zh.rfind("cannot read ", 0) == 0) refusal.zh = "无法读取 " + refusal.zh.substr(12);
    return std::nullopt;
  }
  Result<Book> book = load_bundle(input->json);
  if (!book) {
    refusal.code = book.problem().code;
    refusal.en = file + ": " + book.problem().describe_en();
    refusal.zh = file + "：" + book.problem().describe_zh();
    return std::nullopt;
  }
  return BookFile{std::move(book.value()), input->encrypted, std::move(input->passphrase)};
}

}  // namespace rm::cli
