#include "core/planner/supervisor_figures.h"

#include <algorithm>
#include <map>

namespace rm {

SupervisorFigures supervisor_figures(const std::vector<const PlannerContext*>& books, Date from, Date to) {
  SupervisorFigures out;
  std::map<RecordId, ManagerFigures> by_manager;
  std::vector<const Book*> seen;
  for (const PlannerContext* ctx : books) {
    const Book& book = ctx->book();
    // A merged book given once per manager: its clients and items count once.
    if (std::find(seen.begin(), seen.end(), &book) != seen.end()) continue;
    seen.push_back(&book);
    const Policy& policy = ctx->policy();
    std::map<RecordId, std::map<std::string, int>> tier_clients;  // manager -> tier -> clients
    for (uint32_t c = 0; c < book.clients.size(); ++c) {
      if (!ctx->live(c)) continue;
      const Client& client = book.clients[c];
      if (client.manager_id.empty()) {
        out.clients_without_manager.push_back(client.meta.id);
        continue;
      }
      ++tier_clients[client.manager_id][ctx->facts(c).tiers.current()];
    }
    std::map<std::pair<RecordId, std::string>, TierCompliance> tiers;  // (manager, tier)
    for (const ComplianceItem& item : evaluate_compliance(*ctx, from, to)) {
      if (item.client == kNotAPolicyRule) continue;
      if (item.rule == kNotAPolicyRule && item.status == ComplianceStatus::overdue)
        out.assignments_not_followed_up.push_back(item);
      if (item.manager_id.empty()) continue;
      TierCompliance& t = tiers[{item.manager_id, ctx->facts(item.client).tiers.current()}];
      ++t.items;
      t.met += item.status == ComplianceStatus::met;
      t.overdue += item.status == ComplianceStatus::overdue;
    }
    for (const auto& [manager, per_tier] : tier_clients) {
      ManagerFigures& m = by_manager[manager];
      m.manager_id = manager;
      // In millionths of one manager's staffing (exact for the presets' ratios).
      int64_t load_num = 0;
      for (const auto& [tier, n] : per_tier) {
        m.clients += n;
        TierCompliance t = tiers[{manager, tier}];
        t.tier = tier;
        t.clients = n;
        m.tiers.push_back(t);
        for (const StaffingRatio& r : policy.capacity.staffing) {
          if (r.tier != tier || r.clients_per_manager <= 0) continue;
          load_num += int64_t{n} * 1'000'000 / r.clients_per_manager;
          if (n > r.clients_per_manager) m.over_ratio.emplace_back(tier, n - r.clients_per_manager);
        }
      }
      m.staffing_load_percent = static_cast<int>((load_num + 5'000) / 10'000);
      const int cap = policy.capacity.max_clients_per_manager;
      m.over_total_cap = cap > 0 && m.clients > cap ? m.clients - cap : 0;
      m.overloaded = m.over_total_cap > 0 || !m.over_ratio.empty() || load_num > 1'000'000;
    }
  }
  for (auto& [id, m] : by_manager) out.managers.push_back(std::move(m));
  std::sort(out.clients_without_manager.begin(), out.clients_without_manager.end());
  return out;
}

}  // namespace rm
