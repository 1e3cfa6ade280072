#include "ui/widgets/channel_choice.h"

#include <imgui.h>

#include <string>

#include "core/model/contact.h"
#include "ui/automation.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/workbench_strings.h"

namespace rm::ui {

namespace {

constexpr Channel kRemote[] = {Channel::phone, Channel::sms, Channel::wechat, Channel::email, Channel::letter};
constexpr Channel kInPerson[] = {Channel::visit, Channel::branch, Channel::event};

std::string chosen_code(const std::optional<Channel>& value) {
  return value ? std::string(rm::code_of(*value)) : std::string();
}

template <size_t N>
bool radio_row(const char* id, const Text& group, const Channel (&channels)[N], std::optional<Channel>& value) {
  bool changed = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", tr(group));
  for (Channel c : channels) {
    ImGui::SameLine();
    const std::string code(rm::code_of(c));
    ImGui::PushID(code.c_str());
    if (ImGui::RadioButton(label(c), value == c)) {
      value = c;
      changed = true;
    }
    track((std::string(id) + "." + code).c_str(), label(c));
    ImGui::PopID();
  }
  return changed;
}

}  // namespace

bool channel_choice(const char* id, std::optional<Channel>& value) {
  ImGui::PushID(id);
  bool changed = radio_row(id, workbench_text::kChannelRemote, kRemote, value);
  changed |= radio_row(id, workbench_text::kChannelInPerson, kInPerson, value);
  ImGui::PopID();
  track(id, chosen_code(value));
  return changed;
}

bool kind_choice(const char* id, const std::optional<Channel>& channel, std::optional<ContactClass>& kind) {
  bool changed = false;
  if (channel && kind != kind_for(*channel, kind)) {
    kind = kind_for(*channel, kind);
    changed = true;
  }
  ImGui::PushID(id);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", tr(workbench_text::kContactKind));
  for (ContactClass k : {ContactClass::call, ContactClass::message, ContactClass::meeting}) {
    ImGui::SameLine();
    const std::string code(rm::code_of(k));
    ImGui::PushID(code.c_str());
    ImGui::BeginDisabled(channel && !kind_fits(*channel, k));
    if (ImGui::RadioButton(label(k), kind == k)) {
      kind = k;
      changed = true;
    }
    ImGui::EndDisabled();
    track((std::string(id) + "." + code).c_str(), label(k));
    ImGui::PopID();
  }
  ImGui::PopID();
  track(id, kind ? std::string(rm::code_of(*kind)) : std::string());
  return changed;
}

}  // namespace rm::ui
