// Reading a command's fields from its JSON form ({"command": kind, …}), for
// the JS hook and the CLI. Each reader records the first problem (with the
// field as its path) and leaves the field as it was; a key no reader asked
// for is refused too, so a misspelt field never passes silently.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_id.h"
#include "core/problem.h"

namespace rm {

class CommandArgs {
 public:
  explicit CommandArgs(const nlohmann::json& object) : j_(object) {}

  enum Need { optional, required };
  void id(const char* key, RecordId& out, Need need = required);
  void ids(const char* key, std::vector<RecordId>& out);
  void date(const char* key, Date& out, Need need = required);
  void date(const char* key, std::optional<Date>& out);
  void text(const char* key, std::string& out, Need need = optional);
  void texts(const char* key, std::vector<std::string>& out);
  void flag(const char* key, bool& out);
  void integer(const char* key, int64_t& out, int64_t lo, int64_t hi, Need need = optional);
  template <CodedEnum E>
  void code(const char* key, E& out, Need need = optional) {
    const nlohmann::json* v = take(key, need);
    if (!v) return;
    if (v->is_string())
      if (auto e = enum_from_code<E>(v->get_ref<const std::string&>())) {
        out = *e;
        return;
      }
    bad(key, "is not one of the known codes", "不是可识别的代码");
  }
  // The raw value, for fields a family reads its own way (nullptr if absent).
  const nlohmann::json* raw(const char* key, Need need = optional) { return take(key, need); }

  // Refuses keys no reader asked for; call after every field was read.
  void finish();
  const std::optional<Problem>& problem() const { return problem_; }
  void fail(Problem p) {
    if (!problem_) problem_ = std::move(p);
  }
  void bad(const char* key, const char* en, const char* zh);

 private:
  const nlohmann::json* take(const char* key, Need need);

  const nlohmann::json& j_;
  std::set<std::string> asked_{"command"};
  std::optional<Problem> problem_;
};

}  // namespace rm
