// Solar terms (节气) are fixed by the sun's apparent longitude, not by the
// moon, so Qingming (清明, longitude 15°) moves between 4 and 6 April. The
// date is the day in China Standard Time (UTC+8) on which the sun reaches the
// longitude, as Chinese almanacs print it.
#pragma once
#include "core/civil_date.h"

namespace rm {

// Any of the 24 terms: longitude in degrees (0 = 春分 … 15 = 清明 … 270 = 冬至).
// Valid 1900-2100; the month hint is the Gregorian month the term falls in.
Date solar_term_date(int year, int month_hint, double longitude_degrees);

Date qingming(int year);        // 清明, longitude 15°
Date winter_solstice(int year);  // 冬至, longitude 270°

}  // namespace rm
