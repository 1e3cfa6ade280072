// The automation layer's report of labels cut off (src/ui/automation.h,
// "ui.clipped"), on a headless ImGui frame: what the screens test relies on to
// catch "Branch meetin" in English.
#include <catch_amalgamated.hpp>

#include <imgui.h>

#include "imgui_context.h"

#include <string>

#include "ui/automation.h"
#include "ui/widgets/fit_width.h"

using namespace rm::ui;

namespace {

// One frame of a 800×600 window drawn by DRAW; returns "ui.clipped".
template <class F>
std::string frame(F&& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60;
  ImGui::NewFrame();
  begin_automation_frame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(800, 600));
  ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration);
  draw();
  ImGui::End();
  end_automation_frame();
  ImGui::Render();
  return item_rect("ui.clipped").text;
}

using Context = rm::test::ImGuiContextScope;

void table(float channel_width) {
  if (!ImGui::BeginTable("##agenda", 2, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("Channel", ImGuiTableColumnFlags_WidthFixed, channel_width);
  ImGui::TableSetupColumn("Reason", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted("Branch meeting");
  ImGui::TableNextColumn();
  ImGui::TextUnformatted("6-4-2");
  ImGui::EndTable();
}

}  // namespace

TEST_CASE("ui.clipped: a table column narrower than its text is reported; one that fits it is not") {
  Context ctx;
  for (int i = 0; i < 3; ++i) frame([] { table(40); });  // tables settle over a frame or two
  const std::string cut = frame([] { table(40); });
  CHECK(cut.find("Channel") != std::string::npos);
  for (int i = 0; i < 3; ++i) frame([] { table(0); });  // width 0: fits its widest cell
  CHECK(frame([] { table(0); }).empty());
}

TEST_CASE("ui.clipped: a combo whose preview is wider than its box is reported") {
  Context ctx;
  auto combo = [](float width) {
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##manager", "Choose a manager")) ImGui::EndCombo();
    track_framed("clients.bulk.manager", "Choose a manager", true);
  };
  frame([&] { combo(100); });
  CHECK(frame([&] { combo(100); }).find("clients.bulk.manager") != std::string::npos);
  CHECK(item_rect("clients.bulk.manager").clipped);
  CHECK(frame([&] { combo(combo_width("Choose a manager")); }).empty());
  CHECK_FALSE(item_rect("clients.bulk.manager").clipped);
}
