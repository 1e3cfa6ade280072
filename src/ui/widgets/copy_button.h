// A copy-to-clipboard button that says it copied: after a click it reads
// "已复制 / Copied" for as long as the text it copied is the text it offers
// (docs/ui-style.md "Destructive actions" has the other feedback rules).
#pragma once
#include <string>

#include "ui/ui_context.h"

namespace rm::ui {

// Draws the button (LABEL, or "Copied" once TEXT was copied), tracked as
// AUTOMATION_ID with the button's caption as its text. True when clicked.
bool copy_button(Actions& actions, const char* label, const std::string& text, const char* automation_id);

}  // namespace rm::ui
