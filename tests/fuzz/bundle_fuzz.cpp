// libFuzzer target for the bundle loader: any bytes must give either a Book
// or problems — never a crash, a hang or an uncaught exception. A book that
// loads must also save and load again to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rm::BundleLoad r = rm::load_bundle_checked(text, 5);
  if (r.book.has_value() != r.problems.empty()) std::abort();  // a book, or problems: never both, never neither
  if (r.book) {
    const std::string saved = rm::save_bundle(*r.book);
    const auto again = rm::load_bundle(saved);
    if (!again.ok() || rm::save_bundle(again.value()) != saved) std::abort();
  }
  return 0;
}
