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
  bool proactive = false;  // the manager reached out, not the client
  bool meeting = false;    // face to face: counts towards the meeting minimum
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

}  // namespace rm
