#include "platform/web/app_state.h"

#include <emscripten/emscripten.h>

EM_JS(double, rm_js_random32, (), { return crypto.getRandomValues(new Uint32Array(1))[0]; });

namespace rm::web {

AppState& app_state() {
  static AppState* state = new AppState();  // never destroyed: the page owns the lifetime
  return *state;
}

uint64_t random64() {
  const auto hi = static_cast<uint64_t>(rm_js_random32());
  const auto lo = static_cast<uint64_t>(rm_js_random32());
  return (hi << 32) | lo;
}

}  // namespace rm::web
