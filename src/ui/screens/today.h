#pragma once
#include <optional>
#include <string>

#include "app/commands/command.h"
#include "core/model/contact.h"
#include "core/model/reports.h"
#include "ui/widgets/date_input.h"
#include "ui/ui_context.h"

namespace rm::ui {

// The record-contact form: the RecordContact command being filled in, and
// the typed dates; Save dispatches it, a refusal keeps the dialog open.
struct ContactForm {
  bool open = false;
  RecordContact contact;
  std::optional<Channel> suggested;  // the plan's channel: shown, not preset
  DateInputState date;            // when it happened: today by default, may be backdated
  DateInputState next_step_date;  // optional
  std::string error;              // a date that does not parse
  std::optional<Problem> refusal;  // why the command was refused
  std::string opened_with;         // the typed fields as the dialog opened (typed_fields)
  bool confirm_discard = false;    // Cancel with typed text: asking before dropping it
};

struct WorkLogForm {
  bool open = false;
  SaveWorkLog entry;
  std::optional<Problem> refusal;
  std::string opened_with;
  bool confirm_discard = false;
};

struct TodayState {
  ContactForm contact;
  WorkLogForm work_log;
  std::string copied;  // which greeting was just copied (for the "Copied" hint)
  std::optional<Problem> greetings_refusal;  // record_greetings' answer
};

void draw_today(UiContext& ctx);
// The written duties owed in the coming week, overdue first (today_duties.cpp).
void draw_duties(UiContext& ctx);
// Opens the record-contact dialog for a client (also used by the 360° view);
// SUGGESTED is the plan's channel, shown as a hint, never chosen for her.
// KIND is the plan's kind (its entry's ContactClass), preset: it is what the
// contact must count as for the rule it serves, and the channel chosen keeps
// it when it can carry it (WeChat for a call; widgets/channel_choice.h).
void start_contact(UiContext& ctx, const RecordId& client_id, std::optional<Channel> suggested = std::nullopt,
                   std::optional<ContactClass> kind = std::nullopt);

}  // namespace rm::ui
