#include "app/commands/command_support.h"

namespace rm {

const Client* live_client(const CommandInput& in, const RecordId& id) {
  const uint32_t i = in.index.client(id);
  if (i == BookIndex::npos || in.book.clients[i].meta.deleted) return nullptr;
  return &in.book.clients[i];
}

Problem no_such_client(std::string path) {
  return refusal("no_such_client", "No such client in this book (it may have been deleted).",
                 "本数据中没有该客户（可能已被删除）。", std::move(path));
}

RecordId credited_manager(const CommandInput& in, const Client& client) {
  return in.context.user_id.empty() ? client.manager_id : in.context.user_id;
}

std::optional<Problem> refuse_future(const CommandInput& in, const Date& date, std::string path) {
  if (!(in.context.today < date)) return std::nullopt;
  return refusal("date_in_future", "The date is after today: record what has happened.",
                 "日期晚于今天：请记录已发生的事项。", std::move(path));
}

}  // namespace rm
