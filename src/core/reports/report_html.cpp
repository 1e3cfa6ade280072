#include "core/reports/report_html.h"

namespace rm::report {

HtmlPage::HtmlPage(std::string_view title, bool chinese) {
  out_ = "<!DOCTYPE html>\n<html lang=\"";
  out_ += chinese ? "zh-CN" : "en";
  out_ += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
          "</title>\n<style>\n"
          "@page { size: A4; margin: 15mm; }\n"
          "body { font-family: \"Noto Sans SC\", \"Microsoft YaHei\", sans-serif; font-size: 10pt; color: #000; }\n"
          "h1 { font-size: 14pt; } h2 { font-size: 12pt; margin-top: 1.2em; }\n"
          "table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }\n"
          "th, td { border: 1px solid #666; padding: 2px 4px; vertical-align: top; }\n"
          "th { background: #eee; } td.n { text-align: right; white-space: nowrap; }\n"
          "tfoot td { font-weight: bold; background: #f4f4f4; }\n"
          "tr { page-break-inside: avoid; }\n"
          "</style>\n</head>\n<body>\n<h1>" +
          html_escape(title) + "</h1>\n";
}

HtmlPage& HtmlPage::heading(std::string_view text) {
  out_ += "<h2>" + html_escape(text) + "</h2>\n";
  return *this;
}

HtmlPage& HtmlPage::paragraph(std::string_view text) {
  out_ += "<p>" + html_escape(text) + "</p>\n";
  return *this;
}

HtmlPage& HtmlPage::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                          const std::vector<std::string>& totals, const std::vector<bool>& numeric) {
  const auto cell = [&](const std::string& tag, size_t i, const std::string& text) {
    const bool right = tag == "td" && i < numeric.size() && numeric[i];
    out_ += "<" + tag + (right ? " class=\"n\">" : ">") + html_escape(text) + "</" + tag + ">";
  };
  out_ += "<table>\n<thead><tr>";
  for (size_t i = 0; i < header.size(); ++i) cell("th", i, header[i]);
  out_ += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out_ += "<tr>";
    for (size_t i = 0; i < row.size(); ++i) cell("td", i, row[i]);
    out_ += "</tr>\n";
  }
  out_ += "</tbody>\n";
  if (!totals.empty()) {
    out_ += "<tfoot><tr>";
    for (size_t i = 0; i < totals.size(); ++i) cell("td", i, totals[i]);
    out_ += "</tr></tfoot>\n";
  }
  out_ += "</table>\n";
  return *this;
}

std::string HtmlPage::finish() {
  out_ += "</body>\n</html>\n";
  return std::move(out_);
}

}  // namespace rm::report
