#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "app/commands/settings_commands.h"
#include "ui/ui_context.h"

namespace rm::ui {

// The manager's own details as typed, until saved (update_own_profile).
struct OwnProfileForm {
  bool loaded = false;
  bool edited = false;
  uint64_t revision = 0;  // the book's revision the fields were read at
  UpdateOwnProfile fields;
  std::optional<Problem> refusal;
  bool saved = false;
};

// One product of the catalogue as typed, in a dialog (save_product).
struct ProductForm {
  bool open = false;
  SaveProduct fields;
  std::string expected_return;  // percent as typed: "3.50"
  std::string error;             // the return does not parse
  std::optional<Problem> refusal;
};

struct SettingsState {
  OwnProfileForm profile;
  ProductForm product;
  std::optional<Problem> role_refusal;  // set_own_role's answer
};

void draw_settings(UiContext& ctx);

}  // namespace rm::ui
