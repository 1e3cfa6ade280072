// What one load may make the loader build is bounded before the memory is
// spent (kMaxBundleRecords…, store/bundle.h; docs/storage.md "Import
// limits"): files of junk under the size cap are refused with a clear
// problem, and real books pass. tests/native/import_memory_test.cpp checks
// natively that the refusals stay within a small memory budget.
#include <catch_amalgamated.hpp>

#include <string>

#include "store/bundle.h"

using namespace rm;

namespace {
const std::string kHead =
    R"({"format":"rmplanner-bundle","schema_version":3,"exported_by":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",)"
    R"("exported_at":"2026-01-05T10:00:00.000Z")";

// N copies of ITEM, comma-separated, inside [ ].
std::string list_of(const std::string& item, size_t n) {
  std::string out;
  out.reserve(n * (item.size() + 1) + 2);
  out += '[';
  for (size_t i = 0; i < n; ++i) {
    if (i) out += ',';
    out += item;
  }
  out += ']';
  return out;
}

std::string first_code(const BundleLoad& r) { return r.problems.empty() ? "" : r.problems.front().code; }
}  // namespace

TEST_CASE("30 MB of {} under a key the format does not know is refused without being built") {
  const std::string text = kHead + R"(,"junk":)" + list_of("{}", 10'000'000) + "}";
  REQUIRE(text.size() > 29'000'000);
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE_FALSE(r.book);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].code == "unknown_field");
  CHECK(r.problems[0].path == "junk");
}

TEST_CASE("30 MB of {} as records before the envelope is refused as too many values") {
  const std::string text = R"({"clients":)" + list_of("{}", 10'000'000) + "," + kHead.substr(1) + "}";
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE_FALSE(r.book);
  CHECK(first_code(r) == "too_many_records");
  CHECK(r.problems.front().message_zh.find("未导入") != std::string::npos);
}

TEST_CASE("a huge value under a known envelope key is refused as too many values") {
  const std::string text = kHead + R"(,"settings":{"cross_sell":)" + list_of("{}", 3'000'000) + "}}";
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE_FALSE(r.book);
  CHECK(first_code(r) == "too_many_records");
}

TEST_CASE("a record array that is not a list is not built either") {
  const std::string text = kHead + R"(,"clients":{"a":)" + list_of("[]", 3'000'000) + "}}";
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE_FALSE(r.book);
  CHECK(first_code(r) == "wrong_type");
  CHECK(r.problems.front().path == "clients");
}

TEST_CASE("nesting deeper than the format's is refused") {
  const size_t depth = kMaxBundleDepth + 5;
  const std::string text = kHead + R"(,"junk":)" + std::string(depth, '[') + std::string(depth, ']') + "}";
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE_FALSE(r.book);
  CHECK(first_code(r) == "too_deep");
  const std::string ok = kHead + R"(,"settings":{"cross_sell":[[[[[[]]]]]]}})";
  CHECK(first_code(load_bundle_checked(ok)) != "too_deep");
}

TEST_CASE("the limits leave room for a real book") {
  STATIC_REQUIRE(kMaxBundleRecords >= 1'500'000);  // a 100 000-client demo book: ~1.25 million records
  STATIC_REQUIRE(kMaxHeldBundleValues >= 100'000);  // a client record: under a hundred values
  STATIC_REQUIRE(kMaxBundleDepth >= 8);             // the format nests five deep
}
