// How one recorded contact counts towards the rules (contact_policy.h): every
// contact is a service; proactive when the manager reached out; a meeting
// when face to face; otherwise a call (phone) or a message (SMS, WeChat,
// e-mail, letter). An unanswered call is an attempt, not a service: it
// counts for nothing, so a rule is never "met" by ringing an empty line.
#pragma once
#include "core/model/contact.h"
#include "core/policy/contact_policy.h"

namespace rm {

// How the planner books a contact it proposes; ordered by effort.
enum class ContactClass { message, call, meeting };

bool counts_as_service(const Contact& contact);
void add_contact(ContactCounts& counts, const Contact& contact);
// A planned contact of the agenda, counted as the manager would record it.
void add_planned(ContactCounts& counts, ContactClass kind);

ContactCounts operator+(ContactCounts a, const ContactCounts& b);

}  // namespace rm
