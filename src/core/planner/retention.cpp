#include "core/planner/retention.h"

#include "core/policy/tier_policy.h"
#include "core/risk/client_suitability.h"

namespace rm {

std::string_view retention_code(RetentionSignalKind kind) {
  switch (kind) {
    case RetentionSignalKind::large_outflow: return "large_outflow";
    case RetentionSignalKind::tier_downgrade: return "tier_downgrade";
    case RetentionSignalKind::steady_decline: return "steady_decline";
  }
  return "";
}

namespace {

std::string tier_name(const Policy& policy, const std::string& code, bool zh) {
  const TierRule* t = find_tier(policy.tiers, code);
  if (!t) return code;
  return zh ? t->name_zh : t->name_en;
}

}  // namespace

std::vector<RetentionSignal> retention_signals(const PlannerContext& ctx, Date from, Date to) {
  std::vector<RetentionSignal> out;
  const Book& book = ctx.book();
  const auto in_range = [&](Date d) { return !(d < from) && d < to && !(ctx.as_of() < d); };
  for (uint32_t c = 0; c < book.clients.size(); ++c) {
    if (!ctx.live(c)) continue;
    const std::vector<AssetReading>& h = book.clients[c].asset_history;
    int falls = 0;  // falls in a row up to reading i
    for (size_t i = 1; i < h.size(); ++i) {
      const Fen before = h[i - 1].average_daily_assets;
      const Fen after = h[i].average_daily_assets;
      falls = after < before ? falls + 1 : 0;
      if (!in_range(h[i].date)) continue;
      RetentionSignal s;
      s.client = c;
      s.client_id = book.clients[c].meta.id;
      s.manager_id = book.clients[c].manager_id;
      s.date = h[i].date;
      if (is_large_outflow(before, after)) {
        s.kind = RetentionSignalKind::large_outflow;
        s.before = before;
        s.after = after;
        s.zh = "挽留：大额资金流出（" + format_yuan_short(before, true) + " → " + format_yuan_short(after, true) +
               "），请联系客户并报告主管";
        s.en = "Retention: large outflow (CNY " + format_yuan_short(before, false) + " → " +
               format_yuan_short(after, false) + "): contact the client and report to the supervisor";
      } else if (falls >= kDeclineReadings - 1) {
        s.kind = RetentionSignalKind::steady_decline;
        s.before = h[i + 1 - kDeclineReadings].average_daily_assets;
        s.after = after;
        s.zh = "挽留：资产连续 " + std::to_string(falls) + " 次下降（" + format_yuan_short(s.before, true) + " → " +
               format_yuan_short(after, true) + "），请联系客户并报告主管";
        s.en = "Retention: assets fell " + std::to_string(falls) + " times in a row (CNY " +
               format_yuan_short(s.before, false) + " → " + format_yuan_short(after, false) +
               "): contact the client and report to the supervisor";
      } else {
        continue;
      }
      out.push_back(std::move(s));
    }
    const std::vector<TierSpan>& spans = ctx.facts(c).tiers.spans();
    for (size_t i = 1; i < spans.size(); ++i) {
      if (!in_range(spans[i].from)) continue;
      if (!(ctx.tier_rank(spans[i].tier) < ctx.tier_rank(spans[i - 1].tier))) continue;
      RetentionSignal s;
      s.kind = RetentionSignalKind::tier_downgrade;
      s.client = c;
      s.client_id = book.clients[c].meta.id;
      s.manager_id = book.clients[c].manager_id;
      s.date = spans[i].from;
      s.tier_before = spans[i - 1].tier;
      s.tier_after = spans[i].tier;
      s.zh = "挽留：客户等级下降（" + tier_name(ctx.policy(), s.tier_before, true) + " → " +
             tier_name(ctx.policy(), s.tier_after, true) + "），请联系客户并报告主管";
      s.en = "Retention: tier fell (" + tier_name(ctx.policy(), s.tier_before, false) + " → " +
             tier_name(ctx.policy(), s.tier_after, false) + "): contact the client and report to the supervisor";
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace rm
