// A command's JSON form: {"command": "<kind>", …its fields…}, as the JS hook
// (rmplanner.data.dispatch) and the CLI (rmplanner apply, one per line) take
// it. Field names and codes are those of docs/commands.md.
#pragma once
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/commands/command.h"

namespace rm {

Result<Command> command_from_json(const nlohmann::json& object);
Result<Command> command_from_json(std::string_view text);

}  // namespace rm
