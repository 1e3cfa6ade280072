// Events the branch holds for clients (docs/domain.md §6): salons, dinners,
// lectures…, with the invitations and their follow-up.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

struct Invitation {
  RecordId client_id;
  InvitationStatus status = InvitationStatus::invited;
  std::optional<Date> followed_up_on;
  std::string notes;
  friend bool operator==(const Invitation&, const Invitation&) = default;
};

struct ClientEvent {
  RecordMeta meta;
  std::string title;
  ClientEventKind kind = ClientEventKind::other;
  Date date;
  std::string location;
  RecordId host_manager_id;
  int capacity = 0;  // 0 = unlimited
  std::vector<Invitation> invitations;
};

}  // namespace rm
