// Form helpers shared by the Client 360° sections and the new-client wizard.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "ui/screens/client_view_parts.h"

#include "app/commands/client_commands.h"
#include "app/planner_view.h"

namespace rm::ui::cv {

MoneyError parse_yuan(std::string_view text, Fen& out) {
  constexpr int64_t kMaxYuan = 10'000'000'000'000LL;  // 10^13 yuan
  int64_t yuan_part = 0;
  int64_t fen_part = 0;
  int decimals = -1;  // -1: no decimal point yet
  int digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (decimals < 0) {
        yuan_part = yuan_part * 10 + (c - '0');
        if (yuan_part > kMaxYuan) return MoneyError::range;
        ++digits;
      } else {
        if (decimals >= 2) return MoneyError::format;
        fen_part = fen_part * 10 + (c - '0');
        ++decimals;
      }
    } else if (c == '.' && decimals < 0) {
      decimals = 0;
    } else if ((c == ',' || c == ' ') && decimals < 0) {
      // grouping
    } else {
      return MoneyError::format;
    }
  }
  if (digits == 0 && decimals <= 0) {
    if (decimals == 0) return MoneyError::format;  // "."
    out = 0;
    return MoneyError::none;
  }
  if (decimals == 1) fen_part *= 10;
  out = yuan_part * 100 + fen_part;
  return MoneyError::none;
}

std::string yuan_edit_text(Fen amount) { return format_yuan_edit(amount); }

bool parse_int(std::string_view text, int lo, int hi, int& out) {
  long long v = 0;
  int digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (++digits > 6) return false;
    } else if (c != ' ') {
      return false;
    }
  }
  if (digits == 0) {
    if (lo > 0) return false;
    out = 0;
    return true;
  }
  if (v < lo || v > hi) return false;
  out = static_cast<int>(v);
  return true;
}

bool check_money(FormErrors& e, const std::string& id, const std::string& text, Fen& out) {
  switch (parse_yuan(text, out)) {
    case MoneyError::none: return true;
    case MoneyError::format: e[id] = cvt::kErrMoney; return false;
    case MoneyError::range: e[id] = cvt::kErrMoneyRange; return false;
  }
  return false;
}

bool check_date(FormErrors& e, const std::string& id, const DateInputState& s, DateValue& out) {
  const DateError err = parse_date_input(s, out);
  if (err == DateError::none) return true;
  e[id] = date_error_text(err);
  return false;
}

bool check_phone(const std::string& value) { return phone_looks_valid(value); }
bool check_email(const std::string& value) { return email_looks_valid(value); }

void label(const Text& t) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(t));
}

void error_line(const FormErrors& e, const std::string& id) {
  const auto it = e.find(id);
  if (it == e.end()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, tone_u32(Tone::bad));
  ImGui::TextWrapped("%s", tr(it->second));
  ImGui::PopStyleColor();
  track((id + ".error").c_str(), tr(it->second));
}

bool text_field(const std::string& id, std::string& value, const FormErrors* e, float width) {
  ImGui::PushID(id.c_str());
  ImGui::SetNextItemWidth(width);
  const bool changed = ImGui::InputText("##t", &value);
  track(id.c_str(), value);
  ImGui::PopID();
  if (e) error_line(*e, id);
  return changed;
}

bool multiline_field(const std::string& id, std::string& value, float height) {
  ImGui::PushID(id.c_str());
  const bool changed = ImGui::InputTextMultiline("##m", &value, ImVec2(-FLT_MIN, height));
  track(id.c_str(), value);
  ImGui::PopID();
  return changed;
}

bool money_field(const std::string& id, std::string& value, const FormErrors* e, float width) {
  ImGui::PushID(id.c_str());
  ImGui::SetNextItemWidth(width);
  const bool changed = ImGui::InputTextWithHint("##y", "0.00", &value);
  // Typed as "9499926", shown as "9,499,926" once the field is left: a form
  // writes amounts as every other figure is written (core/money.h).
  Fen typed = 0;
  if (ImGui::IsItemDeactivated() && parse_yuan(value, typed) == MoneyError::none) value = format_yuan_edit(typed);
  track(id.c_str(), value);
  ImGui::PopID();
  if (e) error_line(*e, id);
  return changed;
}

const Policy& active_policy(const Workspace& ws) { return rm::active_policy(ws.book()); }

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
    if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' || text[i] == ';') {
      flush();
    } else if (text.compare(i, 3, "，") == 0 || text.compare(i, 3, "、") == 0 || text.compare(i, 3, "；") == 0) {
      flush();
      i += 2;
    } else {
      cur += text[i];
    }
  }
  flush();
  return out;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

size_t utf8_length(const std::string& text) {
  size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void set_flash(ClientViewState& s, const std::string& text, bool error) {
  s.flash = text;
  s.flash_error = error;
}

std::string format(const Text& t, const char* a) {
  char buf[512];
  std::snprintf(buf, sizeof buf, tr(t), a);
  return buf;
}

std::string format(const Text& t, const char* a, const char* b) {
  char buf[512];
  std::snprintf(buf, sizeof buf, tr(t), a, b);
  return buf;
}

void request_delete(ClientViewState& s, AnyRecord record, const std::string& what) {
  s.pending_delete = std::move(record);
  s.pending_delete_label = what;
}

}  // namespace rm::ui::cv
