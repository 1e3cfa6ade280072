// The names of coded values (steps, sources, product categories) a report's
// HTML and CSV print. The UI passes its string tables (ui/strings/enum_labels.h,
// the one place the app names them); without them (the CLI) a report prints
// the codes of core/model/codes.h. The report's own words (titles, column
// headings, sentences) are in both languages in core/reports, as the CLI and
// the hand-in need them too.
#pragma once
#include <functional>
#include <string>

#include "core/model/codes.h"

namespace rm {

struct ReportLabels {
  bool chinese = true;
  std::function<std::string(SalesStep)> step = [](SalesStep s) { return std::string(code_of(s)); };
  std::function<std::string(FindingChannel)> source = [](FindingChannel s) { return std::string(code_of(s)); };
  std::function<std::string(ProductCategory)> category = [](ProductCategory c) {
    return std::string(code_of(c));
  };
  // zh or en, as the report's language.
  const char* pick(const char* zh, const char* en) const { return chinese ? zh : en; }
};

}  // namespace rm
