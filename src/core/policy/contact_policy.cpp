#include "core/policy/contact_policy.h"

#include <algorithm>

namespace rm {
std::string_view policy_code(RulePeriod v) { return code_of(v); }
std::string_view policy_code(RuleScope v) { return code_of(v); }
std::string_view policy_code(RuleKind v) { return code_of(v); }
std::string_view policy_code(TriggerEvent v) { return code_of(v); }

std::optional<RulePeriod> parse_rule_period(std::string_view c) { return enum_from_code<RulePeriod>(c); }
std::optional<RuleScope> parse_rule_scope(std::string_view c) { return enum_from_code<RuleScope>(c); }
std::optional<RuleKind> parse_rule_kind(std::string_view c) { return enum_from_code<RuleKind>(c); }
std::optional<TriggerEvent> parse_trigger_event(std::string_view c) { return enum_from_code<TriggerEvent>(c); }

bool counts_meet(const ContactCounts& done, const ContactCounts& required) {
  return done.services >= required.services && done.proactive >= required.proactive &&
         done.meetings >= required.meetings && done.calls >= required.calls &&
         done.messages >= required.messages && done.clients >= required.clients;
}

bool rule_applies(const ContactRule& rule, const std::string& tier, bool important) {
  if (rule.important_only && !important) return false;
  return rule.tiers.empty() || std::find(rule.tiers.begin(), rule.tiers.end(), tier) != rule.tiers.end();
}

bool rule_satisfied(const ContactRule& rule, const ContactCounts& done) {
  return std::any_of(rule.alternatives.begin(), rule.alternatives.end(),
                     [&](const ContactCounts& alt) { return counts_meet(done, alt); });
}

}  // namespace rm
