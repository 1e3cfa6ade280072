#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/commands/settings_commands.h"
#include "core/policy/policy.h"
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

// The active own policy as edited, until saved whole (save_policy). Amounts
// and tier lists are kept as typed.
struct PolicyEditor {
  std::string policy_id;  // whose draft this is
  uint64_t revision = 0;  // the book's revision it was read at
  bool edited = false;
  bool saved = false;
  Policy draft;
  std::vector<std::string> min_text, max_text;  // per tier, yuan
  std::vector<std::string> rule_tiers;          // per rule, "gold, platinum"
  std::string error;                            // an amount does not read
  std::optional<Problem> refusal;               // choose, copy or delete refused
  std::optional<Problem> save_refusal;
};

// A year's holiday notice as typed, until saved (save_year_arrangement).
struct CalendarForm {
  int year = 0;  // the year being entered, 0 = none
  std::string text;
  std::optional<Problem> refusal;
  bool saved = false;
};

struct SettingsState {
  OwnProfileForm profile;
  CalendarForm calendar;
  PolicyEditor policy;
  ProductForm product;
  std::optional<Problem> role_refusal;  // set_own_role's answer
};

void draw_settings(UiContext& ctx);
// Settings → Policy (settings_policy.cpp).
void draw_policy(UiContext& ctx);
// Settings → Working calendar (settings_calendar.cpp).
void draw_calendar(UiContext& ctx);

}  // namespace rm::ui
