// The calendar periods contact rules count in (contact_policy.h): year =
// Jan–Dec, quarter, month, week = Monday–Sunday. Half-open [start, end).
#pragma once
#include <vector>

#include "core/civil_date.h"
#include "core/policy/contact_policy.h"

namespace rm {

struct Period {
  Date start;
  Date end;  // exclusive
  int days() const { return end - start; }
  bool contains(Date d) const { return d >= start && d < end; }
};

// Requires a calendar period (not days_after_event).
Period period_containing(RulePeriod period, Date date);
std::vector<Period> periods_overlapping(RulePeriod period, Date from, Date to);
Period intersect(Period a, Period b);  // days() <= 0 when disjoint

}  // namespace rm
