// RecordId: a UUID held as 16 bytes. What must hold for it to replace the
// text ids: the text round-trips, order is text order, and nothing that is
// not a canonical UUID becomes an id.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <sstream>
#include <unordered_set>
#include <vector>

#include "core/model/prng.h"
#include "core/model/record_id.h"
#include "core/model/uuid.h"

using namespace rm;

TEST_CASE("record id: text round-trips and the empty id is the empty text") {
  const std::string text = "0f8fad5b-d9cb-469f-a165-70867728950e";
  const RecordId id(text);
  CHECK_FALSE(id.empty());
  CHECK(id.str() == text);
  CHECK(id == text);
  CHECK(id == "0f8fad5b-d9cb-469f-a165-70867728950e");
  CHECK_FALSE(id == "0f8fad5b-d9cb-469f-a165-70867728950f");
  CHECK_FALSE(id == "");
  CHECK(id.bytes()[0] == 0x0f);
  CHECK(id.bytes()[15] == 0x0e);
  std::ostringstream out;
  out << id;
  CHECK(out.str() == text);

  const RecordId none;
  CHECK(none.empty());
  CHECK(none.str().empty());
  CHECK(none == "");
  CHECK(RecordId::parse("") == none);
  RecordId cleared = id;
  cleared.clear();
  CHECK(cleared == none);
}

TEST_CASE("record id: only canonical non-nil UUIDs parse") {
  for (const char* bad : {"0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5b-d9cb-469f-a165-70867728950",
                          "0f8fad5b-d9cb-469f-a165-70867728950e0", "0f8fad5bd-9cb-469f-a165-70867728950e",
                          "0f8fad5b-d9cb-469f-a165-70867728950g", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
                          "00000000-0000-0000-0000-000000000000", "client-7", " "}) {
    INFO(bad);
    CHECK_FALSE(RecordId::parse(bad).has_value());
    CHECK_THROWS_AS(RecordId(std::string_view(bad)), std::invalid_argument);
    CHECK_FALSE(RecordId() == bad);
  }
}

TEST_CASE("record id: byte order is text order, and new ids match the text generator") {
  Xoshiro256 a(3), b(3);
  const Random64 ra = [&] { return a.next(); };
  const Random64 rb = [&] { return b.next(); };
  std::vector<RecordId> ids;
  std::vector<std::string> texts;
  std::unordered_set<RecordId> distinct;
  for (int i = 0; i < 500; ++i) {
    ids.push_back(new_record_id(ra));
    texts.push_back(new_uuid(rb));
    REQUIRE(ids.back() == texts.back());  // the text form of the same draw
    distinct.insert(ids.back());
  }
  CHECK(distinct.size() == ids.size());
  std::sort(ids.begin(), ids.end());
  std::sort(texts.begin(), texts.end());
  for (size_t i = 0; i < ids.size(); ++i) CHECK(ids[i].str() == texts[i]);
  CHECK(RecordId() < ids.front());  // the empty id sorts first, as the empty text did
}
