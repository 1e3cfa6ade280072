#pragma once
#include <optional>
#include <string>

#include "core/model/contact.h"
#include "core/model/reports.h"
#include "ui/ui_context.h"

namespace rm::ui {

// The record-contact form: a copy being edited, applied as one Edit on Save.
struct ContactForm {
  bool open = false;
  Contact contact;
  std::string next_step_date;  // typed text; validated on Save
  RecordId task_id;         // a task this contact completes, if any
  std::string error;
};

struct WorkLogForm {
  bool open = false;
  WorkLogEntry entry;
};

struct TodayState {
  ContactForm contact;
  WorkLogForm work_log;
  std::string copied;  // which greeting was just copied (for the "Copied" hint)
};

void draw_today(UiContext& ctx);
// Opens the record-contact dialog for a client (also used by the 360° view).
void start_contact(UiContext& ctx, const RecordId& client_id, Channel channel, bool meeting);

}  // namespace rm::ui
