#include "app/commands/view_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"
#include "core/search/client_search.h"

namespace rm {

Result<Edit> decide(const SaveClientView& command, const CommandInput& in) {
  if (is_blank(command.name))
    return refusal("required", "A saved view needs a name.", "保存的视图需要名称。", "name");
  if (command.name.size() > 200)
    return refusal("too_long", "The view's name is too long (200 bytes at most).", "视图名称过长（最多 200 字节）。",
                   "name");
  const std::optional<ClientFilter> filter = filter_from_json(command.filter);
  if (!filter)
    return refusal("bad_filter", "The view's filter is not a Clients filter (JSON).", "视图的筛选条件无效（应为 JSON）。",
                   "filter");
  ClientView view;
  for (const ClientView& v : in.book.client_views)
    if (!v.meta.deleted && v.name == command.name) view = v;
  if (view.meta.id.empty()) view.meta.id = in.new_id();
  view.name = command.name;
  view.filter = filter_to_json(*filter);  // one spelling, whatever the caller sent
  return edit_of<SaveClientView>({view});
}

void read_args(CommandArgs& a, SaveClientView& c) {
  a.text("name", c.name, CommandArgs::required);
  a.text("filter", c.filter, CommandArgs::required);
}

}  // namespace rm
