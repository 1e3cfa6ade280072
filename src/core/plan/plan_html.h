// The financial plan as one self-contained, print-ready HTML file: UTF-8, no
// external resource (fonts from the system, charts as inline SVG, styles
// inline), A4 pages with a page break before each of the six parts of
// docs/domain.md §4, Chinese first with English headings beside. Every text
// a person typed (names, goals, the manager's texts, product names) is
// HTML-escaped. The 360° Plan tab downloads it; `rmplanner plan` writes it.
#pragma once
#include <string>

#include "core/plan/plan_document.h"

namespace rm {

std::string plan_html(const PlanDocument& doc);

// The six ratios' names as the plan prints them ("偿付比率 Solvency ratio" …),
// in the order of docs/domain.md §4.
std::string_view ratio_name_zh(size_t i);
std::string_view ratio_name_en(size_t i);

}  // namespace rm
