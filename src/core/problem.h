// Errors are values: every load, import, decrypt or validation failure comes
// back as a Problem with a machine code, the JSON path (or field) it concerns,
// and a plain message in both UI languages. Nothing throws across the platform
// boundary and nothing half-applies.
#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rm {

struct Problem {
  std::string code;        // stable, machine-readable: "not_a_date", "wrong_passphrase"
  std::string path;        // "clients[17].birthday", or empty
  std::string message_en;  // plain English, no jargon
  std::string message_zh;  // 简体中文

  // "clients[17].birthday: not a date" — the form the CLI and logs print.
  std::string describe_en() const { return path.empty() ? message_en : path + ": " + message_en; }
  std::string describe_zh() const { return path.empty() ? message_zh : path + "：" + message_zh; }
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Problem p) : v_(std::move(p)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Problem& problem() const { return std::get<1>(v_); }

 private:
  std::variant<T, Problem> v_;
};

using Problems = std::vector<Problem>;

}  // namespace rm
