// A year's holiday notice as the manager enters it (docs/domain.md, "Working
// calendar"): read from the line format of Settings → Working calendar,
// checked as a whole, refused with the line at fault in both languages.
#include <catch_amalgamated.hpp>

#include "core/calendar/holiday_notice.h"
#include "core/calendar/working_calendar.h"

using namespace rm;

namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

// An example of what a 2027 notice could say, in the forms a user types: the
// 2027 notice is not in the shipped years, so these dates are plausible, not
// the State Council's.
constexpr std::string_view kNotice2027 = R"(# 2027 年部分节假日安排（示例）
2027-01-01 ~ 2027-01-03 休
2027-02-05 至 2027-02-13 休
2027-01-31 班
2027-02-20 work

2027-04-03 - 2027-04-05 off
2027-05-01~2027-05-05 休
2027-04-25 班
2027-05-08 班
2027-06-09 休
2027-09-15 放假
2027-10-01 ~ 2027-10-07 休
2027-09-26 班
  2027-10-09 上班  
)";

}  // namespace

TEST_CASE("a 2027 notice typed in lines is read into breaks and make-up days", "[calendar]") {
  const Result<YearArrangement> a = parse_arrangement_text(2027, kNotice2027);
  REQUIRE(a.ok());
  CHECK(a.value().year == 2027);
  REQUIRE(a.value().days_off.size() == 7);
  CHECK(a.value().days_off[0] == DayRange{d(2027, 1, 1), d(2027, 1, 3)});
  CHECK(a.value().days_off[1] == DayRange{d(2027, 2, 5), d(2027, 2, 13)});
  CHECK(a.value().days_off[2] == DayRange{d(2027, 4, 3), d(2027, 4, 5)});
  CHECK(a.value().days_off[4] == DayRange{d(2027, 6, 9), d(2027, 6, 9)});
  CHECK(a.value().days_off[6] == DayRange{d(2027, 10, 1), d(2027, 10, 7)});
  CHECK(a.value().make_up_working_days ==
        std::vector<Date>{d(2027, 1, 31), d(2027, 2, 20), d(2027, 4, 25), d(2027, 5, 8), d(2027, 9, 26), d(2027, 10, 9)});

  // Written back in the same format, it reads back the same.
  const Result<YearArrangement> again = parse_arrangement_text(2027, arrangement_text(a.value()));
  REQUIRE(again.ok());
  CHECK(again.value() == a.value());

  const WorkingCalendar calendar(2027, 2027, {a.value()});
  CHECK(calendar.kind(d(2027, 10, 6)) == DayKind::day_off);
  CHECK(calendar.kind(d(2027, 10, 9)) == DayKind::make_up_working);
  CHECK(calendar.is_working_day(d(2027, 9, 26)));
}

TEST_CASE("a notice that does not read or does not hold together names its line", "[calendar]") {
  const auto refused = [](std::string_view text) {
    const Result<YearArrangement> a = parse_arrangement_text(2027, text);
    REQUIRE_FALSE(a.ok());
    CHECK_FALSE(a.problem().message_zh.empty());
    return a.problem();
  };
  Problem p = refused("2027-10-01 ~ 2027-10-07 休\n2027-10-32 班\n");
  CHECK(p.code == "bad_line");
  CHECK(p.path == "line 2");
  CHECK(p.message_en.starts_with("Line 2: "));
  CHECK(p.message_zh.starts_with("第 2 行："));

  CHECK(refused("2027-10-01 ~ 2027-10-07\n").code == "bad_line");           // no 休 / 班
  CHECK(refused("2027-10-01 ~ 2027-10-07 休 班\n").code == "bad_line");     // both
  CHECK(refused("2027-09-25 ~ 2027-09-26 班\n").code == "bad_line");        // a range worked
  CHECK(refused("# nothing yet\n\n").code == "empty_notice");

  // Checked as a whole, the problem still points at the line it came from.
  p = refused("# 2027\n2027-10-01 ~ 2027-10-07 休\n2027-09-27 班\n");  // a Monday
  CHECK(p.code == "make_up_not_weekend");
  CHECK(p.path == "line 3");
  CHECK(p.message_en == "Line 3: 2027-09-27 is a Monday: a make-up working day is a Saturday or Sunday.");
  CHECK(p.message_zh == "第 3 行：2027-09-27 是星期一，调休上班日须为星期六或星期日。");

  p = refused("2027-10-01 ~ 2027-10-07 休\n2027-05-01 ~ 2027-05-05 休\n2027-10-05 ~ 2027-10-09 休\n");
  CHECK(p.code == "overlapping_breaks");
  CHECK(p.path == "line 3");
  CHECK(refused("2027-10-07 ~ 2027-10-01 休\n").code == "ends_before_start");
  CHECK(refused("2026-12-31 ~ 2027-01-02 休\n").code == "outside_year");
  p = refused("2027-10-01 ~ 2027-10-07 休\n\n2027-10-02 班\n");  // a Saturday inside the break
  CHECK(p.code == "make_up_in_break");
  CHECK(p.path == "line 3");
}

TEST_CASE("whose notice decides a year, and which year the planner asks for", "[calendar]") {
  const YearArrangement own{2027, {{d(2027, 10, 1), d(2027, 10, 7)}}, {}};
  CHECK(arrangement_source({}, 2026) == ArrangementSource::shipped);
  CHECK(arrangement_source({}, 2027) == ArrangementSource::legal_default);
  CHECK(arrangement_source({own}, 2027) == ArrangementSource::own);
  CHECK_FALSE(has_arrangement({}, 2027));
  CHECK(has_arrangement({own}, 2027));

  CHECK(year_without_notice({}, d(2026, 10, 31)) == std::nullopt);  // November is when it appears
  CHECK(year_without_notice({}, d(2026, 11, 1)) == 2027);
  CHECK(year_without_notice({own}, d(2026, 12, 3)) == std::nullopt);
  CHECK(year_without_notice({own}, d(2027, 3, 1)) == std::nullopt);
  CHECK(year_without_notice({}, d(2027, 3, 1)) == 2027);
  CHECK(year_without_notice({own}, d(2027, 11, 2)) == 2028);
}
