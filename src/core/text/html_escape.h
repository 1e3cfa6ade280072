// Text put into HTML (the financial plan's file, core/plan/plan_html.h; the
// reports' pages, core/reports/report_html.h): the
// five characters HTML gives a meaning are written as entities, so a name such
// as "<script>" prints as itself and never runs.
#pragma once
#include <string>
#include <string_view>

namespace rm {

std::string html_escape(std::string_view text);

}  // namespace rm
