// A year's holiday notice (放假安排) as the manager enters it: checked as a
// whole (validate_arrangement), read from the plain line format of Settings →
// Working calendar (parse_arrangement_text, docs/domain.md "Working
// calendar"), written back in that format to edit, and where a year's working
// days come from (the book's own notice, the shipped one, or neither).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/official_arrangements.h"
#include "core/problem.h"

namespace rm {

inline constexpr int kFirstArrangementYear = 2000;
inline constexpr int kLastArrangementYear = 2100;
inline constexpr size_t kMaxArrangementRanges = 40;

// Whose notice decides a year's working days.
enum class ArrangementSource { own, shipped, legal_default };

ArrangementSource arrangement_source(const std::vector<YearArrangement>& own, int year);
// A notice for YEAR, the book's own or a shipped one: without one, the
// working days follow the legal default (statutory_holidays.h).
bool has_arrangement(const std::vector<YearArrangement>& own, int year);
// The year whose notice the planner should ask for on TODAY: this year when it
// has none, else from November (when the next year's notice is published)
// the next year when it has none; nullopt when both are known.
std::optional<int> year_without_notice(const std::vector<YearArrangement>& own, Date today);

// Every problem of A, each with its path ("year", "days_off[2]",
// "make_up_working_days[0]"): the year lies in 2000–2100; every date lies in
// that year; first ≤ last; no two breaks overlap; at most 40 breaks; a make-up
// day is a Saturday or Sunday and not inside a break.
Problems validate_arrangement(const YearArrangement& a);

// One notice in lines, blank lines and lines starting with '#' ignored:
//   2027-10-01 ~ 2027-10-07 休     a break (also "-", "至", "to"; "off")
//   2027-10-01 休                  a single day off
//   2027-09-26 班                  a make-up working day (also "work")
// A refusal names the first line at fault ("line 3") in both languages.
Result<YearArrangement> parse_arrangement_text(int year, std::string_view text);
// A in that format, breaks then make-up days, so a saved notice can be edited.
std::string arrangement_text(const YearArrangement& a);

}  // namespace rm
