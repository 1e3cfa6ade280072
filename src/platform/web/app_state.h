// The browser app's one piece of global state: main() returns under
// Emscripten, so everything lives on the heap behind this accessor. The UI
// (src/ui) gets the Workspace through it; the storage bridge
// (store_bridge.cpp) creates it after an unlock and destroys it on lock.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "app/workspace.h"
#include "core/civil_date.h"

namespace rm::web {

enum class StoreState { starting, needs_setup, locked, open, read_only, failed };

struct AppState {
  std::unique_ptr<Workspace> workspace;  // null while locked or starting
  StoreState store = StoreState::starting;
  Date today;                 // the user's local date, set by the page
  int32_t utc_offset_minutes = 480;
  int64_t now_ms = 0;         // wall clock as of the last frame or event
  std::string actor_id;       // this device's manager id (from the book)
  bool in_memory = false;     // a demo book opened without storage: nothing is saved
};

AppState& app_state();

// Randomness for ids: crypto.getRandomValues in the page.
uint64_t random64();

}  // namespace rm::web
