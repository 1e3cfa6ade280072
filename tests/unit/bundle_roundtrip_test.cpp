// Saving is deterministic and lossless: load → save reproduces the bytes.
#include <catch_amalgamated.hpp>

#include "core/demo/demo_book.h"
#include "core/model/prng.h"
#include "core/model/uuid.h"
#include "store/bundle.h"

using namespace rm;

namespace {
const std::string kActor = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

Book tricky_book() {
  Xoshiro256 rng(99);
  const Random64 random = [&] { return rng.next(); };
  const Hlc t0{1700000000000, 0, kActor};
  Book b;
  b.export_info = {kActor, 1700000000123, BundleScope::book};
  b.settings.meta = new_meta(new_record_id(random), t0);
  b.settings.active_policy_id = "bank_b";
  b.settings.owner_manager_id = RecordId(kActor);
  b.settings.cross_sell = {{ProductCategory::savings, {ProductCategory::bond, ProductCategory::insurance}, "004"}};
  Manager m;
  m.meta = new_meta(RecordId(kActor), t0);
  m.name = "李晓燕";
  b.managers.push_back(m);
  for (int i = 0; i < 5; ++i) {
    Client c;
    c.meta = new_meta(new_record_id(random), Hlc{t0.wall_ms + i, static_cast<uint32_t>(i), kActor});
    c.name = "客户\"" + std::to_string(i) + "\"\\ \n\t\x01 😀 é";
    c.birthday = Date::from_ymd(1970 + i, 2, 28);
    if (i == 2) c.lunar_birthday = LunarDate{1972, 4, 15, false};
    c.preferred_channel = Channel::wechat;
    c.average_daily_assets = 123456789 + i;
    c.interests = {"茶艺", "", "a,b"};
    c.tier_override = TierOverride{"B", kActor, Date::from_ymd(2023, 5, 1), "批准"};
    c.manager_id = RecordId(kActor);
    stamp_field(c.meta, "name", Hlc{t0.wall_ms + 1000, 3, kActor});
    b.clients.push_back(c);
  }
  Product p;
  p.meta = new_meta(new_record_id(random), t0);
  p.name = "负收益测试";
  p.expected_return_bp = -250;
  p.risk = ProductRisk::R5;
  p.ladder_position = 15;
  b.products.push_back(p);
  Task gone;
  gone.meta = new_meta(new_record_id(random), t0);
  gone.title = "x";
  make_tombstone(gone, Hlc{t0.wall_ms + 5, 0, kActor});
  b.tasks.push_back(gone);
  return b;
}
}  // namespace

TEST_CASE("load → save is byte-identical for the demo book") {
  DemoOptions o;
  o.clients = 400;
  const std::string first = save_bundle(make_demo_book(o));
  const auto loaded = load_bundle(first);
  REQUIRE(loaded.ok());
  const std::string second = save_bundle(loaded.value());
  CHECK(second == first);
  const auto again = load_bundle(second);
  REQUIRE(again.ok());
  CHECK(save_bundle(again.value()) == first);
}

TEST_CASE("awkward text, signed numbers, stamps and tombstones survive a round trip") {
  const Book book = tricky_book();
  const std::string text = save_bundle(book);
  const auto loaded = load_bundle(text);
  INFO((loaded ? std::string() : loaded.problem().describe_en()));
  REQUIRE(loaded.ok());
  const Book& b = loaded.value();
  CHECK(save_bundle(b) == text);
  REQUIRE(b.clients.size() == 5);
  // Records come back sorted by id whatever order they were in.
  for (size_t i = 1; i < b.clients.size(); ++i) CHECK(b.clients[i - 1].meta.id < b.clients[i].meta.id);
  const auto it = std::find_if(b.clients.begin(), b.clients.end(), [&](const Client& c) { return c.lunar_birthday; });
  REQUIRE(it != b.clients.end());
  CHECK(*it->lunar_birthday == LunarDate{1972, 4, 15, false});
  CHECK(it->name == "客户\"2\"\\ \n\t\x01 😀 é");
  CHECK(it->interests == std::vector<std::string>{"茶艺", "", "a,b"});
  CHECK(it->average_daily_assets == 123456791);
  CHECK(it->meta.clocks.size() == 1);
  CHECK(it->meta.updated == Hlc{1700000001000, 3, kActor});
  CHECK(it->meta.created.counter == 2);
  CHECK(b.products[0].expected_return_bp == -250);
  CHECK(b.products[0].risk == ProductRisk::R5);
  REQUIRE(b.tasks.size() == 1);
  CHECK(b.tasks[0].meta.deleted);
  CHECK(b.tasks[0].title.empty());
  CHECK(b.export_info.exported_at_ms == 1700000000123);
  CHECK(b.settings.cross_sell == book.settings.cross_sell);
}

TEST_CASE("the file is one record per line, envelope first") {
  const std::string text = save_bundle(tricky_book());
  CHECK(text.rfind("{\n  \"format\": \"rmplanner-bundle\",\n  \"schema_version\": 7,\n  \"scope\": \"book\",\n", 0) == 0);
  CHECK(text.find("\"exported_at\": \"2023-11-14T22:13:20.123Z\"") != std::string::npos);
  CHECK(text.find("\n    {\"id\":\"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa\",\"created\":\"1700000000000:0:") != std::string::npos);
  // Defaults are left out; a tombstone carries only identity and stamps.
  CHECK(text.find("\"deleted\":true,\"_clock\":{\"deleted\":") != std::string::npos);
  CHECK(text.find("\"children\":0") == std::string::npos);
}

TEST_CASE("invalid UTF-8 in memory is saved as U+FFFD, so the file still loads") {
  Book b = tricky_book();
  b.clients[0].notes = std::string("ok\xff\xfe") + "\xe4\xb8";  // stray bytes and a cut-off 中
  const auto loaded = load_bundle(save_bundle(b));
  REQUIRE(loaded.ok());
  const auto it = std::find_if(loaded->clients.begin(), loaded->clients.end(),
                               [&](const Client& c) { return c.meta.id == b.clients[0].meta.id; });
  REQUIRE(it != loaded->clients.end());
  CHECK(it->notes == "ok\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("a book without settings (a journal delta) saves without them and loads back") {
  Book b = tricky_book();
  b.settings = Settings{};
  const std::string text = save_bundle(b);
  CHECK(text.find("\"settings\"") == std::string::npos);
  const auto loaded = load_bundle(text);
  REQUIRE(loaded.ok());
  CHECK(loaded->settings.meta.id.empty());
  CHECK(save_bundle(loaded.value()) == text);
}

TEST_CASE("records that come before the envelope are still read") {
  // Hand-edited files may put the header last; the streaming loader buffers.
  const std::string text = save_bundle(tricky_book());
  const size_t arrays = text.find(",\n  \"branches\"");
  REQUIRE(arrays != std::string::npos);
  const std::string body = text.substr(arrays + 2, text.size() - arrays - 5);  // the arrays, without "}\n"
  const std::string header = text.substr(2, arrays - 2);
  const auto loaded = load_bundle("{" + body + ",\n" + header + "\n}");
  INFO((loaded ? std::string() : loaded.problem().describe_en()));
  REQUIRE(loaded.ok());
  CHECK(save_bundle(loaded.value()) == text);
}
