#include "cli/cli_args.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace rm::cli {

std::optional<Args> parse_args(int argc, char** argv, const ArgSpec& spec, std::string& error) {
  Args out;
  auto takes_value = [&](std::string_view name) {
    return std::find(spec.value_options.begin(), spec.value_options.end(), name) != spec.value_options.end();
  };
  auto is_flag = [&](std::string_view name) {
    return std::find(spec.flags.begin(), spec.flags.end(), name) != spec.flags.end();
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h") {
      out.flags.insert("help");
      continue;
    }
    if (arg.size() < 3 || arg.substr(0, 2) != "--") {
      out.positional.emplace_back(arg);
      continue;
    }
    std::string_view name = arg.substr(2);
    std::optional<std::string_view> inline_value;
    if (const size_t eq = name.find('='); eq != std::string_view::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (takes_value(name)) {
      if (inline_value) {
        out.options[std::string(name)] = std::string(*inline_value);
      } else if (i + 1 < argc) {
        out.options[std::string(name)] = argv[++i];
      } else {
        error = "--" + std::string(name) + " needs a value";
        return std::nullopt;
      }
    } else if (is_flag(name) && !inline_value) {
      out.flags.insert(std::string(name));
    } else {
      error = "unknown option --" + std::string(name) + " (see --help)";
      return std::nullopt;
    }
  }
  return out;
}

int fail(std::string_view command, std::string_view reason, int status) {
  std::fprintf(stderr, "rmplanner %.*s: %.*s\n", static_cast<int>(command.size()), command.data(),
               static_cast<int>(reason.size()), reason.data());
  return status;
}

std::optional<int64_t> parse_int(std::string_view text) {
  int64_t v = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
  return v;
}

int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Date today_in_china() {
  constexpr int64_t kDayMs = 86400000, kOffset = 8 * 3600000;
  const int64_t ms = now_ms() + kOffset;
  return Date(static_cast<int32_t>((ms - (ms < 0 ? kDayMs - 1 : 0)) / kDayMs));
}

std::optional<Date> date_option(const Args& args, std::string_view name, std::string& error) {
  const std::string* text = args.option(name);
  if (!text) return today_in_china();
  const auto d = Date::parse_iso(*text);
  if (!d) error = "--" + std::string(name) + " must be a date YYYY-MM-DD, not \"" + *text + "\"";
  return d;
}

}  // namespace rm::cli
