// What every command shares: who issues it (role and context), what it is
// given to decide against (CommandInput), and the small helpers that turn a
// decision into an Edit or a refusal. A command family (contact_commands.h,
// …) declares its structs and a decide() overload for each; command.h lists
// them all in the Command variant. docs/commands.md lists the commands.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/edit.h"
#include "app/record_kinds.h"
#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/model/codes.h"
#include "core/problem.h"

namespace rm {

class CommandArgs;  // command_args.h: a command's fields read from JSON

// Which roles may issue a command: a bit per Role.
enum class Roles : unsigned { manager = 1u << 0, supervisor = 1u << 1, anyone = (1u << 0) | (1u << 1) };
constexpr bool allows(Roles roles, Role role) {
  return (static_cast<unsigned>(roles) & (1u << static_cast<unsigned>(role))) != 0;
}

// The undo menu's text for a command, in both UI languages.
struct CommandLabel {
  std::string_view zh, en;
  std::string text() const { return std::string(zh) + " " + std::string(en); }
};

// Where and by whom a command is issued: the caller (UI, JS hook, CLI) fills
// it; the core reads no clock of its own.
struct CommandContext {
  Date today;
  Role role = Role::manager;
  RecordId user_id;  // the manager (or supervisor) issuing it; in a manager's book, its owner
};

struct CommandInput {
  const Book& book;
  const BookIndex& index;
  const CommandContext& context;
  std::function<RecordId()> new_id;
};

// A refusal: nothing is changed, and the user is told why.
inline Problem refusal(std::string code, std::string en, std::string zh, std::string path = {}) {
  return Problem{std::move(code), std::move(path), std::move(en), std::move(zh)};
}

// The edit a command C decided: its label and kind travel with it to undo.
template <class C>
Edit edit_of(std::vector<AnyRecord> puts) {
  return Edit{C::label.text(), std::move(puts), std::string(C::kind)};
}

// The live client with ID, or nullptr (unknown or deleted).
const Client* live_client(const CommandInput& in, const RecordId& id);
Problem no_such_client(std::string path = "client_id");
// Whose work a record about CLIENT is: the user who records it; a book with
// no user (a shared plan file) credits the client's own manager.
RecordId credited_manager(const CommandInput& in, const Client& client);
// Refuses a date after today: records say what happened, not what will.
std::optional<Problem> refuse_future(const CommandInput& in, const Date& date, std::string path);

}  // namespace rm
