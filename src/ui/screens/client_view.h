#pragma once
#include <string>

#include "ui/ui_context.h"

namespace rm::ui {

struct ClientViewState {
  std::string client_id;         // the client on screen
  bool start_new_client = false;  // set by Ctrl+N: open the new-client wizard
};

void draw_client_view(UiContext& ctx);

}  // namespace rm::ui
