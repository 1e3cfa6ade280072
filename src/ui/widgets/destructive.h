// Destructive actions, one look and one confirmation (docs/ui-style.md
// "Destructive actions"): the button is drawn in the "bad" tone and set apart
// from Save; pressing it opens a dialog titled with the action that names what
// goes and says whether Ctrl+Z takes it back. Cancel comes first and is the
// default (Esc, and Enter on the dialog's first button), the red button second.
#pragma once
#include <string>

namespace rm::ui {

// A button in the destructive look. SMALL: a row's SmallButton.
bool destructive_button(const char* label, bool small = false);

// Space before a destructive button on a row that holds Save: at least a
// gap, so it is never the button next to Save.
void destructive_gap();

// Opens the confirmation POPUP (then drawn by confirm_destructive).
void open_confirm(const char* popup);

enum class Confirm { none, confirmed, cancelled };

struct ConfirmText {
  const char* title;         // the title bar: the action ("删除客户")
  std::string body;          // what goes
  const char* confirm;       // the red button's label
  bool undoable;             // says "Ctrl+Z undoes it" or "cannot be undone"
  const char* confirm_id;    // automation ids of the two buttons
  const char* cancel_id;
};

// Draws the confirmation POPUP while open; returns what the person chose.
Confirm confirm_destructive(const char* popup, const ConfirmText& text);

}  // namespace rm::ui
