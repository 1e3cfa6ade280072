#include "core/model/asset_history.h"

namespace rm {

void note_asset_change(Client& client, Fen previous, Date today) {
  if (client.average_daily_assets == previous) return;
  std::vector<AssetReading>& h = client.asset_history;
  // The figure held before today, from whenever it started: the first
  // reading's span also covers every earlier date (tier_timeline.h).
  if (h.empty() && previous != 0) h.push_back({today.plus_days(-1), previous});
  while (!h.empty() && !(h.back().date < today)) h.pop_back();
  h.push_back({today, client.average_daily_assets});
}

}  // namespace rm
