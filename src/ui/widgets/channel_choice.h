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

// What the contact counts as — call, message or meeting — next to the channel
// (docs/domain.md §2, "Channel and kind"): WeChat carries a call or a
// message, every other channel one kind. Kinds the chosen channel cannot
// carry are disabled, and once a channel is chosen the kind is one it allows
// (kind_for: a preset call stays a call on WeChat, becomes a message on SMS).
// Radio buttons tracked as ID.<code> and ID (the code, "" while none). True
// when changed, by the manager or to fit the channel.
bool kind_choice(const char* id, const std::optional<Channel>& channel, std::optional<ContactClass>& kind);

}  // namespace rm::ui
