// A validated date field: "YYYY-MM-DD" typed as text, optionally as a Chinese
// lunar (农历) date with a leap-month (闰月) mark. The field keeps the text the
// person typed; parse_date_input() says whether it is a real date, so a form
// can show an inline message and refuse to save.
#pragma once
#include <optional>
#include <string>

#include "core/calendar/lunar_calendar.h"
#include "core/civil_date.h"
#include "ui/text.h"

namespace rm::ui {

struct DateInputState {
  std::string text;    // as typed: "1985-08-15"
  bool lunar = false;  // the text is a lunar year-month-day
  bool leap = false;   // lunar only: the leap month after `month`
};

struct DateValue {
  std::optional<Date> solar;       // the solar date (for a lunar entry: its conversion)
  std::optional<LunarDate> lunar;  // set for a lunar entry
};

enum class DateError { none, format, no_such_date, no_such_lunar_date };

// Empty text is a valid, empty value.
DateError parse_date_input(const DateInputState& state, DateValue& out);
const Text& date_error_text(DateError error);
DateInputState date_input_from(std::optional<Date> solar, std::optional<LunarDate> lunar = std::nullopt);

// Draws the text field and, when ALLOW_LUNAR, the 农历 / 闰月 checkboxes
// (automation ids ID, ID.lunar, ID.leap). For a valid lunar entry it shows the
// solar date and this year's solar date (TODAY's year). Returns true on change.
bool date_input(const std::string& automation_id, DateInputState& state, bool allow_lunar, Date today,
                float width = 120.0f);

}  // namespace rm::ui
