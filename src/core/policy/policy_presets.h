// The shipped presets of docs/domain.md §1–2, each a starting point the user edits.
#pragma once
#include <vector>

#include "core/policy/policy.h"

namespace rm {

Policy bank_a_policy();  // "Bank A (A/B/C)", 6-4-2 / 12-4-2 (source 000)
Policy bank_b_policy();  // "Bank B (Gold/Platinum/Diamond)" (source 004)
Policy bank_c_policy();  // "Bank C segments" (source 003)
Policy blank_policy();   // no tiers, no rules: for a bank of the user's own
std::vector<Policy> preset_policies();  // the four above, in that order

// The contact rules every preset carries (source 001): new-account call-back,
// important clients, risk re-assessment.
std::vector<ContactRule> generic_contact_rules();

}  // namespace rm
