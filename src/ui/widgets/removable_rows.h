// A list edited in place — contact points, important dates, liquidity needs,
// household members, goals: each row's fields, a "Remove" button after them
// and an "Add" button below the list. One widget, so every such list behaves
// and is automated alike (docs/ui-automation.md): row I's fields are the
// caller's (named ID<I>.…), its button ID<I>.remove, the add button ID.add.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <string>

#include "ui/automation.h"

namespace rm::ui {

struct RemovableRowsLabels {
  const char* remove;
  const char* add;
};

// DRAW(i, row_id) draws row I's fields and returns true when one changed;
// BELOW(i, row_id) draws what goes under the row (its error lines); REMOVE(i)
// and ADD() change the list. Returns true when anything changed.
template <class Draw, class Below, class Remove, class Add>
bool removable_rows(const std::string& id, size_t count, RemovableRowsLabels labels, Draw draw, Below below,
                    Remove remove, Add add) {
  bool changed = false;
  ImGui::PushID(id.c_str());
  for (size_t i = 0; i < count; ++i) {
    const std::string row_id = id + std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    changed |= draw(i, row_id);
    ImGui::SameLine();
    const bool gone = ImGui::SmallButton(labels.remove);
    track((row_id + ".remove").c_str());
    below(i, row_id);
    ImGui::PopID();
    if (gone) {
      remove(i);
      changed = true;
      break;  // the rows after it moved up: draw them next frame
    }
  }
  if (ImGui::SmallButton(labels.add)) {
    add();
    changed = true;
  }
  track((id + ".add").c_str());
  ImGui::PopID();
  return changed;
}

}  // namespace rm::ui
