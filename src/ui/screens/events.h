// Client events (客户活动; docs/domain.md §6 "Client events", docs/ui-automation.md
// "Events"): the list of events, the form to plan one, and an event's page
// with its invitees, the invitation by the Clients screen's filters, replies,
// attendance and follow-ups. Files:
//   events.cpp         the list, the plan form, an event's page
//   events_invite.cpp  "Invite by filter": the Clients filters and the count they match
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/client_event.h"
#include "core/model/codes.h"
#include "core/model/record_id.h"
#include "core/problem.h"
#include "ui/ui_context.h"
#include "ui/widgets/date_input.h"

namespace rm::ui {

struct EventsState {
  RecordId open;  // the event whose page is shown; empty: the list
  // The plan form.
  bool planning = false;
  std::string title;
  ClientEventKind kind = ClientEventKind::investment_salon;
  DateInputState date;
  std::string location;
  int capacity = 0;
  std::string form_error;
  // The follow-up form of one invitee.
  RecordId follow_client;
  DateInputState follow_date;
  std::string follow_notes;
  std::optional<Problem> refusal;  // why the last action was refused
  // "Invite by filter": the matching clients not yet invited, recomputed when
  // the Clients filter's result, the book or the event changes.
  std::vector<RecordId> invite_ids;
  int invite_matching = 0;
  RecordId invite_event;
  uint64_t invite_visible_version = UINT64_MAX;
  uint64_t invite_revision = UINT64_MAX;
};

void draw_events(UiContext& ctx);

namespace events_detail {
// Dispatches COMMAND; keeps why it was refused for the line on the page.
bool run(UiContext& ctx, const Command& command);
// "Invite by filter" on EVENT's page (events_invite.cpp).
void draw_invite(UiContext& ctx, const ClientEvent& event);
}  // namespace events_detail

}  // namespace rm::ui
