// One money format for the whole app (core/money.h): statements' grouping on
// screen and in forms, and 万 / 亿 where a manager says amounts that way.
#include <catch_amalgamated.hpp>

#include "core/money.h"
#include "ui/screens/client_view_parts.h"

using namespace rm;

TEST_CASE("a form shows an amount with the grouping it shows everywhere else", "[money]") {
  CHECK(format_yuan(yuan(9'499'926)) == "9,499,926.00");
  // The 360° view's fields showed "9499926" (docs/domain.md, "Money").
  CHECK(format_yuan_edit(yuan(9'499'926)) == "9,499,926");
  CHECK(ui::cv::yuan_edit_text(yuan(9'499'926)) == "9,499,926");
  CHECK(format_yuan_edit(123'450) == "1,234.50");
  CHECK(format_yuan_edit(-123'456'789) == "-1,234,567.89");
  CHECK(format_yuan_edit(0).empty());
  CHECK(format_yuan_edit(5) == "0.05");
  // What a form shows, it reads back to the fen.
  for (const Fen v : {Fen{1}, Fen{99}, Fen{100}, Fen{123'450}, yuan(9'499'926), kMaxAmount}) {
    Fen back = -1;
    REQUIRE(ui::cv::parse_yuan(format_yuan_edit(v), back) == ui::cv::MoneyError::none);
    CHECK(back == v);
  }
}

TEST_CASE("short amounts: 万 and 亿 in Chinese, K and M in English, rounded half up", "[money]") {
  CHECK(format_yuan_short(yuan(9'499'926), true) == "949.99万");
  CHECK(format_yuan_short(yuan(9'499'950), true) == "950.00万");  // half up
  CHECK(format_yuan_short(yuan(10'000), true) == "1.00万");
  CHECK(format_yuan_short(yuan(9'999), true) == "9,999.00");
  CHECK(format_yuan_short(yuan(123'456'789), true) == "1.23亿");
  CHECK(format_yuan_short(yuan(1'234'567'890'123), true) == "12,345.68亿");
  CHECK(format_yuan_short(-yuan(50'000), true) == "-5.00万");
  CHECK(format_yuan_short(yuan(9'499'926), false) == "9.50M");
  CHECK(format_yuan_short(yuan(950'000), false) == "950.00K");
  CHECK(format_yuan_short(yuan(9'999), false) == "9,999.00");
  CHECK(format_yuan_short(kMoneyCeiling, true).ends_with("亿"));
}
