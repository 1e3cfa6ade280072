// How a contact happened, as one visible choice: the channel, grouped by
// whether it is a meeting (core/model/contact.h face_to_face), so a call
// cannot be saved as a branch meeting by a tick left on. Nothing is chosen
// until the manager chooses: the plan's suggestion is not what happened.
#pragma once
#include <optional>

#include "core/model/codes.h"

namespace rm::ui {

// Radio buttons in two rows (not face to face / face to face), tracked as
// ID.<code> and ID (the chosen code, "" while none). True when changed.
bool channel_choice(const char* id, std::optional<Channel>& value);

}  // namespace rm::ui
