#include "app/commands/command.h"

namespace rm {

namespace {
constexpr std::string_view role_en(Role r) { return r == Role::manager ? "A manager" : "A supervisor"; }
constexpr std::string_view role_zh(Role r) { return r == Role::manager ? "客户经理" : "主管"; }
}  // namespace

Result<Edit> decide(const Command& command, const CommandInput& in) {
  return std::visit(
      [&](const auto& c) -> Result<Edit> {
        using C = std::decay_t<decltype(c)>;
        const Role role = in.context.role;
        if (!allows(C::roles, role))
          return refusal("not_allowed",
                         std::string(role_en(role)) + " cannot do this: " + std::string(C::label.en) + ".",
                         std::string(role_zh(role)) + "无权执行此操作：" + std::string(C::label.zh) + "。");
        return decide(c, in);
      },
      command);
}

CommandContext own_context(const Book& book, const Command& command, Date today) {
  const Roles roles = std::visit([](const auto& c) { return std::decay_t<decltype(c)>::roles; }, command);
  if (allows(roles, Role::manager)) return CommandContext{today, Role::manager, book.settings.owner_manager_id};
  const Supervisor* s = own_supervisor(book);
  return CommandContext{today, Role::supervisor, s ? s->meta.id : RecordId{}};
}

std::string_view command_kind(const Command& command) {
  return std::visit([](const auto& c) { return std::decay_t<decltype(c)>::kind; }, command);
}

}  // namespace rm
