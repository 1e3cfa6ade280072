// One interaction with a client (联络记录). The contact rules of docs/domain.md §2
// count these: services, proactive contacts, meetings.
#pragma once
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

struct Contact {
  RecordMeta meta;
  RecordId client_id;
  RecordId manager_id;
  Date date;
  Channel channel = Channel::phone;
  // How the rules count it: a WeChat voice call is a call, a WeChat text a
  // message. Absent in books written before contacts recorded it; read it
  // through contact_kind(), never directly (docs/data-format.md, "Contacts").
  std::optional<ContactClass> kind;
  bool proactive = false;  // the manager reached out, not the client
  // Face to face. Written as kind == meeting for readers of the file; the
  // rules count by contact_kind(), which reads this only for older books.
  bool meeting = false;
  ContactOutcome outcome = ContactOutcome::reached;
  std::string notes;
  std::string next_step;
  std::optional<Date> next_step_date;
  RecordId opportunity_id;  // when the contact moved a sale forward
};

// Whether a channel means meeting the client face to face (docs/domain.md §2:
// a meeting is face to face): a visit, a branch meeting or a client event is;
// a call, a message, an e-mail or a letter is not.
inline bool face_to_face(Channel channel) {
  return channel == Channel::visit || channel == Channel::branch || channel == Channel::event;
}

// The kind a channel implies when nobody said (docs/domain.md §2, "Channel
// and kind"): a phone call is a call; SMS, WeChat, e-mail and a letter are
// messages; a visit, a branch meeting and a client event are meetings. This
// is how contacts were counted before they recorded their kind.
inline ContactClass default_kind(Channel channel) {
  if (face_to_face(channel)) return ContactClass::meeting;
  return channel == Channel::phone ? ContactClass::call : ContactClass::message;
}

// Whether a contact of KIND can happen over CHANNEL: a meeting only face to
// face, a call by phone or WeChat (voice or video), a message by SMS, WeChat,
// e-mail or letter.
inline bool kind_fits(Channel channel, ContactClass kind) {
  if (face_to_face(channel) || kind == ContactClass::meeting) return default_kind(channel) == kind;
  return channel == Channel::wechat || default_kind(channel) == kind;
}

// KIND if the channel allows it, else what the channel implies: a form keeps
// the kind the plan proposed (a call) when the manager picks WeChat, and
// follows the channel when it leaves no choice.
inline ContactClass kind_for(Channel channel, std::optional<ContactClass> kind) {
  return kind && kind_fits(channel, *kind) ? *kind : default_kind(channel);
}

// How a recorded contact counts: its kind; for a contact from a book written
// before kinds were recorded, face to face if it said so, else as its channel
// implies (docs/data-format.md, "Contacts").
inline ContactClass contact_kind(const Contact& contact) {
  if (contact.kind) return *contact.kind;
  return contact.meeting ? ContactClass::meeting : default_kind(contact.channel);
}

}  // namespace rm
