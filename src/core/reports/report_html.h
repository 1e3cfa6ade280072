// The printable pages of the reports (docs/domain.md §3 "Written reports"):
// one self-contained HTML page per report — no script, no outside file, its
// style inline with an @page rule so the browser's "Print" gives an A4 sheet
// the manager hands in. Every text from the book is escaped here, so a client
// name like "<script>" prints as text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/text/html_escape.h"

namespace rm::report {

class HtmlPage {
 public:
  HtmlPage(std::string_view title, bool chinese);
  HtmlPage& heading(std::string_view text);     // <h2>
  HtmlPage& paragraph(std::string_view text);   // <p>
  // A table: the header row, the body rows and (when not empty) a totals row
  // in <tfoot>. Cells are text; NUMERIC[i] right-aligns column i.
  HtmlPage& table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                  const std::vector<std::string>& totals = {}, const std::vector<bool>& numeric = {});
  std::string finish();  // closes the page

 private:
  std::string out_;
};

}  // namespace rm::report
