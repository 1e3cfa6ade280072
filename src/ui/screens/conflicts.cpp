#include "ui/screens/conflicts.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/model/hlc.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings/conflict_strings.h"

namespace rm::ui {

namespace {
using namespace conflict_text;

// A value as bundle JSON, shown without the quotes of a JSON string.
std::string shown(const std::string& json) {
  if (json.size() >= 2 && json.front() == '"' && json.back() == '"') return json.substr(1, json.size() - 2);
  return json == "null" ? "—" : json;
}

// Who set the other value: the book's manager or supervisor of that actor
// id when the book knows them, else the start of the id.
std::string who(const Workspace& ws, const std::string& actor) {
  for (const Manager& m : ws.book().managers)
    if (m.meta.id.str() == actor || m.meta.created.actor == actor) return m.name;
  for (const Supervisor& s : ws.book().supervisors)
    if (s.meta.id.str() == actor || s.meta.created.actor == actor) return s.name;
  return actor.substr(0, 8);
}
}  // namespace

const std::vector<MergeConflict>& ConflictList::of(const Workspace& ws) {
  if (revision != ws.revision() || generation != ws.book_generation()) {
    open = open_conflicts(ws.book());
    revision = ws.revision();
    generation = ws.book_generation();
  }
  return open;
}

void draw_conflicts(UiContext& ctx, const RecordId& id, const char* prefix) {
  const std::vector<MergeConflict>& all = ctx.state.conflicts.of(ctx.ws);
  bool any = false;
  int row = 0;
  // Copied: a click below resolves a conflict and the list is found again.
  const std::vector<MergeConflict> list = all;
  for (const MergeConflict& c : list) {
    if (!id.empty() && c.id != id) continue;
    if (!any) {
      ImGui::PushStyleColor(ImGuiCol_Text, tone_u32(Tone::bad));
      ImGui::SeparatorText(tr(kTitle));
      ImGui::PopStyleColor();
      any = true;
    }
    const std::string base = std::string(prefix) + "." + std::to_string(row);
    char line[1024];
    std::snprintf(line, sizeof line, tr(kLine), c.label.c_str(), c.field.c_str(), shown(c.value).c_str(),
                  shown(c.other_value).c_str(), who(ctx.ws, c.other_stamp.actor.str()).c_str());
    ImGui::PushID(row);
    ImGui::TextWrapped("%s", line);
    track(base.c_str(), line);
    ResolveConflict command{c.kind, c.id, c.field, ConflictChoice::keep, {}, {}};
    if (ImGui::SmallButton(tr(kKeep))) ctx.actions.dispatch(command);
    track((base + ".keep").c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(kTake))) {
      command.choice = ConflictChoice::take;
      command.other_stamp = hlc_text(c.other_stamp);
      ctx.actions.dispatch(command);
    }
    track((base + ".take").c_str());
    ImGui::PopID();
    ++row;
  }
}

}  // namespace rm::ui
