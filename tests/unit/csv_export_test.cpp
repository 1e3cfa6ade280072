// The app's one CSV writer (core/text/csv.h) and every CSV the app offers for
// download (clients, the weekly pipeline table): each is parsed back, every row must have the
// header's field count, and no cell may start as a spreadsheet formula.
#include <catch_amalgamated.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/demo/demo_book.h"
#include "core/model/book_stats.h"
#include "core/policy/policy.h"
#include "core/reports/pipeline_week.h"
#include "core/search/client_export.h"
#include "core/text/csv.h"

using namespace rm;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows parsed(const std::string& text) {
  Rows rows;
  REQUIRE(csv::parse(text, rows));
  return rows;
}

// The checks every CSV the app writes must pass.
void check_csv(const std::string& text, size_t columns) {
  REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);  // the byte-order mark Excel needs for Chinese
  const Rows rows = parsed(text);
  REQUIRE(rows.size() >= 2);
  for (size_t r = 0; r < rows.size(); ++r) {
    INFO("row " << r);
    CHECK(rows[r].size() == columns);
    for (const std::string& cell : rows[r]) {
      INFO("cell " << cell);
      // A number the app formatted may start with '-'; nothing else may.
      const bool number = !cell.empty() && cell.find_first_not_of("-0123456789.") == std::string::npos;
      // Checked here, not with csv::formula_prefix: the test must not trust the code it guards.
      const bool formula = !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
      CHECK((number || !formula));
    }
  }
}

// A book whose user-typed text tries every trick a CSV can be hit with.
Book hostile_book() {
  Book book = make_demo_book({.clients = 30, .seed = 5});
  const char* names[] = {"=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
                         "陈, \"小\"明", "line\nbreak"};
  for (size_t i = 0; i < std::size(names) && i < book.clients.size(); ++i) {
    book.clients[i].name = names[i];
    book.clients[i].tags = {"=cmd|' /C calc'!A0", "vip"};
  }
  for (size_t i = 0; i < book.opportunities.size(); ++i) {
    book.opportunities[i].title = i % 2 ? "=1+1" : "理财, 续作";
    book.opportunities[i].next_step = "@call \"him\"";
    book.opportunities[i].expected_amount = 140'000'000 + static_cast<int64_t>(i);  // ¥1,400,000.xx
  }
  return book;
}

}  // namespace

TEST_CASE("csv field quotes per RFC 4180 and neutralises formula prefixes", "[csv]") {
  CHECK(csv::field("plain") == "plain");
  CHECK(csv::field("a,b") == "\"a,b\"");
  CHECK(csv::field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv::field("two\r\nlines") == "\"two\r\nlines\"");
  CHECK(csv::field("=1+1") == "'=1+1");
  CHECK(csv::field("+86 138") == "'+86 138");
  CHECK(csv::field("-x") == "'-x");
  CHECK(csv::field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv::field("\tx") == "'\tx");
  CHECK(csv::field("\rx") == "\"'\rx\"");
  CHECK(csv::field("=a,b") == "\"'=a,b\"");
  CHECK(csv::field("") == "");
  CHECK(csv::field("1=1") == "1=1");
}

TEST_CASE("csv writer rows parse back to the same cells", "[csv]") {
  csv::Writer w;
  w.row({"a", "b,c", "d\"e"});
  w.cell("x").number("-12.50").number("1400000.00").cell("=y");
  w.end_row();
  const Rows rows = parsed(w.str());
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"a", "b,c", "d\"e"});
  CHECK(rows[1] == std::vector<std::string>{"x", "-12.50", "1400000.00", "'=y"});
  CHECK(w.str().find("\r\n") != std::string::npos);
}

TEST_CASE("csv parser refuses what is not RFC 4180", "[csv]") {
  Rows rows;
  CHECK_FALSE(csv::parse("\"open", rows));
  CHECK_FALSE(csv::parse("\"a\"b,c", rows));
  CHECK_FALSE(csv::parse("a\"b", rows));
}

TEST_CASE("clients CSV: every row has the header's fields, no cell is a formula", "[csv]") {
  const Book book = hostile_book();
  const BookIndex index(book);
  const Policy* policy = find_preset_policy("bank_a");
  REQUIRE(policy);
  const ClientTable table = ClientTable::build(book, index, *policy, Date::from_ymd(2026, 1, 5));
  std::vector<uint32_t> rows;
  for (uint32_t i = 0; i < table.size(); ++i) rows.push_back(i);
  std::vector<std::string> headers;
  for (int i = 0; i < kClientCsvColumns; ++i) headers.push_back("列" + std::to_string(i));
  const std::string text = clients_csv(book, *policy, table, rows, headers, true);
  check_csv(text, kClientCsvColumns);
  const Rows parsed_rows = parsed(text);
  bool saw_hyperlink = false;
  for (const auto& r : parsed_rows) saw_hyperlink = saw_hyperlink || r[1] == "'=HYPERLINK(\"http://x\",\"点我\")";
  CHECK(saw_hyperlink);
}

TEST_CASE("pipeline CSV (the weekly table): amounts stay one field, no cell is a formula", "[csv]") {
  const Book book = hostile_book();
  const BookIndex index(book);
  const PipelineWeek week = pipeline_week(book, index, {}, Date::from_ymd(2026, 1, 5));
  const std::string text = pipeline_week_csv(week, ReportLabels{});
  REQUIRE(text.rfind("\xEF\xBB\xBF", 0) == 0);  // the byte-order mark Excel needs for Chinese
  const Rows rows = parsed(text);
  int64_t opportunity_rows = 0;
  bool saw_amount = false;
  for (const auto& r : rows) {
    for (const std::string& cell : r) {
      INFO("cell " << cell);
      const bool number = !cell.empty() && cell.find_first_not_of("-0123456789.") == std::string::npos;
      const bool formula = !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
      CHECK((number || !formula));
    }
    if (r.size() != 10 || r[0] == "步骤") continue;  // an opportunity's row, not the header
    ++opportunity_rows;
    saw_amount = saw_amount || r[4].rfind("1400000.", 0) == 0;
  }
  CHECK(opportunity_rows == week.open.count);
  CHECK(week.open.count > 0);
  CHECK(saw_amount);
  CHECK(plain_yuan(-5) == "-0.05");
}
