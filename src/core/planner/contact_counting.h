// How one recorded contact counts towards the rules (contact_policy.h): every
// contact is a service; proactive when the manager reached out; and a call,
// a message or a meeting by its kind (contact_kind), not by its channel: a
// WeChat voice call is a call (docs/domain.md §2, "Channel and kind"). An
// unanswered call is an attempt, not a service: it counts for nothing, so a
// rule is never "met" by ringing an empty line.
#pragma once
#include "core/model/contact.h"
#include "core/policy/contact_policy.h"

namespace rm {

bool counts_as_service(const Contact& contact);
void add_contact(ContactCounts& counts, const Contact& contact);
// A planned contact of the agenda, counted as the manager would record it.
void add_planned(ContactCounts& counts, ContactClass kind);

ContactCounts operator+(ContactCounts a, const ContactCounts& b);

}  // namespace rm
