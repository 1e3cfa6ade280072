// The planner's window: navigation and the screen in front. Immediate mode:
// drawn from state every frame; transient widget buffers live in UiState.
#pragma once
#include <string>

namespace rm::ui {

enum class Screen { Today, Clients, Pipeline, Planner, Reports, Settings };

struct UiState {
  Screen screen = Screen::Today;
  std::string client_search;
  bool dark_theme = false;
};

void apply_theme(bool dark);
void draw_app(UiState& state);

}  // namespace rm::ui
