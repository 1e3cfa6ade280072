// libFuzzer target for the envelope (store/envelope.h), the first thing read
// from every stored file: any bytes must give a header or a problem with its
// words in both languages — never a crash or an out-of-bounds read. A header
// that parses must encode back to the file's own first 64 bytes, and a plain
// file that opens must seal back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/envelope.h"

namespace {
void check_problem(const rm::Problem& p) {
  if (p.code.empty() || p.message_en.empty() || p.message_zh.empty()) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace rm::store;
  const std::string_view file(reinterpret_cast<const char*>(data), size);
  (void)looks_like_envelope(file);
  const auto header = parse_envelope(file);
  if (!header) {
    check_problem(header.problem());
  } else {
    const EnvelopeHeader& h = header.value();
    if (h.version == kSealedVersion) {
      // A sealed header that parses encodes back to the same bytes.
      auto sealed = parse_sealed(file);
      if (!sealed) std::abort();
      if (encode_sealed_header(sealed.value()) != file.substr(0, h.header_size)) std::abort();
    } else if (encode_header(h) != file.substr(0, kHeaderSize)) {
      std::abort();
    }
    if (segment_count(h) == 0) std::abort();
    (void)segment_nonce(h.nonce, static_cast<uint32_t>(segment_count(h) - 1));
    for (uint8_t k = 1; k <= kLastPayloadKind; ++k) {
      const auto same = expect_identity(h, static_cast<PayloadKind>(k), h.seq);
      if (!same) check_problem(same.problem());
    }
  }
  const auto plain = open_plain(file);
  if (!plain) {
    check_problem(plain.problem());
  } else if (!header || seal_plain(header->kind, header->seq, plain.value()) != file) {
    std::abort();  // a plain file that opens has a valid header and seals back to itself
  }
  return 0;
}
