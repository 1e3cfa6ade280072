// The one CSV writer of the app: every CSV a user can download (clients,
// pipeline, anything added later) is built here, so quoting and the
// spreadsheet-formula defence cannot differ between exports.
//
// Output is what Excel and WPS open with Chinese intact: UTF-8 with a
// byte-order mark, CRLF line ends, RFC 4180 quoting (a field holding a comma,
// quote, CR or LF is quoted, quotes doubled).
//
// Formula neutralising (OWASP "CSV injection"): a cell whose first character
// is = + - @, a tab or a CR would be evaluated by a spreadsheet as a formula
// (a client name "=HYPERLINK(...)" typed into the book would run on the
// supervisor's machine). Such a cell gets a leading apostrophe, which every
// spreadsheet shows as text. Numbers the app itself writes (amounts, counts)
// never start with those characters except a minus sign, so cells meant as
// numbers go through number() and are written as they are.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rm::csv {

// One text cell, neutralised and quoted as needed.
std::string field(std::string_view value);

// True when FIELD's first character would make a spreadsheet read a formula.
bool formula_prefix(std::string_view value);

class Writer {
 public:
  Writer();  // starts with the byte-order mark
  // A text cell (neutralised, quoted as needed).
  Writer& cell(std::string_view text);
  // A cell the app formatted as a number ("-12.50", "3"): quoted if it holds
  // a comma, never prefixed, so spreadsheets read it as a number.
  Writer& number(std::string_view formatted);
  Writer& row(const std::vector<std::string>& cells);  // text cells, then end_row()
  void end_row();
  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separator();
  std::string out_;
  bool row_open_ = false;
};

// The parser used by the tests (and anyone checking a file we wrote):
// RFC 4180 records, the byte-order mark skipped. Returns false on a quote
// that is not closed or text after a closing quote.
bool parse(std::string_view text, std::vector<std::vector<std::string>>& rows);

}  // namespace rm::csv
