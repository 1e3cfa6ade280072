#include "app/commands/supervisor_commands.h"

#include "app/commands/client_bulk_commands.h"
#include "app/commands/command_args.h"
#include "core/money.h"

namespace rm {

std::optional<Problem> refuse_unknown_supervisor(const CommandInput& in) {
  const uint32_t s = in.index.supervisor(in.context.user_id);
  if (s != BookIndex::npos && !in.book.supervisors[s].meta.deleted) return std::nullopt;
  return refusal("no_such_supervisor",
                 "You are not a supervisor in this book: Settings → My role → supervisor.",
                 "您在本数据中不是主管：请在“设置 → 本人角色”中选择主管。");
}

Result<Edit> decide(const ReassignClients& command, const CommandInput& in) {
  if (auto p = refuse_unknown_supervisor(in)) return *p;
  // The rules are assign_clients's: a live manager, every client live, the
  // ones already hers skipped.
  Result<Edit> assigned = decide(AssignClients{command.client_ids, command.manager_id}, in);
  if (!assigned) return assigned.problem();
  std::vector<AnyRecord> puts = std::move(assigned.value().puts);
  const size_t moved = puts.size();
  for (size_t i = 0; i < moved; ++i) {
    const Client& changed = std::get<Client>(puts[i]);
    ClientReassignment r;
    r.meta.id = in.new_id();
    r.client_id = changed.meta.id;
    r.from_manager_id = in.book.clients[in.index.client(changed.meta.id)].manager_id;
    r.to_manager_id = command.manager_id;
    r.supervisor_id = in.context.user_id;
    r.date = in.context.today;
    puts.emplace_back(std::move(r));
  }
  return edit_of<ReassignClients>(std::move(puts));
}

RecordId weekly_target_id(const RecordId& manager, const Date& week_start) {
  // Two 64-bit FNV-1a hashes of the manager's id and the day, shaped as a
  // UUID (version 8, "custom"): the id is canonical and the same everywhere.
  uint64_t h[2] = {0xcbf29ce484222325ull, 0x84222325cbf29ce4ull};
  auto mix = [&](uint8_t byte) {
    for (uint64_t& x : h) x = (x ^ byte) * 0x100000001b3ull;
    h[1] ^= h[1] >> 29;
  };
  for (const char c : std::string_view("weekly_target")) mix(static_cast<uint8_t>(c));
  for (const uint8_t b : manager.bytes()) mix(b);
  for (int s = 0; s < 32; s += 8) mix(static_cast<uint8_t>(static_cast<uint32_t>(week_start.days()) >> s));
  uint8_t raw[16];
  for (int i = 0; i < 8; ++i) {
    raw[i] = static_cast<uint8_t>(h[0] >> (8 * i));
    raw[8 + i] = static_cast<uint8_t>(h[1] >> (8 * i));
  }
  raw[6] = static_cast<uint8_t>((raw[6] & 0x0f) | 0x80);
  raw[8] = static_cast<uint8_t>((raw[8] & 0x3f) | 0x80);
  return RecordId::from_bytes(raw);
}

Result<Edit> decide(const SetWeeklyTargets& command, const CommandInput& in) {
  const uint32_t m = in.index.manager(command.manager_id);
  if (m == BookIndex::npos || in.book.managers[m].meta.deleted)
    return refusal("no_such_manager", "No such manager in this book (she may have been removed).",
                   "本数据中没有该客户经理（可能已被移除）。", "manager_id");
  if (command.new_opportunity_amount < 0 || command.new_opportunity_amount > kMaxAmount)
    return refusal("amount_too_large", "The amount is in fen, 0 to 10^15.", "金额以分为单位，0 至 10^15。",
                   "new_opportunity_amount");
  for (const auto& [count, path] : {std::pair{command.contacts, "contacts"}, std::pair{command.meetings, "meetings"},
                                     std::pair{command.reports, "reports"}})
    if (count < 0 || count > 100000)
      return refusal("bad_field", "A target count is 0 to 100 000.", "目标数量应为 0 至 100000。", path);
  if (auto p = refuse_unknown_supervisor(in)) return *p;
  const Date monday = command.week.plus_days(1 - command.week.weekday());
  WeeklyTarget t;
  for (const WeeklyTarget& old : in.book.weekly_targets)
    if (!old.meta.deleted && old.manager_id == command.manager_id && old.week_start == monday) t = old;
  if (t.meta.id.empty()) t.meta.id = weekly_target_id(command.manager_id, monday);
  t.manager_id = command.manager_id;
  t.week_start = monday;
  t.new_opportunity_amount = command.new_opportunity_amount;
  t.contacts = static_cast<int32_t>(command.contacts);
  t.meetings = static_cast<int32_t>(command.meetings);
  t.reports = static_cast<int32_t>(command.reports);
  t.supervisor_id = in.context.user_id;
  return edit_of<SetWeeklyTargets>({t});
}

void read_args(CommandArgs& a, ReassignClients& c) {
  a.ids("client_ids", c.client_ids);
  a.id("manager_id", c.manager_id);
}

void read_args(CommandArgs& a, SetWeeklyTargets& c) {
  a.id("manager_id", c.manager_id);
  a.date("week", c.week);
  a.integer("new_opportunity_amount", c.new_opportunity_amount, 0, kMaxAmount);
  a.integer("contacts", c.contacts, 0, 100000);
  a.integer("meetings", c.meetings, 0, 100000);
  a.integer("reports", c.reports, 0, 100000);
}

}  // namespace rm
