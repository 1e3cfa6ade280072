#include "app/commands/command_json.h"

#include "app/commands/command_args.h"

namespace rm {

namespace {

// Tries each alternative of the Command variant in turn: the kinds are the
// structs' own, so a command added to the variant is readable at once.
template <size_t I = 0>
std::optional<Result<Command>> read_kind(std::string_view kind, const nlohmann::json& j) {
  if constexpr (I == std::variant_size_v<Command>) {
    return std::nullopt;
  } else {
    using C = std::variant_alternative_t<I, Command>;
    if (C::kind != kind) return read_kind<I + 1>(kind, j);
    C command;
    CommandArgs args(j);
    read_args(args, command);
    args.finish();
    if (args.problem()) return Result<Command>(*args.problem());
    return Result<Command>(Command(std::move(command)));
  }
}

}  // namespace

Result<Command> command_from_json(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("command") || !j["command"].is_string())
    return refusal("not_a_command", R"(A command is a JSON object with a "command" field naming its kind.)",
                   "命令应为带有 \"command\" 字段（命令类型）的 JSON 对象。");
  const std::string& kind = j["command"].get_ref<const std::string&>();
  if (auto r = read_kind(kind, j)) return std::move(*r);
  return refusal("unknown_command", "There is no command \"" + kind + "\" (see docs/commands.md).",
                 "没有名为 \"" + kind + "\" 的命令（见 docs/commands.md）。", "command");
}

Result<Command> command_from_json(std::string_view text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded())
    return refusal("not_json", "The command is not valid JSON.", "命令不是有效的 JSON。");
  return command_from_json(j);
}

}  // namespace rm
