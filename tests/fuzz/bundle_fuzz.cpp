// libFuzzer target for the two ways a book arrives as bytes: bundle JSON and
// the binary snapshot payload (told apart by its magic, as the store does).
// Any bytes must give either a Book or problems — never a crash, a hang or
// an uncaught exception. A book that loads must also save and load again to
// the same bytes, in both formats.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/bundle.h"
#include "store/snapshot_codec.h"

namespace {
// encode → decode → encode must reproduce the bytes, and the bundle too.
void check_snapshot_round_trip(const rm::Book& book) {
  const std::string snap = rm::encode_snapshot(book);
  const auto back = rm::decode_snapshot(snap);
  if (!back.ok() || rm::encode_snapshot(back.value()) != snap) std::abort();
  if (rm::save_bundle(back.value()) != rm::save_bundle(book)) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (rm::is_binary_snapshot(bytes)) {
    const auto r = rm::decode_snapshot(bytes);
    if (!r.ok()) {
      if (r.problem().code.empty() || r.problem().message_en.empty() || r.problem().message_zh.empty()) std::abort();
      return 0;
    }
    check_snapshot_round_trip(r.value());
    return 0;
  }
  const rm::BundleLoad r = rm::load_bundle_checked(bytes, 5);
  if (r.book.has_value() != r.problems.empty()) std::abort();  // a book, or problems: never both, never neither
  if (r.book) {
    const std::string saved = rm::save_bundle(*r.book);
    const auto again = rm::load_bundle(saved);
    if (!again.ok() || rm::save_bundle(again.value()) != saved) std::abort();
    check_snapshot_round_trip(*r.book);
  }
  return 0;
}
