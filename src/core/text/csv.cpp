#include "core/text/csv.h"

namespace rm::csv {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string quoted(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}
}  // namespace

bool formula_prefix(std::string_view value) {
  if (value.empty()) return false;
  switch (value.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r': return true;
    default: return false;
  }
}

std::string field(std::string_view value) {
  if (formula_prefix(value)) return quoted("'" + std::string(value));
  return quoted(value);
}

Writer::Writer() : out_(kBom) {}

void Writer::separator() {
  if (row_open_) out_ += ',';
  row_open_ = true;
}

Writer& Writer::cell(std::string_view text) {
  separator();
  out_ += field(text);
  return *this;
}

Writer& Writer::number(std::string_view formatted) {
  separator();
  out_ += quoted(formatted);
  return *this;
}

Writer& Writer::row(const std::vector<std::string>& cells) {
  for (const std::string& c : cells) cell(c);
  end_row();
  return *this;
}

void Writer::end_row() {
  out_ += "\r\n";
  row_open_ = false;
}

bool parse(std::string_view text, std::vector<std::vector<std::string>>& rows) {
  rows.clear();
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    std::vector<std::string> row;
    for (;;) {
      std::string f;
      if (i < n && text[i] == '"') {
        ++i;
        for (;;) {
          if (i >= n) return false;  // quote never closed
          if (text[i] == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              f += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          f += text[i++];
        }
        if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') return false;
      } else {
        while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
          if (text[i] == '"') return false;  // a bare quote inside an unquoted field
          f += text[i++];
        }
      }
      row.push_back(std::move(f));
      if (i < n && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < n && text[i] == '\r') ++i;
      if (i < n && text[i] == '\n') ++i;
      break;
    }
    rows.push_back(std::move(row));
  }
  return true;
}

}  // namespace rm::csv
