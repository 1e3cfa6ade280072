// ImGui's id stack keyed by a record: widgets of one record's row keep their
// state when rows above are added or removed. The 16 bytes are the key, so
// no text is made per row per frame.
#pragma once
#include <imgui.h>

#include "core/model/record_id.h"

namespace rm::ui {

inline void push_record_id(const RecordId& id) {
  const char* bytes = reinterpret_cast<const char*>(id.bytes().data());
  ImGui::PushID(bytes, bytes + id.bytes().size());
}

}  // namespace rm::ui
