// docs/domain.md §2 and §5: a risk assessment is valid `valid_months` (one year)
// and must be redone before a recommendation when more than
// `recommendation_gap_months` (six) have passed since the previous one, or
// when the client's situation changed after it. The last recommendation and
// a situation change are core/risk/client_suitability.h's, as the 360° Risk
// tab reads them. Due: the end of validity; today when a recommendation is
// pending (an open opportunity at proposal or presentation) and either no
// assessment exists or the gap rule bites; within kSituationChangeDays of a
// change of situation. A client with no assessment and nothing pending owes
// none yet: the rule asks for one before the first recommendation.
#include "core/planner/rule_evaluators.h"

#include <algorithm>

#include "core/risk/client_suitability.h"

namespace rm {
namespace {
// docs/domain.md §5, "Reassessment": the meeting is planned in the month
// before the assessment lapses. Without a lead the item existed only on its
// last day, and a last day on a weekend was never planned at all.
constexpr int kReassessmentLeadDays = 30;
// docs/domain.md §5, "Reassessment": a change of situation is followed up
// within a month — ask the client, and reassess (the planner's figure; the
// documents set none).
constexpr int kSituationChangeDays = 30;
}  // namespace

void evaluate_risk_reassessment_rule(const RuleScan& scan) {
  const PlannerContext& ctx = scan.ctx;
  const Book& book = ctx.book();
  const Date as_of = ctx.as_of();
  for (uint32_t c = 0; c < book.clients.size(); ++c) {
    if (!ctx.live(c)) continue;
    const ClientFacts& facts = ctx.facts(c);
    if (!rule_applies(scan.rule, facts.tiers.current(), facts.important)) continue;
    const RiskAssessment* latest = latest_assessment(book, ctx.index(), c, as_of);
    const std::optional<Date> last = last_recommendation(book, ctx.index(), c);
    const bool pending = recommendation_pending(book, ctx.index(), c);
    std::optional<Date> due;
    std::optional<Date> changed;
    if (latest) {
      const Date valid_until = std::min(latest->valid_until, latest->date.plus_months(scan.rule.valid_months));
      due = valid_until.plus_days(-1);
      const bool gap = last && as_of > last->plus_months(scan.rule.recommendation_gap_months) &&
                       latest->date <= last->plus_months(scan.rule.recommendation_gap_months);
      if (pending && gap && as_of < *due) due = as_of;
      if (const auto change = situation_change_since(book.clients[c], latest->date)) {
        changed = change->date;
        due = std::min(*due, change->date.plus_days(kSituationChangeDays));
      }
    } else if (pending) {
      due = as_of;
    }
    if (!due || *due < scan.from) continue;
    const Date opens = changed ? std::min(*changed, *due)
                               : std::max(latest ? latest->date : as_of, due->plus_days(-kReassessmentLeadDays));
    if (opens >= scan.to && *due > as_of) continue;
    ComplianceItem item;
    item.rule = scan.rule_index;
    item.rule_id = scan.rule.id;
    item.client = c;
    item.manager_id = book.clients[c].manager_id;
    item.tier = facts.tiers.current();
    item.start = std::min(opens, *due);
    item.due = *due;
    item.end = due->plus_days(1);
    // Not met while the assessment is expired or a pending sale needs a new one.
    item.required = {ContactCounts{.services = 1}};
    item.done = {};
    judge(item, as_of);
    scan.out.push_back(std::move(item));
  }
}

}  // namespace rm
