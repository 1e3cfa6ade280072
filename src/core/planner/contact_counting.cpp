#include "core/planner/contact_counting.h"

namespace rm {

bool counts_as_service(const Contact& contact) {
  return !contact.meta.deleted && contact.outcome != ContactOutcome::no_answer;
}

namespace {

void add_kind(ContactCounts& counts, ContactClass kind) {
  switch (kind) {
    case ContactClass::message: ++counts.messages; break;
    case ContactClass::call: ++counts.calls; break;
    case ContactClass::meeting: ++counts.meetings; break;
  }
}

}  // namespace

void add_contact(ContactCounts& counts, const Contact& contact) {
  if (!counts_as_service(contact)) return;
  ++counts.services;
  if (contact.proactive) ++counts.proactive;
  add_kind(counts, contact_kind(contact));
}

void add_planned(ContactCounts& counts, ContactClass kind) {
  ++counts.services;
  ++counts.proactive;
  add_kind(counts, kind);
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
