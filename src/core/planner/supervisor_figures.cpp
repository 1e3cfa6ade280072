#include "core/planner/supervisor_figures.h"

#include <algorithm>
#include <map>
#include <set>

namespace rm {

namespace {

// One manager's load from her clients per tier (docs/domain.md §1, "Capacity
// and assignment"): the total cap, each tier's staffing ratio, the sum.
struct Load {
  int clients = 0;
  int percent = 0;
  int over_total_cap = 0;
  std::vector<std::pair<std::string, int>> over_ratio;
  bool overloaded = false;
};

Load load_of(const Policy& policy, const std::map<std::string, int>& per_tier) {
  Load l;
  // In millionths of one manager's staffing (exact for the presets' ratios).
  int64_t load_num = 0;
  for (const auto& [tier, n] : per_tier) {
    l.clients += n;
    for (const StaffingRatio& r : policy.capacity.staffing) {
      if (r.tier != tier || r.clients_per_manager <= 0) continue;
      load_num += int64_t{n} * 1'000'000 / r.clients_per_manager;
      if (n > r.clients_per_manager) l.over_ratio.emplace_back(tier, n - r.clients_per_manager);
    }
  }
  l.percent = static_cast<int>((load_num + 5'000) / 10'000);
  const int cap = policy.capacity.max_clients_per_manager;
  l.over_total_cap = cap > 0 && l.clients > cap ? l.clients - cap : 0;
  l.overloaded = l.over_total_cap > 0 || !l.over_ratio.empty() || load_num > 1'000'000;
  return l;
}

}  // namespace

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
    for (RetentionSignal& s : retention_signals(*ctx, from, to)) out.retention.push_back(std::move(s));
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
      for (const auto& [tier, n] : per_tier) {
        TierCompliance t = tiers[{manager, tier}];
        t.tier = tier;
        t.clients = n;
        m.tiers.push_back(t);
      }
      Load l = load_of(policy, per_tier);
      m.clients = l.clients;
      m.staffing_load_percent = l.percent;
      m.over_total_cap = l.over_total_cap;
      m.over_ratio = std::move(l.over_ratio);
      m.overloaded = l.overloaded;
    }
  }
  for (auto& [id, m] : by_manager) out.managers.push_back(std::move(m));
  std::sort(out.clients_without_manager.begin(), out.clients_without_manager.end());
  return out;
}

std::vector<LoadChange> reassignment_load(const PlannerContext& ctx, const std::vector<RecordId>& clients,
                                          const RecordId& to) {
  const Book& book = ctx.book();
  const std::set<RecordId> moved(clients.begin(), clients.end());
  std::set<RecordId> touched{to};
  for (uint32_t c = 0; c < book.clients.size(); ++c)
    if (ctx.live(c) && moved.count(book.clients[c].meta.id) && !book.clients[c].manager_id.empty())
      touched.insert(book.clients[c].manager_id);
  std::map<RecordId, std::map<std::string, int>> before, after;  // manager -> tier -> clients
  for (uint32_t c = 0; c < book.clients.size(); ++c) {
    if (!ctx.live(c)) continue;
    const Client& client = book.clients[c];
    const std::string& tier = ctx.facts(c).tiers.current();
    if (touched.count(client.manager_id)) ++before[client.manager_id][tier];
    const RecordId& now = moved.count(client.meta.id) ? to : client.manager_id;
    if (touched.count(now)) ++after[now][tier];
  }
  std::vector<LoadChange> out;
  for (const RecordId& manager : touched) {
    const Load b = load_of(ctx.policy(), before[manager]), a = load_of(ctx.policy(), after[manager]);
    out.push_back(LoadChange{manager, b.clients, a.clients, b.percent, a.percent, b.overloaded, a.overloaded});
  }
  return out;
}

}  // namespace rm
