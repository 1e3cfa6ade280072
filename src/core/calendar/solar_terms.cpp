// The sun's apparent longitude by the low-precision series of J. Meeus,
// "Astronomical Algorithms" ch. 25 (about 0.01°, i.e. about 15 minutes of
// time), with ΔT (terrestrial minus universal time) from the Espenak-Meeus
// polynomials. Against lunar-javascript's full theory this gives the same
// Qingming date for every year 1900-2100 (the closest call is 1943, about
// 4.5 minutes from midnight); tests/unit/calendar_holidays_test.cpp pins all
// 201 years, so a change that moves any of them fails loudly.
#include "core/calendar/solar_terms.h"

#include <cmath>

namespace rm {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kJulianDayOfEpoch = 2440587.5;  // 1970-01-01 00:00 UT
constexpr double kJ2000 = 2451545.0;

double normalize_degrees(double x) {
  x = std::fmod(x, 360.0);
  return x < 0 ? x + 360.0 : x;
}

double apparent_solar_longitude(double julian_ephemeris_day) {
  const double t = (julian_ephemeris_day - kJ2000) / 36525.0;
  const double mean_longitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double mean_anomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * kDegToRad;
  const double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(mean_anomaly) +
                        (0.019993 - 0.000101 * t) * std::sin(2 * mean_anomaly) +
                        0.000289 * std::sin(3 * mean_anomaly);
  const double node = (125.04 - 1934.136 * t) * kDegToRad;
  return normalize_degrees(mean_longitude + centre - 0.00569 - 0.00478 * std::sin(node));
}

// ΔT in seconds, Espenak & Meeus (NASA eclipse pages), pieces for 1900-2150.
double delta_t_seconds(double year) {
  const double t = year - 2000.0;
  if (year < 1920) {
    const double u = year - 1900;
    return -2.79 + 1.494119 * u - 0.0598939 * u * u + 0.0061966 * u * u * u - 0.000197 * u * u * u * u;
  }
  if (year < 1941) {
    const double u = year - 1920;
    return 21.20 + 0.84493 * u - 0.076100 * u * u + 0.0020936 * u * u * u;
  }
  if (year < 1961) {
    const double u = year - 1950;
    return 29.07 + 0.407 * u - u * u / 233 + u * u * u / 2547;
  }
  if (year < 1986) {
    const double u = year - 1975;
    return 45.45 + 1.067 * u - u * u / 260 - u * u * u / 718;
  }
  if (year < 2005) {
    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t +
           0.00002373599 * t * t * t * t * t;
  }
  if (year < 2050) return 62.92 + 0.32217 * t + 0.005589 * t * t;
  const double u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

}  // namespace

Date solar_term_date(int year, int month_hint, double longitude_degrees) {
  const Date guess = Date::from_ymd(year, month_hint, 15);
  double jde = kJulianDayOfEpoch + guess.days();
  // Newton steps on longitude: the sun moves about 360° per tropical year.
  for (int i = 0; i < 8; ++i) {
    double gap = longitude_degrees - apparent_solar_longitude(jde);
    if (gap > 180) gap -= 360;
    if (gap < -180) gap += 360;
    jde += gap * 365.2422 / 360.0;
  }
  const double universal = jde - delta_t_seconds(year) / 86400.0;
  const double beijing_days_since_epoch = universal - kJulianDayOfEpoch + 8.0 / 24.0;
  return Date(static_cast<int32_t>(std::floor(beijing_days_since_epoch)));
}

Date qingming(int year) { return solar_term_date(year, 4, 15.0); }
Date winter_solstice(int year) { return solar_term_date(year, 12, 270.0); }

}  // namespace rm
