// The Clients screen's table (core/search/client_search.h): search by name,
// phone, id and pinyin; every facet filter; sort by every column; saved views;
// CSV export; and a 50 000-client demo book, checked against brute force.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "app/planner_view.h"
#include "core/demo/demo_book.h"
#include "core/finance/life_stage.h"
#include "core/policy/policy_presets.h"
#include "core/search/client_export.h"
#include "core/search/client_search.h"
#include "core/text/csv.h"
#include "core/text/pinyin.h"

using namespace rm;

namespace {

const Date kToday = Date::from_ymd(2026, 1, 5);

// The demo book plus two hand-made clients whose names matter to the tests.
Book test_book(int clients = 400) {
  DemoOptions o;
  o.clients = clients;
  o.today = kToday;
  Book book = make_demo_book(o);
  Client zw = book.clients[0];
  zw.meta.id = RecordId("c0ffee00-0000-4000-8000-000000000001");
  zw.name = "张伟";
  zw.contact_points = {{Channel::phone, "139 1234 5678"}};
  book.clients.push_back(zw);
  Client sl = book.clients[1];
  sl.meta.id = RecordId("c0ffee00-0000-4000-8000-000000000002");
  sl.name = "单丽";
  sl.contact_points = {{Channel::phone, "13800000002"}};
  book.clients.push_back(sl);
  return book;
}

std::vector<std::string> names_of(const Book& book, const ClientTable& t, const std::vector<uint32_t>& rows) {
  std::vector<std::string> out;
  for (uint32_t r : rows) out.push_back(book.clients[t.rows()[r].client].name);
  return out;
}

bool contains_name(const std::vector<std::string>& names, const std::string& n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

// The facets alone, written out plainly, for brute-force comparison.
bool passes_facets(const ClientRow& row, const ClientFilter& f, Date today, const std::vector<uint8_t>& overdue) {
  if (!f.tiers.empty() && std::find(f.tiers.begin(), f.tiers.end(), row.tier) == f.tiers.end()) return false;
  if (f.orientations && !((f.orientations >> row.orientation) & 1u)) return false;
  if (f.occupations && !((f.occupations >> row.occupation) & 1u)) return false;
  if (!f.managers.empty() && std::find(f.managers.begin(), f.managers.end(), row.manager_id) == f.managers.end())
    return false;
  if (f.life_stages && !((f.life_stages >> (row.life_stage + 1)) & 1u)) return false;
  if (f.risk_levels && !((f.risk_levels >> row.risk_level) & 1u) && !(row.risk_expired && (f.risk_levels & kRiskExpiredBit)))
    return false;
  if (f.overdue && !overdue[row.client]) return false;
  if (f.maturing_within_days >= 0 && !(row.next_maturity && *row.next_maturity - today <= f.maturing_within_days))
    return false;
  if (f.no_contact_days >= 0 && row.last_contact && today - *row.last_contact < f.no_contact_days) return false;
  return true;
}

}  // namespace

TEST_CASE("search finds a client by name, pinyin, initials, phone and id", "[search]") {
  const Book book = test_book();
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  REQUIRE(t.size() == book.clients.size());
  const auto find = [&](const std::string& q) {
    ClientFilter f;
    f.search = q;
    return names_of(book, t, filter_clients(t, f));
  };
  CHECK(contains_name(find("zw"), "张伟"));
  CHECK(contains_name(find("ZhangWei"), "张伟"));
  CHECK(contains_name(find("zhangw"), "张伟"));
  CHECK(contains_name(find("张伟"), "张伟"));
  CHECK(contains_name(find("13912345678"), "张伟"));
  CHECK(contains_name(find("139 1234"), "张伟"));  // terms combine with AND
  CHECK(contains_name(find("8000-000000000001"), "张伟"));  // by id
  CHECK(contains_name(find("shanli"), "单丽"));
  CHECK(contains_name(find("sl"), "单丽"));
  CHECK(contains_name(find("danli"), "单丽"));  // as people who don't know the surname reading type it
  CHECK(find("zw").size() < t.size());
  for (const std::string& n : find("zw")) {
    const auto keys = pinyin::name_keys(n);
    bool any = false;
    for (const std::string& k : keys) any = any || k.find("zw") != std::string::npos;
    CHECK(any);
  }
  CHECK(find("no-such-client-xyz").empty());
  CHECK(find("").size() == t.size());
  CHECK(find("   ").size() == t.size());
}

TEST_CASE("every facet filters as written, and filter + search is the intersection", "[search]") {
  const Book book = test_book();
  const BookIndex index(book);
  const Policy policy = bank_a_policy();
  const ClientTable t = ClientTable::build(book, index, policy, kToday);
  std::vector<uint8_t> overdue(book.clients.size(), 0);
  for (size_t i = 0; i < overdue.size(); i += 7) overdue[i] = 1;

  std::vector<ClientFilter> filters;
  ClientFilter f;
  f.tiers = {"B"};
  filters.push_back(f);
  f = {};
  f.tiers = {"C", ""};
  filters.push_back(f);
  f = {};
  f.orientations = 1u << static_cast<int>(Orientation::value);
  filters.push_back(f);
  f = {};
  f.occupations = (1u << static_cast<int>(OccupationClass::doctor)) | (1u << static_cast<int>(OccupationClass::lawyer));
  filters.push_back(f);
  f = {};
  f.life_stages = 1u << (static_cast<int>(LifeStage::growth) + 1);
  filters.push_back(f);
  f = {};
  f.risk_levels = (1u << 3) | kRiskExpiredBit;
  filters.push_back(f);
  f = {};
  f.risk_levels = 1u;  // never assessed
  filters.push_back(f);
  f = {};
  f.overdue = true;
  filters.push_back(f);
  f = {};
  f.maturing_within_days = 30;
  filters.push_back(f);
  f = {};
  f.no_contact_days = 60;
  filters.push_back(f);
  f = {};
  f.managers = {book.settings.owner_manager_id.str()};
  filters.push_back(f);
  f = {};
  f.managers = {""};
  filters.push_back(f);
  f = {};
  f.tiers = {"A"};
  f.no_contact_days = 30;
  f.life_stages = ~0u;
  filters.push_back(f);

  for (size_t k = 0; k < filters.size(); ++k) {
    INFO("filter " << k << ": " << filter_to_json(filters[k]));
    std::vector<uint32_t> expected;
    for (uint32_t r = 0; r < t.size(); ++r)
      if (passes_facets(t.rows()[r], filters[k], kToday, overdue)) expected.push_back(r);
    CHECK(filter_clients(t, filters[k], &overdue) == expected);
    // Search on top of the facets gives exactly the intersection, in table order.
    ClientFilter with_search = filters[k];
    with_search.search = "z";
    ClientFilter search_only;
    search_only.search = "z";
    const std::vector<uint32_t> s = filter_clients(t, search_only);
    std::vector<uint32_t> both;
    std::set_intersection(expected.begin(), expected.end(), s.begin(), s.end(), std::back_inserter(both));
    CHECK(filter_clients(t, with_search, &overdue) == both);
  }
  // The demo book has something in each of these, so the checks above mean something.
  CHECK_FALSE(filter_clients(t, filters[0]).empty());
  CHECK_FALSE(filter_clients(t, filters[8]).empty());
  CHECK(filter_clients(t, filters[10]).size() == t.size());
  // Without the planner's flags, no client counts as overdue.
  CHECK(filter_clients(t, filters[7]).empty());
}

TEST_CASE("the overdue flags come from the planner", "[search]") {
  const Book book = test_book(120);
  uint64_t seed = 1;
  const Workspace ws(book, book.settings.owner_manager_id.str(), [&seed] { return seed = seed * 6364136223846793005ull + 1; }, 0);
  PlannerView view;
  const PlannerFigures& figures = view.figures(ws, kToday);
  const ClientTable t = ClientTable::build(ws.book(), ws.index(), figures.policy, kToday);
  ClientFilter f;
  f.overdue = true;
  const auto rows = filter_clients(t, f, &figures.client_overdue);
  size_t expected = 0;
  for (const ClientRow& r : t.rows()) expected += figures.client_overdue[r.client];
  CHECK(rows.size() == expected);
}

TEST_CASE("sorting by every column orders by the column, missing values last", "[search]") {
  const Book book = test_book();
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  std::vector<uint32_t> all = filter_clients(t, {});

  std::vector<uint32_t> rows = all;
  sort_rows(t, rows, ClientColumn::aum, true);
  for (size_t i = 1; i < rows.size(); ++i) CHECK(t.rows()[rows[i - 1]].aum >= t.rows()[rows[i]].aum);
  sort_rows(t, rows, ClientColumn::aum, false);
  for (size_t i = 1; i < rows.size(); ++i) CHECK(t.rows()[rows[i - 1]].aum <= t.rows()[rows[i]].aum);

  rows = all;
  sort_rows(t, rows, ClientColumn::name, false);
  for (size_t i = 1; i < rows.size(); ++i) {
    const std::string a = pinyin::name_sort_key(book.clients[t.rows()[rows[i - 1]].client].name);
    const std::string b = pinyin::name_sort_key(book.clients[t.rows()[rows[i]].client].name);
    CHECK(a <= b);
  }

  for (const bool desc : {false, true}) {
    rows = all;
    sort_rows(t, rows, ClientColumn::next_maturity, desc);
    bool seen_missing = false;
    for (size_t i = 0; i < rows.size(); ++i) {
      const ClientRow& r = t.rows()[rows[i]];
      if (!r.next_maturity) seen_missing = true;
      else CHECK_FALSE(seen_missing);
      if (i && r.next_maturity && t.rows()[rows[i - 1]].next_maturity) {
        const Date prev = *t.rows()[rows[i - 1]].next_maturity;
        CHECK((desc ? prev >= *r.next_maturity : prev <= *r.next_maturity));
      }
    }
  }
  for (int c = 0; c < kClientColumnCount; ++c) {
    rows = all;
    sort_rows(t, rows, static_cast<ClientColumn>(c), c % 2 == 0);
    std::vector<uint32_t> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == all);  // a permutation: nothing lost or doubled
  }
  rows = all;
  sort_rows(t, rows, ClientColumn::tier, true);
  for (size_t i = 1; i < rows.size(); ++i) {
    const int a = t.rows()[rows[i - 1]].tier_rank, b = t.rows()[rows[i]].tier_rank;
    if (b >= 0) CHECK(a >= b);
  }
}

TEST_CASE("sorting by name goes by pinyin one character at a time, so a surname stays together", "[search]") {
  // 陈 and 程 read chen and cheng: comparing whole readings (chenfang <
  // chenggang < chenjie) interleaved them; 臣 also reads chen, after every 陈.
  Book book;
  const auto add = [&](const char* id, const char* name, const char* phone) {
    Client c;
    c.meta.id = RecordId(id);
    c.name = name;
    if (*phone) c.contact_points = {{Channel::phone, phone}};
    book.clients.push_back(c);
  };
  add("c0ffee00-0000-4000-8000-000000000011", "程刚", "13900000001");
  add("c0ffee00-0000-4000-8000-000000000012", "陈杰", "13900000002");
  add("c0ffee00-0000-4000-8000-000000000013", "陈芳", "");
  add("c0ffee00-0000-4000-8000-000000000014", "臣安", "13900000004");
  add("c0ffee00-0000-4000-8000-000000000015", "陈阿", "13900000005");
  add("c0ffee00-0000-4000-8000-000000000016", "车辉", "13900000006");
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  std::vector<uint32_t> rows = filter_clients(t, {});
  sort_rows(t, rows, ClientColumn::name, false);
  // 陈 and 臣 are both chen: which comes first is the characters' order, but
  // each keeps its clients together, and every chen before cheng.
  const std::vector<std::string> names = names_of(book, t, rows);
  CHECK(names == std::vector<std::string>{"车辉", "臣安", "陈阿", "陈芳", "陈杰", "程刚"});

  // Namesakes differ by phone: the table carries it, and sorts by it.
  sort_rows(t, rows, ClientColumn::phone, false);
  CHECK(names_of(book, t, rows) == std::vector<std::string>{"程刚", "陈杰", "臣安", "陈阿", "车辉", "陈芳"});
  CHECK(t.rows()[rows[0]].phone == "13900000001");
  CHECK(t.rows()[rows.back()].phone.empty());  // no phone: last
}

TEST_CASE("the table derives tier with override, risk expiry and contact days", "[search]") {
  const Book book = test_book();
  const BookIndex index(book);
  const Policy policy = bank_a_policy();
  const ClientTable t = ClientTable::build(book, index, policy, kToday);
  int overridden = 0, expired = 0, never = 0, contacted = 0;
  for (const ClientRow& r : t.rows()) {
    const Client& c = book.clients[r.client];
    if (c.tier_override) {
      CHECK(r.tier == c.tier_override->tier);
      CHECK(r.tier_overridden);
    }
    overridden += r.tier_overridden;
    expired += r.risk_expired;
    never += r.risk_level == 0;
    contacted += r.last_contact.has_value();
    if (r.last_contact) CHECK(*r.last_contact <= kToday);
    if (r.next_maturity) CHECK(*r.next_maturity >= kToday);
  }
  CHECK(overridden > 0);
  CHECK(contacted > 0);
  CHECK(expired + never < static_cast<int>(t.size()));
}

TEST_CASE("saved views round-trip through JSON", "[search]") {
  ClientFilter f;
  f.search = "张 zw";
  f.tiers = {"B", ""};
  f.orientations = 5;
  f.occupations = 1u << 13;
  f.life_stages = 6;
  f.risk_levels = kRiskExpiredBit | 2;
  f.overdue = true;
  f.maturing_within_days = 30;
  f.no_contact_days = 90;
  f.managers = {"m-1", ""};
  CHECK(filter_from_json(filter_to_json(f)) == f);
  const std::vector<SavedClientView> views = {{"B 级 30 天到期", f}, {"all", {}}};
  CHECK(saved_views_from_json(saved_views_to_json(views)) == views);
  CHECK(saved_views_from_json("").empty());
  CHECK(saved_views_from_json("{\"x\":1}").empty());
  CHECK(saved_views_from_json("[{\"name\":\"ok\",\"filter\":{}},{\"name\":3},{\"name\":\"bad\",\"filter\":{\"tiers\":7}}]").size() == 1);
  CHECK_FALSE(filter_from_json("not json"));
}

TEST_CASE("CSV export is UTF-8 with BOM, one header and one line per row, quoted", "[search]") {
  Book book = test_book(50);
  book.clients.back().tags = {"重要客户", "a,b"};
  const BookIndex index(book);
  const Policy policy = bank_a_policy();
  const ClientTable t = ClientTable::build(book, index, policy, kToday);
  std::vector<uint32_t> rows = {static_cast<uint32_t>(t.size() - 1), static_cast<uint32_t>(t.size() - 2)};
  const std::vector<std::string> headers = {"客户号", "姓名", "电话", "等级", "日均资产（元）", "年龄", "人生阶段",
                                            "风险等级", "最近联络", "未联络天数", "下次到期", "客户经理", "标签"};
  const std::string csv = clients_csv(book, policy, t, rows, headers, true);
  REQUIRE(csv.rfind("\xEF\xBB\xBF客户号,姓名,电话,", 0) == 0);
  size_t lines = 0;
  for (size_t p = 0; (p = csv.find("\r\n", p)) != std::string::npos; p += 2) ++lines;
  CHECK(lines == 3);
  CHECK(csv.find("c0ffee00-0000-4000-8000-000000000002,单丽,13800000002,") != std::string::npos);
  CHECK(csv.find("\"重要客户、a,b\"") != std::string::npos);
  CHECK(csv::field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  // Amounts are plain yuan from integer fen.
  const Client& c = book.clients[t.rows()[rows[0]].client];
  const std::string yuan = std::to_string(c.average_daily_assets / 100) + "." +
                           std::to_string(c.average_daily_assets % 100 / 10) + std::to_string(c.average_daily_assets % 10);
  CHECK(csv.find("," + yuan + ",") != std::string::npos);
}

TEST_CASE("50 000 clients: filter and search in one pass match brute force", "[search]") {
  DemoOptions o;
  o.clients = 50000;
  o.today = kToday;
  const Book book = make_demo_book(o);
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  REQUIRE(t.size() == 50000);
  ClientFilter f;
  f.tiers = {"A"};
  f.search = "zh";
  f.no_contact_days = 14;
  const std::vector<uint32_t> rows = filter_clients(t, f);
  std::vector<uint32_t> expected;
  const std::vector<uint8_t> none(book.clients.size(), 0);
  for (uint32_t r = 0; r < t.size(); ++r) {
    if (!passes_facets(t.rows()[r], f, kToday, none)) continue;
    if (t.haystack(r).find("zh") != std::string_view::npos) expected.push_back(r);
  }
  CHECK(rows == expected);
  CHECK_FALSE(rows.empty());
  // Its speed is measured by bench/bench_clients.cpp, not asserted here.
}

TEST_CASE("with a search, names that begin with the terms come first", "[search]") {
  const Book book = test_book();
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  ClientFilter f;
  f.search = "zw";
  std::vector<uint8_t> starts;
  std::vector<uint32_t> rows = filter_clients(t, f, nullptr, &starts);
  sort_rows(t, rows, ClientColumn::name, false);
  promote_best_matches(rows, starts);
  REQUIRE_FALSE(rows.empty());
  bool in_best = true;
  for (uint32_t r : rows) {
    const auto keys = pinyin::name_keys(book.clients[t.rows()[r].client].name);
    bool begins = false;
    for (const std::string& k : keys) begins = begins || k.rfind("zw", 0) == 0;
    if (!begins) in_best = false;
    else CHECK(in_best);  // no prefix match after a mere substring match
  }
  CHECK(pinyin::name_keys(book.clients[t.rows()[rows[0]].client].name)[1].rfind("zw", 0) == 0);
}

namespace {

// What the search means, written plainly: every term occurs in the row's
// text; a best match has every term at the start of a field.
void brute_force_search(const ClientTable& t, const std::string& search, std::vector<uint32_t>& rows,
                        std::vector<uint8_t>& starts) {
  const std::vector<std::string> terms = search_terms(search);
  rows.clear();
  starts.assign(t.size(), 0);
  for (uint32_t r = 0; r < t.size(); ++r) {
    const std::string_view h = t.haystack(r);
    bool all = true, all_start = true;
    for (const std::string& term : terms) {
      if (h.find(term) == std::string_view::npos) all = false;
      bool start = false;
      for (size_t at = h.find(term); at != std::string_view::npos && !start; at = h.find(term, at + 1))
        start = at == 0 || h[at - 1] == '\x1f';
      all_start = all_start && start;
    }
    if (!all) continue;
    rows.push_back(r);
    if (!terms.empty() && all_start) starts[r] = 1;
  }
}

// The Clients screen's list as first written: filter, sort, best matches first.
std::vector<uint32_t> listed(const ClientTable& t, const ClientFilter& f, ClientColumn column, bool desc,
                             const std::vector<uint8_t>* overdue = nullptr) {
  std::vector<uint8_t> starts;
  std::vector<uint32_t> rows = filter_clients(t, f, overdue, &starts);
  sort_rows(t, rows, column, desc);
  if (!f.search.empty()) promote_best_matches(rows, starts);
  return rows;
}

}  // namespace

TEST_CASE("the search scan finds what a plain substring search finds, best matches included", "[search]") {
  const Book book = test_book();
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  std::vector<std::string> queries = {"z", "zh", "zhangw", "w", "wx", "wx_", "1", "13", "138", "1381", "13800000002",
                                      "0", "00", "000", "-", "-4", "a", "ab", "c0", "c0ffee00-0000-4000-8000-000000000001", "张", "伟",
                                      "zh 13", "l z", "yw 1", "x", "xyz", "q", "1 1", "zw zw", "9999999999999999"};
  // Every piece of some rows' text, so that field starts, ends and the
  // scan's eight-byte blocks all get their turn.
  for (uint32_t r = 0; r < t.size(); r += 37) {
    const std::string h(t.haystack(r));
    for (size_t at = 0; at + 3 <= h.size(); at += 5) {
      std::string q = h.substr(at, 1 + at % 7);
      if (q.find('\x1f') == std::string::npos && q.find(' ') == std::string::npos) queries.push_back(q);
    }
  }
  std::vector<uint32_t> want;
  std::vector<uint8_t> want_starts, got_starts;
  for (const std::string& q : queries) {
    INFO("search " << q);
    ClientFilter f;
    f.search = q;
    brute_force_search(t, q, want, want_starts);
    CHECK(filter_clients(t, f, nullptr, &got_starts) == want);
    CHECK(got_starts == want_starts);
    CHECK(filter_clients(t, f) == want);
  }
}

TEST_CASE("the query lists what filter, sort and best matches list, however it gets there", "[search]") {
  DemoOptions o;
  o.clients = 6000;
  o.today = kToday;
  const Book book = make_demo_book(o);
  const BookIndex index(book);
  const ClientTable t = ClientTable::build(book, index, bank_a_policy(), kToday);
  std::vector<uint8_t> overdue(book.clients.size(), 0);
  for (size_t i = 0; i < overdue.size(); i += 5) overdue[i] = 1;
  ClientQuery query;
  ClientFilter f;
  const auto check = [&](ClientColumn column, bool desc) {
    INFO("search '" << f.search << "', facets " << filter_to_json(f) << ", column " << static_cast<int>(column));
    CHECK(query.run(t, f, column, desc, &overdue) == listed(t, f, column, desc, &overdue));
    return query.last_path();
  };
  // Typing narrows the previous matches once they are few; deleting finds
  // the earlier results again; both give exactly the fresh answer.
  std::vector<ClientQuery::Path> typing;
  for (const std::string text : {"", "z", "zh", "zha", "zhan", "zhang", "zhangw", "zhang", "zhan", "zha", "zh", "z", ""}) {
    f.search = text;
    typing.push_back(check(ClientColumn::name, false));
  }
  CHECK(typing[1] == ClientQuery::Path::fresh);  // the whole book is too many rows to narrow from
  CHECK(typing[4] == ClientQuery::Path::narrowed);
  CHECK(typing[6] == ClientQuery::Path::narrowed);
  CHECK(typing[7] == ClientQuery::Path::remembered);
  CHECK(typing[12] == ClientQuery::Path::remembered);
  // A second term, digits, a term that is not an extension (fresh again).
  for (const std::string text : {"zh", "zh 1", "zh 13", "zh 138", "zh 13", "138", "1381", "13812", "li", "lw", "l w"}) {
    f.search = text;
    check(ClientColumn::name, false);
  }
  // Every column, both ways, with and without a search; then facets, the
  // overdue flags (never reused) and a search on top.
  for (int c = 0; c < kClientColumnCount; ++c)
    for (const bool desc : {false, true}) {
      f.search = c % 3 == 0 ? "" : c % 3 == 1 ? "wang" : "w";
      check(static_cast<ClientColumn>(c), desc);
    }
  f.search = "";
  f.tiers = {"A", "B"};
  check(ClientColumn::aum, true);
  f.search = "ch";
  check(ClientColumn::aum, true);
  f.search = "che";
  check(ClientColumn::aum, true);
  f.overdue = true;
  check(ClientColumn::last_contact, false);
  for (size_t i = 1; i < overdue.size(); i += 5) overdue[i] = 1;  // new flags, same table
  CHECK(check(ClientColumn::last_contact, false) == ClientQuery::Path::fresh);
  f.search = "chen";
  check(ClientColumn::last_contact, false);
  f = {};
  f.no_contact_days = 30;
  f.risk_levels = (1u << 3) | kRiskExpiredBit;
  check(ClientColumn::days_since_contact, true);
  f.search = "1";
  check(ClientColumn::days_since_contact, true);

  // A new table (the book changed) is never answered from the old one.
  Book changed = book;
  changed.clients[0].name = "张伟伟";
  const BookIndex changed_index(changed);
  const ClientTable t2 = ClientTable::build(changed, changed_index, bank_a_policy(), kToday);
  CHECK(t2.serial() != t.serial());
  f = {};
  f.search = "zhangweiw";
  CHECK(query.run(t, f, ClientColumn::name, false) == listed(t, f, ClientColumn::name, false));
  CHECK(query.run(t2, f, ClientColumn::name, false) == listed(t2, f, ClientColumn::name, false));
  CHECK_FALSE(query.run(t2, f, ClientColumn::name, false).empty());
}
