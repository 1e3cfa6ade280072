// The book's own holiday notices (docs/domain.md, "Working calendar"): saved
// and deleted as undoable edits of the settings, refused with a reason, read
// back from the bundle, and followed by the planner's calendar at once.
#include "command_fixture.h"

#include "app/planner_view.h"
#include "core/calendar/holiday_notice.h"
#include "core/planner/planner_context.h"
#include "core/policy/policy_presets.h"
#include "store/bundle.h"

#include <fstream>
#include <sstream>

using namespace rm;
using namespace rm::test;

namespace {

Date d(int y, int m, int day) { return Date::from_ymd(y, m, day); }

// An example 2027 National Day break (the 2027 notice is not in the shipped
// years): 1–7 October off, Sunday 26 September and Saturday 9 October worked.
YearArrangement national_day_2027() {
  return {2027, {{d(2027, 10, 1), d(2027, 10, 7)}}, {d(2027, 9, 26), d(2027, 10, 9)}};
}

std::string read_test_file(const std::string& name) {
  std::ifstream in(std::string(RM_TEST_DATA) + "/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("a year's own notice is saved, followed by the planner, and undone", "[calendar]") {
  CommandFixture f;
  PlannerView view;
  CHECK(view.figures(f.ws, f.today).context->calendar().is_working_day(d(2027, 10, 6)));  // the legal default

  REQUIRE(f.run(SaveYearArrangement{national_day_2027()}).ok());
  REQUIRE(f.ws.book().settings.holiday_arrangements.size() == 1);
  CHECK(f.ws.book().settings.holiday_arrangements[0] == national_day_2027());
  const WorkingCalendar& calendar = view.figures(f.ws, f.today).context->calendar();
  CHECK(calendar.kind(d(2027, 10, 6)) == DayKind::day_off);
  CHECK(calendar.kind(d(2027, 10, 9)) == DayKind::make_up_working);

  // Saved with the next journal entry, though no record changed.
  const auto entry = f.ws.take_unsaved(f.clock);
  REQUIRE(entry);
  Result<Book> back = load_bundle(entry->delta);
  REQUIRE(back.ok());
  REQUIRE(back.value().settings.holiday_arrangements.size() == 1);
  CHECK(back.value().settings.holiday_arrangements[0] == national_day_2027());

  REQUIRE(f.undo());
  CHECK(f.ws.book().settings.holiday_arrangements.empty());
  CHECK(view.figures(f.ws, f.today).context->calendar().is_working_day(d(2027, 10, 6)));
}

TEST_CASE("a saved notice replaces the year's, and deleting it goes back to the shipped one", "[calendar]") {
  CommandFixture f;
  // A correction of 2026: 8 October off too (an example, not the notice).
  YearArrangement y2026{2026, {{d(2026, 10, 1), d(2026, 10, 8)}}, {}};
  REQUIRE(f.run(SaveYearArrangement{national_day_2027()}).ok());
  REQUIRE(f.run(SaveYearArrangement{y2026}).ok());
  const auto& own = f.ws.book().settings.holiday_arrangements;
  REQUIRE(own.size() == 2);
  CHECK(own[0].year == 2026);  // kept by year
  PlannerView view;
  CHECK(view.figures(f.ws, f.today).context->calendar().kind(d(2026, 10, 8)) == DayKind::day_off);
  CHECK(view.figures(f.ws, f.today).context->calendar().kind(d(2026, 10, 10)) == DayKind::weekend);

  y2026.days_off.push_back({d(2026, 12, 31), d(2026, 12, 31)});
  REQUIRE(f.run(SaveYearArrangement{y2026}).ok());
  CHECK(f.ws.book().settings.holiday_arrangements[0].days_off.size() == 2);

  REQUIRE(f.run(DeleteYearArrangement{2026}).ok());
  REQUIRE(f.ws.book().settings.holiday_arrangements.size() == 1);
  CHECK(view.figures(f.ws, f.today).context->calendar().kind(d(2026, 10, 8)) == DayKind::working);
  CHECK(view.figures(f.ws, f.today).context->calendar().kind(d(2026, 10, 10)) == DayKind::make_up_working);
  CHECK(f.refused(DeleteYearArrangement{2026}).code == "no_such_arrangement");
}

TEST_CASE("a notice that does not hold together is refused in both languages", "[calendar]") {
  CommandFixture f;
  YearArrangement a = national_day_2027();
  a.make_up_working_days.push_back(d(2027, 9, 27));  // a Monday
  Problem p = f.refused(SaveYearArrangement{a});
  CHECK(p.code == "make_up_not_weekend");
  CHECK(p.path == "make_up_working_days[2]");
  CHECK(p.message_en.starts_with("Not saved — 2027-09-27 is a Monday"));

  a = national_day_2027();
  a.days_off.push_back({d(2027, 10, 7), d(2027, 10, 8)});
  CHECK(f.refused(SaveYearArrangement{a}).code == "overlapping_breaks");
  a = national_day_2027();
  a.make_up_working_days.push_back(d(2027, 10, 2));
  CHECK(f.refused(SaveYearArrangement{a}).code == "make_up_in_break");
  a = national_day_2027();
  a.days_off.push_back({d(2028, 1, 1), d(2028, 1, 1)});
  CHECK(f.refused(SaveYearArrangement{a}).code == "outside_year");
  a = national_day_2027();
  a.year = 1999;
  CHECK(f.refused(SaveYearArrangement{a}).code == "bad_year");
  a = YearArrangement{2027, {}, {}};
  for (int i = 0; i < 41; ++i) a.days_off.push_back({d(2027, 1, 1).plus_days(2 * i), d(2027, 1, 1).plus_days(2 * i)});
  CHECK(f.refused(SaveYearArrangement{a}).code == "too_many_breaks");
}

TEST_CASE("the notice commands read their JSON form", "[calendar]") {
  CommandFixture f;
  REQUIRE(f.run_json(R"({"command":"save_year_arrangement","year":2027,
      "days_off":[{"first":"2027-10-01","last":"2027-10-07"}],
      "make_up_working_days":["2027-09-26","2027-10-09"]})")
              .ok());
  REQUIRE(f.ws.book().settings.holiday_arrangements.size() == 1);
  CHECK(f.ws.book().settings.holiday_arrangements[0] == national_day_2027());

  Result<Command> bad = command_from_json(std::string_view(R"({"command":"save_year_arrangement","year":2027,
      "days_off":[{"first":"2027-10-01","to":"2027-10-07"}]})"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().path == "days_off[0].last");
  bad = command_from_json(std::string_view(R"({"command":"save_year_arrangement","year":2027,"make_up_working_days":["9/26"]})"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().path == "make_up_working_days");

  REQUIRE(f.run_json(R"({"command":"delete_year_arrangement","year":2027})").ok());
  CHECK(f.ws.book().settings.holiday_arrangements.empty());
}

TEST_CASE("the book's own notice is in the PlannerContext's calendar", "[calendar]") {
  Book book;
  const Policy policy = bank_a_policy();
  const Date today = d(2027, 3, 1);
  {
    const PlannerContext ctx(book, policy, today);
    CHECK(ctx.calendar().is_working_day(d(2027, 10, 6)));  // National Day is 1–3 October by default
    CHECK_FALSE(ctx.calendar().is_working_day(d(2027, 10, 9)));
  }
  book.settings.holiday_arrangements.push_back(national_day_2027());
  const PlannerContext ctx(book, policy, today);
  CHECK(ctx.calendar().kind(d(2027, 10, 6)) == DayKind::day_off);
  CHECK(ctx.calendar().kind(d(2027, 10, 9)) == DayKind::make_up_working);
  CHECK(ctx.at_work(d(2027, 9, 26)));
  // Arrangements the caller passes still win over the book's.
  PlannerSettings settings;
  settings.holiday_arrangements.push_back({2027, {}, {}});
  const PlannerContext overridden(book, policy, today, settings);
  CHECK(overridden.calendar().is_working_day(d(2027, 10, 6)));
}

TEST_CASE("the book's own notices round-trip in the bundle and are checked", "[calendar]") {
  auto doc = nlohmann::json::parse(read_test_file("bundle_v4.json"));
  doc["schema_version"] = 5;
  doc["settings"]["holiday_arrangements"] = nlohmann::json::parse(R"([{"year": 2027,
      "days_off": [{"first": "2027-10-01", "last": "2027-10-07"}],
      "make_up_working_days": ["2027-09-26", "2027-10-09"]}])");
  const auto ok = load_bundle(doc.dump());
  REQUIRE(ok.ok());
  REQUIRE(ok.value().settings.holiday_arrangements.size() == 1);
  CHECK(ok.value().settings.holiday_arrangements[0] == national_day_2027());
  const auto saved = nlohmann::json::parse(save_bundle(ok.value()));
  CHECK(saved["settings"]["holiday_arrangements"] == doc["settings"]["holiday_arrangements"]);

  doc["settings"]["holiday_arrangements"][0]["make_up_working_days"][1] = "2027-10-32";
  const auto bad = load_bundle(doc.dump());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().path == "settings.holiday_arrangements[0].make_up_working_days[1]");
}
