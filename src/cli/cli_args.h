// Argument parsing shared by the subcommands: `--name value`, `--name=value`,
// bare flags and positional arguments, with one-line errors.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"

namespace rm::cli {

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;
  std::set<std::string, std::less<>> flags;

  bool has(std::string_view flag) const { return flags.count(flag) > 0; }
  const std::string* option(std::string_view name) const {
    const auto it = options.find(name);
    return it == options.end() ? nullptr : &it->second;
  }
};

struct ArgSpec {
  std::vector<std::string_view> value_options;  // without "--": {"clients", "seed"}
  std::vector<std::string_view> flags;          // {"help", "json"}
};

// Parses argv[1..argc). On error returns nullopt and sets ERROR to a one-line reason.
std::optional<Args> parse_args(int argc, char** argv, const ArgSpec& spec, std::string& error);

// Prints "rmplanner <command>: REASON" to stderr and returns STATUS.
int fail(std::string_view command, std::string_view reason, int status = 1);

std::optional<int64_t> parse_int(std::string_view text);

// Today's date in China (UTC+8), the only time zone the bank's rules use.
Date today_in_china();
// Now in Unix milliseconds.
int64_t now_ms();

// A date option: --NAME YYYY-MM-DD, defaulting to today in China.
std::optional<Date> date_option(const Args& args, std::string_view name, std::string& error);

}  // namespace rm::cli
