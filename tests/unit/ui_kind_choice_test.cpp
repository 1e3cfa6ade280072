// The record-contact forms' kind choice (widgets/channel_choice.h kind_choice)
// on a headless ImGui frame: the plan's kind stays while the channel can carry
// it, and follows a channel that leaves no choice.
#include <catch_amalgamated.hpp>

#include <imgui.h>

#include "imgui_context.h"

#include <optional>

#include "ui/automation.h"
#include "ui/widgets/channel_choice.h"

using namespace rm;
using namespace rm::ui;

namespace {

using Context = rm::test::ImGuiContextScope;

// One frame with the kind choice for CHANNEL; returns the tracked code.
std::string frame(const std::optional<Channel>& channel, std::optional<ContactClass>& kind) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60;
  ImGui::NewFrame();
  begin_automation_frame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(800, 600));
  ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
  kind_choice("today.record.kind", channel, kind);
  ImGui::End();
  end_automation_frame();
  ImGui::Render();
  return item_rect("today.record.kind").text;
}

}  // namespace

TEST_CASE("kind choice: the plan's call stays a call on WeChat and follows a channel that allows no call") {
  Context ctx;
  std::optional<ContactClass> kind = ContactClass::call;  // the agenda entry's kind, preset
  CHECK(frame(std::nullopt, kind) == "call");            // no channel chosen yet: shown as the plan's
  CHECK(frame(Channel::wechat, kind) == "call");          // a WeChat voice call
  CHECK(kind == ContactClass::call);
  CHECK(frame(Channel::sms, kind) == "message");          // SMS carries only messages
  CHECK(frame(Channel::visit, kind) == "meeting");
  std::optional<ContactClass> none;
  CHECK(frame(std::nullopt, none).empty());  // the 360° view: nothing until a channel is chosen
  CHECK(frame(Channel::wechat, none) == "message");
}
