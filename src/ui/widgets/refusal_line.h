// A command's refusal as the user reads it: the Problem's message in the UI
// language, drawn in the "bad" tone under the form that was refused.
#pragma once
#include <optional>
#include <string>

#include "core/problem.h"

namespace rm::ui {

const std::string& refusal_text(const Problem& problem);

// Draws PROBLEM's message (nothing when empty), tracked as ID with the
// message as its text, so the e2e tests can read why a save was refused.
void refusal_line(const char* id, const std::optional<Problem>& problem);

}  // namespace rm::ui
