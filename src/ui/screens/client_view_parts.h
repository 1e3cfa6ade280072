// Shared pieces of the Client 360° view and the new-client wizard: money
// parsing (yuan text → integer fen, never floating point), form rows with
// inline validation messages, enum combos with automation ids, and the
// section entry points (one client_view_*.cpp file each).
#pragma once
#include <imgui.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/codes.h"
#include "core/policy/policy.h"
#include "core/risk/questionnaire.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/screens/client_view.h"
#include "ui/strings/client_view_strings.h"
#include "ui/strings/enum_labels.h"
#include "ui/widgets/fit_width.h"

namespace rm::ui::cv {

// "12,345.67", "12345.6", "12 345" → fen. Empty → 0. nullopt on anything else
// (letters, a minus sign, three decimals) or beyond 10^13 yuan.
enum class MoneyError { none, format, range };
MoneyError parse_yuan(std::string_view text, Fen& out);
std::string yuan_edit_text(Fen amount);  // format_yuan_edit: "1,234.50"; "9,499,926"; 0 → ""
// Whole number in [lo, hi]; empty → 0 when lo <= 0.
bool parse_int(std::string_view text, int lo, int hi, int& out);

// Validation helpers: each records a message under ID on failure.
bool check_money(FormErrors& e, const std::string& id, const std::string& text, Fen& out);
bool check_date(FormErrors& e, const std::string& id, const DateInputState& s, DateValue& out);
bool check_phone(const std::string& value);
bool check_email(const std::string& value);

// Label on the left cell, field in the next; a message line below when ID has an error.
void label(const Text& t);
void error_line(const FormErrors& e, const std::string& id);
bool text_field(const std::string& id, std::string& value, const FormErrors* e = nullptr, float width = -FLT_MIN);
bool multiline_field(const std::string& id, std::string& value, float height = 54.0f);
bool money_field(const std::string& id, std::string& value, const FormErrors* e = nullptr, float width = -FLT_MIN);

// A combo over an enum of codes.h, labelled from the shared enum labels
// (ui/strings/enum_labels.h); items are tracked as ID.<code>.
template <class E>
bool enum_combo(const std::string& id, E& value, float width = -FLT_MIN) {
  constexpr size_t N = EnumCodes<E>::codes.size();
  bool changed = false;
  ImGui::PushID(id.c_str());
  // A set width still holds the longest label in the UI language
  // (docs/ui-style.md "Widths").
  if (width > 0)
    for (size_t i = 0; i < N; ++i) width = std::max(width, combo_width(ui::label(static_cast<E>(i))));
  ImGui::SetNextItemWidth(width);
  const size_t cur = static_cast<size_t>(value);
  if (ImGui::BeginCombo("##combo", cur < N ? ui::label(value) : "?")) {
    for (size_t i = 0; i < N; ++i) {
      if (ImGui::Selectable(ui::label(static_cast<E>(i)), i == cur)) {
        value = static_cast<E>(i);
        changed = true;
      }
      track((id + "." + std::string(EnumCodes<E>::codes[i])).c_str());
    }
    ImGui::EndCombo();
  }
  track_framed(id.c_str(), cur < N ? ui::label(value) : "?", true, std::string(code_of(value)));
  ImGui::PopID();
  return changed;
}

const Policy& active_policy(const Workspace& ws);
std::vector<std::string> split_list(const std::string& text);  // "a, b，c、d"
std::string join_list(const std::vector<std::string>& items);
size_t utf8_length(const std::string& text);

void set_flash(ClientViewState& s, const std::string& text, bool error = false);
std::string format(const Text& t, const char* a);
std::string format(const Text& t, const char* a, const char* b);

// Draws the questionnaire (radio buttons ID.q<i>.o<j>); true when an answer changed.
bool draw_questionnaire(const Questionnaire& q, std::vector<int>& answers, const std::string& id);
const Questionnaire& questionnaire();

// The balance sheet and the income statement as data, one row per figure, so
// the 360° finances and the new-client wizard draw and read the same form
// (client_view_finances.cpp). Field ids are PREFIX + key.
struct BalanceField {
  const char* key;
  const Text* label;
  Fen BalanceSheet::*member;
};
struct IncomeField {
  const char* key;
  const Text* label;
  Fen IncomeStatement::*member;
};
extern const std::array<BalanceField, 11> kBalance;
extern const std::array<IncomeField, 6> kIncome;
using BalanceTexts = std::array<std::string, 11>;  // yuan as typed, in kBalance order
using IncomeTexts = std::array<std::string, 6>;
// Label and field rows in the current two-column table; true when one changed.
bool balance_rows(const std::string& prefix, BalanceTexts& text, const FormErrors* e);
bool income_rows(const std::string& prefix, IncomeTexts& text, const FormErrors* e);
// The typed figures as fen; a field that is not an amount is flagged in E.
void check_figures(FormErrors& e, const std::string& prefix, const BalanceTexts& balance, const IncomeTexts& income,
                   BalanceSheet& b, IncomeStatement& s);

// Sections of the 360° view (client_view_*.cpp).
void load_profile(ProfileForm& f, const Workspace& ws, const Client& c);
bool validate_profile(ProfileForm& f, Date today, const std::string& actor, Client& out);  // fills OUT on success
void draw_profile(UiContext& ctx, const Client& c);
// The credit rating's five factors (edited in DRAFT, saved with the profile)
// and the client's value; true when DRAFT changed.
bool draw_credit_and_value(UiContext& ctx, const Client& stored, Client& draft);
void load_finances(FinanceForm& f, const Workspace& ws, const Client& c);
bool validate_finances(FinanceForm& f, Household& out);
void draw_finances(UiContext& ctx, const Client& c);
void draw_holdings(UiContext& ctx, const Client& c, uint32_t pos);
void draw_risk(UiContext& ctx, const Client& c, uint32_t pos);
void draw_timeline(UiContext& ctx, const Client& c, uint32_t pos);
void draw_records(UiContext& ctx, const Client& c, uint32_t pos);

// Asks to delete RECORD (a tombstone through an Edit) after confirmation.
void request_delete(ClientViewState& s, AnyRecord record, const std::string& what);

}  // namespace rm::ui::cv
