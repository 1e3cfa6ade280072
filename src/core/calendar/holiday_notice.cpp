#include "core/calendar/holiday_notice.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace rm {
namespace {

Problem problem(std::string code, std::string path, std::string en, std::string zh) {
  return Problem{std::move(code), std::move(path), std::move(en), std::move(zh)};
}

std::string range_text(const DayRange& r) { return r.first == r.last ? r.first.iso() : r.first.iso() + " ~ " + r.last.iso(); }

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // A full-width space (U+3000), as Chinese input methods type one.
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  if (s.starts_with(kIdeographicSpace)) return trim(s.substr(kIdeographicSpace.size()));
  if (s.ends_with(kIdeographicSpace)) return trim(s.substr(0, s.size() - kIdeographicSpace.size()));
  return s;
}

// Consumes a leading "YYYY-MM-DD" (also "YYYY/MM/DD", as notices are copied
// from spreadsheets).
std::optional<Date> take_date(std::string_view& s) {
  if (s.size() < 10) return std::nullopt;
  std::string text(s.substr(0, 10));
  if (text[4] == '/' && text[7] == '/') text[4] = text[7] = '-';
  const std::optional<Date> d = Date::parse_iso(text);
  if (d) s = trim(s.substr(10));
  return d;
}

bool take(std::string_view& s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = s[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != word[i]) return false;
  }
  s = trim(s.substr(word.size()));
  return true;
}

}  // namespace

ArrangementSource arrangement_source(const std::vector<YearArrangement>& own, int year) {
  const auto of_year = [&](const YearArrangement& a) { return a.year == year; };
  if (std::any_of(own.begin(), own.end(), of_year)) return ArrangementSource::own;
  const std::vector<YearArrangement> shipped = official_arrangements();
  if (std::any_of(shipped.begin(), shipped.end(), of_year)) return ArrangementSource::shipped;
  return ArrangementSource::legal_default;
}

bool has_arrangement(const std::vector<YearArrangement>& own, int year) {
  return arrangement_source(own, year) != ArrangementSource::legal_default;
}

std::optional<int> year_without_notice(const std::vector<YearArrangement>& own, Date today) {
  const Ymd t = today.ymd();
  if (!has_arrangement(own, t.year)) return t.year;
  if (t.month >= 11 && !has_arrangement(own, t.year + 1)) return t.year + 1;
  return std::nullopt;
}

Problems validate_arrangement(const YearArrangement& a) {
  Problems out;
  const std::string year = std::to_string(a.year);
  if (a.year < kFirstArrangementYear || a.year > kLastArrangementYear) {
    out.push_back(problem("bad_year", "year", "The year must be between 2000 and 2100.", "年份须在 2000 至 2100 之间。"));
    return out;
  }
  if (a.days_off.size() > kMaxArrangementRanges)
    out.push_back(problem("too_many_breaks", "days_off", "A year has at most 40 holiday breaks.",
                          "每年最多 40 段假期。"));
  // Only the year's own days: the calendar reads a notice for its year alone,
  // so a date of another year would silently do nothing.
  const auto outside = [&](Date d, const std::string& path) {
    out.push_back(problem("outside_year", path, d.iso() + " is not in " + year + ".", d.iso() + " 不在 " + year + " 年内。"));
  };
  for (size_t i = 0; i < a.days_off.size(); ++i) {
    const DayRange& r = a.days_off[i];
    const std::string path = "days_off[" + std::to_string(i) + "]";
    if (r.first.year() != a.year) outside(r.first, path);
    else if (r.last.year() != a.year) outside(r.last, path);
    else if (r.last < r.first)
      out.push_back(problem("ends_before_start", path,
                            "The break " + r.first.iso() + " ~ " + r.last.iso() + " ends before it begins.",
                            "假期 " + r.first.iso() + " ~ " + r.last.iso() + " 的结束日早于开始日。"));
  }
  std::vector<size_t> order(a.days_off.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return a.days_off[x].first != a.days_off[y].first ? a.days_off[x].first < a.days_off[y].first : x < y;
  });
  for (size_t k = 1; k < order.size(); ++k) {
    const DayRange& before = a.days_off[order[k - 1]];
    const DayRange& r = a.days_off[order[k]];
    if (r.first <= before.last) {
      const size_t later = std::max(order[k - 1], order[k]);  // the one entered second
      const DayRange& other = later == order[k] ? before : r;
      out.push_back(problem("overlapping_breaks", "days_off[" + std::to_string(later) + "]",
                            "The break " + range_text(a.days_off[later]) + " overlaps " + range_text(other) + ".",
                            "假期 " + range_text(a.days_off[later]) + " 与 " + range_text(other) + " 重叠。"));
    }
  }
  static constexpr std::array<const char*, 8> kEn{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "", ""};
  static constexpr std::array<const char*, 8> kZh{"", "星期一", "星期二", "星期三", "星期四", "星期五", "", ""};
  for (size_t i = 0; i < a.make_up_working_days.size(); ++i) {
    const Date d = a.make_up_working_days[i];
    const std::string path = "make_up_working_days[" + std::to_string(i) + "]";
    if (d.year() != a.year) {
      outside(d, path);
      continue;
    }
    if (d.weekday() < 6) {
      const auto w = static_cast<size_t>(d.weekday());
      out.push_back(problem("make_up_not_weekend", path,
                            d.iso() + " is a " + kEn[w] + ": a make-up working day is a Saturday or Sunday.",
                            d.iso() + " 是" + kZh[w] + "，调休上班日须为星期六或星期日。"));
      continue;
    }
    for (const DayRange& r : a.days_off)
      if (d >= r.first && d <= r.last) {
        out.push_back(problem("make_up_in_break", path, d.iso() + " lies inside the break " + range_text(r) + ".",
                              d.iso() + " 在假期 " + range_text(r) + " 之内。"));
        break;
      }
    if (std::find(a.make_up_working_days.begin(), a.make_up_working_days.begin() + static_cast<std::ptrdiff_t>(i), d) !=
        a.make_up_working_days.begin() + static_cast<std::ptrdiff_t>(i))
      out.push_back(problem("duplicate_day", path, d.iso() + " is listed twice.", d.iso() + " 重复出现。"));
  }
  return out;
}

Result<YearArrangement> parse_arrangement_text(int year, std::string_view text) {
  YearArrangement a{year, {}, {}};
  std::vector<int> range_lines, day_lines;  // the line each entry came from
  int line_no = 0;
  const auto at_line = [](int n, Problem p) {
    p.message_en = "Line " + std::to_string(n) + ": " + p.message_en;
    p.message_zh = "第 " + std::to_string(n) + " 行：" + p.message_zh;
    p.path = "line " + std::to_string(n);
    return p;
  };
  for (bool more = true; more;) {
    const size_t end = text.find('\n');
    std::string_view line = trim(text.substr(0, end));
    more = end != std::string_view::npos;
    text = more ? text.substr(end + 1) : std::string_view{};
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const auto bad = [&] {
      return at_line(line_no, problem("bad_line", "",
                                      "expected \"YYYY-MM-DD ~ YYYY-MM-DD 休\" (a break) or \"YYYY-MM-DD 班\" "
                                      "(a make-up working day).",
                                      "应为“YYYY-MM-DD ~ YYYY-MM-DD 休”（假期）或“YYYY-MM-DD 班”（调休上班）。"));
    };
    const std::optional<Date> first = take_date(line);
    if (!first) return bad();
    std::optional<Date> last;
    if (take(line, "~") || take(line, "\xEF\xBD\x9E") /* ～ */ || take(line, "-") || take(line, "\xE8\x87\xB3") /* 至 */ ||
        take(line, "to")) {
      last = take_date(line);
      if (!last) return bad();
    }
    if (take(line, "\xE4\xBC\x91") /* 休 */ || take(line, "\xE6\x94\xBE\xE5\x81\x87") /* 放假 */ || take(line, "off")) {
      if (!line.empty()) return bad();
      a.days_off.push_back({*first, last.value_or(*first)});
      range_lines.push_back(line_no);
    } else if (take(line, "\xE7\x8F\xAD") /* 班 */ || take(line, "\xE4\xB8\x8A\xE7\x8F\xAD") /* 上班 */ ||
               take(line, "work")) {
      if (!line.empty()) return bad();
      if (last && *last != *first)
        return at_line(line_no, problem("bad_line", "", "a make-up working day is one date, not a range.",
                                        "调休上班日应为单个日期，而非日期段。"));
      a.make_up_working_days.push_back(*first);
      day_lines.push_back(line_no);
    } else {
      return bad();
    }
  }
  if (a.days_off.empty() && a.make_up_working_days.empty())
    return problem("empty_notice", "", "The notice has no days: enter a line per break or make-up day.",
                   "通知中没有日期，请每行填写一段假期或一个调休上班日。");
  const Problems problems = validate_arrangement(a);
  if (problems.empty()) return a;
  // Point at the line the entry came from rather than its index.
  Problem first = problems.front();
  const auto index = [&](std::string_view key) {
    return static_cast<size_t>(std::stoul(first.path.substr(key.size())));
  };
  if (first.path.starts_with("days_off[")) return at_line(range_lines[index("days_off[")], first);
  if (first.path.starts_with("make_up_working_days["))
    return at_line(day_lines[index("make_up_working_days[")], first);
  return first;
}

std::string arrangement_text(const YearArrangement& a) {
  std::string out;
  for (const DayRange& r : a.days_off) out += range_text(r) + " 休\n";
  for (const Date d : a.make_up_working_days) out += d.iso() + " 班\n";
  return out;
}

}  // namespace rm
