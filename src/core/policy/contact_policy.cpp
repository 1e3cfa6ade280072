#include "core/policy/contact_policy.h"

#include <algorithm>
#include <array>

namespace rm {
namespace {

constexpr std::array<std::string_view, 5> kPeriods{"year", "quarter", "month", "week",
                                                   "days_after_event"};
constexpr std::array<std::string_view, 2> kScopes{"per_client", "per_manager"};
constexpr std::array<std::string_view, 2> kKinds{"contacts", "risk_reassessment"};
constexpr std::array<std::string_view, 7> kEvents{
    "none",          "account_opened", "branch_absence",       "birthday",
    "major_holiday", "product_launch", "holding_return_change"};

template <size_t N>
std::string_view code_in(const std::array<std::string_view, N>& table, int index) {
  return index >= 0 && static_cast<size_t>(index) < N ? table[static_cast<size_t>(index)]
                                                      : std::string_view{};
}

template <class E, size_t N>
std::optional<E> parse_in(const std::array<std::string_view, N>& table, std::string_view code) {
  for (size_t i = 0; i < N; ++i)
    if (table[i] == code) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace

std::string_view policy_code(RulePeriod v) { return code_in(kPeriods, static_cast<int>(v)); }
std::string_view policy_code(RuleScope v) { return code_in(kScopes, static_cast<int>(v)); }
std::string_view policy_code(RuleKind v) { return code_in(kKinds, static_cast<int>(v)); }
std::string_view policy_code(TriggerEvent v) { return code_in(kEvents, static_cast<int>(v)); }

std::optional<RulePeriod> parse_rule_period(std::string_view c) {
  return parse_in<RulePeriod>(kPeriods, c);
}
std::optional<RuleScope> parse_rule_scope(std::string_view c) {
  return parse_in<RuleScope>(kScopes, c);
}
std::optional<RuleKind> parse_rule_kind(std::string_view c) {
  return parse_in<RuleKind>(kKinds, c);
}
std::optional<TriggerEvent> parse_trigger_event(std::string_view c) {
  return parse_in<TriggerEvent>(kEvents, c);
}

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
