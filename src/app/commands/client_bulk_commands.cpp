#include "app/commands/client_bulk_commands.h"

#include <algorithm>
#include <unordered_set>

#include "app/commands/command_args.h"

namespace rm {

namespace {

// The live clients named by IDS, each once, in the order given; or the
// refusal naming the first that is unknown or deleted.
Result<std::vector<const Client*>> chosen_clients(const CommandInput& in, const std::vector<RecordId>& ids) {
  if (ids.empty())
    return refusal("no_clients", "No clients are selected.", "未选择客户。", "client_ids");
  std::vector<const Client*> clients;
  clients.reserve(ids.size());
  std::unordered_set<RecordId> seen;
  seen.reserve(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    const Client* c = live_client(in, ids[i]);
    if (!c) {
      const std::string id = ids[i].str();
      return refusal("no_such_client",
                     "Client " + id + " is not in this book (it may have been deleted); nothing was changed.",
                     "本数据中没有客户 " + id + "（可能已被删除），未做任何修改。",
                     "client_ids/" + std::to_string(i));
    }
    if (seen.insert(ids[i]).second) clients.push_back(c);
  }
  return clients;
}

bool blank_at(std::string_view s, size_t i, size_t& width) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') return width = 1, true;
  if (s.substr(i, 3) == "\xE3\x80\x80") return width = 3, true;  // U+3000, the ideographic space
  return false;
}

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

}  // namespace

std::string trim_tag(std::string_view text) {
  size_t w = 0;
  while (!text.empty() && blank_at(text, 0, w)) text.remove_prefix(w);
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    if (text.size() >= 3 && blank_at(text, text.size() - 3, w) && w == 3) {
      text.remove_suffix(3);
      trimmed = true;
    } else if (blank_at(text, text.size() - 1, w) && w == 1) {
      text.remove_suffix(1);
      trimmed = true;
    }
  }
  return std::string(text);
}

Result<Edit> decide(const AssignClients& command, const CommandInput& in) {
  const uint32_t m = in.index.manager(command.manager_id);
  if (m == BookIndex::npos || in.book.managers[m].meta.deleted)
    return refusal("no_such_manager", "No such manager in this book (she may have been removed).",
                   "本数据中没有该客户经理（可能已被移除）。", "manager_id");
  Result<std::vector<const Client*>> clients = chosen_clients(in, command.client_ids);
  if (!clients) return clients.problem();
  std::vector<AnyRecord> puts;
  for (const Client* c : clients.value()) {
    if (c->manager_id == command.manager_id) continue;
    Client changed = *c;
    changed.manager_id = command.manager_id;
    puts.emplace_back(std::move(changed));
  }
  return edit_of<AssignClients>(std::move(puts));
}

Result<Edit> decide(const TagClients& command, const CommandInput& in) {
  const std::string tag = trim_tag(command.tag);
  if (tag.empty()) return refusal("required", "The tag is empty.", "标签不能为空。", "tag");
  if (code_points(tag) > TagClients::max_tag_length)
    return refusal("too_long",
                   "A tag is at most " + std::to_string(TagClients::max_tag_length) + " characters.",
                   "标签最多 " + std::to_string(TagClients::max_tag_length) + " 个字。", "tag");
  Result<std::vector<const Client*>> clients = chosen_clients(in, command.client_ids);
  if (!clients) return clients.problem();
  std::vector<AnyRecord> puts;
  for (const Client* c : clients.value()) {
    if (std::find(c->tags.begin(), c->tags.end(), tag) != c->tags.end()) continue;
    Client changed = *c;
    changed.tags.push_back(tag);
    puts.emplace_back(std::move(changed));
  }
  return edit_of<TagClients>(std::move(puts));
}

void read_args(CommandArgs& a, AssignClients& c) {
  a.ids("client_ids", c.client_ids);
  a.id("manager_id", c.manager_id);
}

void read_args(CommandArgs& a, TagClients& c) {
  a.ids("client_ids", c.client_ids);
  a.text("tag", c.tag, CommandArgs::required);
}

}  // namespace rm
