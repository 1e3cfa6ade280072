// A client's average daily assets over time (docs/domain.md §1, "Tier
// history"): the readings the bank reported, and today's figure.
#pragma once
#include "core/civil_date.h"
#include "core/model/client.h"

namespace rm {

// Records that the client's figure changed on TODAY from PREVIOUS to the one
// the client now holds: the figure before the change becomes a reading (when
// the history has none yet, dated the day before), and the new figure one
// dated today, replacing a reading of the same day.
void note_asset_change(Client& client, Fen previous, Date today);

}  // namespace rm
