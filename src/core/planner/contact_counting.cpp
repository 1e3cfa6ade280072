#include "core/planner/contact_counting.h"

namespace rm {

bool counts_as_service(const Contact& contact) {
  return !contact.meta.deleted && contact.outcome != ContactOutcome::no_answer;
}

void add_contact(ContactCounts& counts, const Contact& contact) {
  if (!counts_as_service(contact)) return;
  ++counts.services;
  if (contact.proactive) ++counts.proactive;
  if (contact.meeting) {
    ++counts.meetings;
    return;
  }
  switch (contact.channel) {
    case Channel::phone: ++counts.calls; break;
    case Channel::sms:
    case Channel::wechat:
    case Channel::email:
    case Channel::letter: ++counts.messages; break;
    case Channel::visit:
    case Channel::branch:
    case Channel::event: break;
  }
}

void add_planned(ContactCounts& counts, ContactClass kind) {
  ++counts.services;
  ++counts.proactive;
  switch (kind) {
    case ContactClass::message: ++counts.messages; break;
    case ContactClass::call: ++counts.calls; break;
    case ContactClass::meeting: ++counts.meetings; break;
  }
}

ContactCounts operator+(ContactCounts a, const ContactCounts& b) {
  a.services += b.services;
  a.proactive += b.proactive;
  a.meetings += b.meetings;
  a.calls += b.calls;
  a.messages += b.messages;
  a.clients += b.clients;
  return a;
}

}  // namespace rm
