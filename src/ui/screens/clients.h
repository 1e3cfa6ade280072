#pragma once
#include <string>

#include "ui/ui_context.h"

namespace rm::ui {

struct ClientsState {
  bool focus_search = false;  // set by Ctrl+K
  std::string search;
};

void draw_clients(UiContext& ctx);

}  // namespace rm::ui
