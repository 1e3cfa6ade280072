// The browser platform layer: the page's JS glue (web/js/platform.js) owns the
// DOM — canvas size, input events, the hidden IME textarea, the clipboard and
// frame scheduling — and calls the rm_* functions below. Frames are drawn on
// demand: JS asks for one after input or an async result, and rm_frame says
// whether another is needed, so an idle app draws nothing.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>  // InputEventsQueue: input still to be trickled into frames

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "core/demo/demo_book.h"
#include "platform/web/app_state.h"
#include "platform/web/gl_renderer.h"
#include "platform/web/web_actions.h"
#include "platform/web/js_calls.h"
#include "platform/web/key_map.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/strings.h"

namespace {

const ImWchar kFontRanges[] = {
#include "font_ranges.inc"
};

constexpr float kFontSize = 16.0f;
// ImGui needs a few frames after an event to settle (hover, active ids, layout
// that depends on the previous frame's sizes).
constexpr int kSettleFrames = 3;
constexpr int kCaretBlinkMs = 530;

struct WebApp {
  rm::web::GlRenderer renderer;
  std::vector<unsigned char> font_file;
  float dpr = 0;
  float css_width = 1280, css_height = 800;
  uint32_t font_texture = 0;
  double last_time_ms = 0;
  int frames_to_settle = kSettleFrames;
  std::string clipboard;
  ImGuiPlatformImeData ime{};
  rm::ui::UiState ui;
  rm::web::WebActions actions;
  rm::ui::Language last_language = rm::ui::Language::Chinese;
  bool last_dark = false;
};

WebApp* g_app = nullptr;  // main() returns; state lives on the heap

void build_fonts(float dpr) {
  ImGuiIO& io = ImGui::GetIO();
  if (g_app->font_texture) g_app->renderer.destroy_texture(g_app->font_texture);
  io.Fonts->Clear();
  ImFontConfig cfg;
  // Baked at the device's pixel size so each glyph maps 1:1 to screen pixels.
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  cfg.FontDataOwnedByAtlas = false;
  io.Fonts->AddFontFromMemoryTTF(g_app->font_file.data(), static_cast<int>(g_app->font_file.size()),
                                 std::round(kFontSize * dpr), &cfg, kFontRanges);
  io.Fonts->TexDesiredWidth = 4096;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  g_app->font_texture = g_app->renderer.upload_alpha_texture(pixels, w, h);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g_app->font_texture)));
  io.Fonts->ClearTexData();
  io.FontGlobalScale = 1.0f / dpr;
}

const char* clipboard_get(void*) { return g_app->clipboard.c_str(); }
void clipboard_set(void*, const char* text) {
  g_app->clipboard = text;
  rm::web::js_clipboard_write(text);
}

void ime_data_set(ImGuiViewport*, ImGuiPlatformImeData* data) { g_app->ime = *data; }

void wake() {
  g_app->frames_to_settle = kSettleFrames;
  rm::web::js_request_frame();
}

void set_mods(int mods) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, mods & 1);
  io.AddKeyEvent(ImGuiMod_Shift, mods & 2);
  io.AddKeyEvent(ImGuiMod_Alt, mods & 4);
  io.AddKeyEvent(ImGuiMod_Super, mods & 8);
}

}  // namespace

extern "C" {

// Returns 0 when ready, or a code the page turns into a message.
EMSCRIPTEN_KEEPALIVE int rm_boot(const char* font_path) {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;
  attrs.antialias = false;
  attrs.depth = false;
  attrs.stencil = false;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
  if (ctx <= 0) return 1;
  emscripten_webgl_make_context_current(ctx);

  g_app = new WebApp();
  std::ifstream in(font_path, std::ios::binary);
  g_app->font_file.assign(std::istreambuf_iterator<char>(in), {});
  if (g_app->font_file.empty()) return 2;
  if (!g_app->renderer.init()) return 3;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code; nothing to persist behind the core's back
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendPlatformName = "rmplanner-web";
  io.BackendRendererName = "rmplanner-webgl2";
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  io.SetClipboardTextFn = clipboard_set;
  io.GetClipboardTextFn = clipboard_get;
  io.SetPlatformImeDataFn = ime_data_set;
  rm::ui::apply_theme(false);
  rm::web::js_set_html_lang("zh-CN");
  rm::web::js_set_title(rm::ui::tr(rm::ui::Str::AppTitle));
  return 0;
}

EMSCRIPTEN_KEEPALIVE void rm_resize(float css_width, float css_height, float dpr) {
  g_app->css_width = css_width;
  g_app->css_height = css_height;
  if (dpr != g_app->dpr) {
    g_app->dpr = dpr;
    build_fonts(dpr);
  }
  wake();
}

EMSCRIPTEN_KEEPALIVE void rm_mouse_move(float x, float y) {
  ImGui::GetIO().AddMousePosEvent(x, y);
  wake();
}

EMSCRIPTEN_KEEPALIVE void rm_mouse_button(int button, int down) {
  if (button >= 0 && button < ImGuiMouseButton_COUNT) ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
  wake();
}

EMSCRIPTEN_KEEPALIVE void rm_mouse_leave() {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake();
}

EMSCRIPTEN_KEEPALIVE void rm_wheel(float dx, float dy) {
  // Browsers report pixels (about 100 a notch); ImGui counts notches.
  ImGui::GetIO().AddMouseWheelEvent(-dx / 100.0f, -dy / 100.0f);
  wake();
}

// mods: 1 ctrl, 2 shift, 4 alt, 8 meta. Returns 1 if ImGui knows the key.
EMSCRIPTEN_KEEPALIVE int rm_key(const char* dom_code, int down, int mods) {
  set_mods(mods);
  const ImGuiKey key = rm::web::key_from_dom_code(dom_code);
  if (key != ImGuiKey_None) ImGui::GetIO().AddKeyEvent(key, down != 0);
  wake();
  return key != ImGuiKey_None;
}

// Text committed by the IME textarea (typing, composition end, insertText, paste).
EMSCRIPTEN_KEEPALIVE void rm_text(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  wake();
}

EMSCRIPTEN_KEEPALIVE void rm_paste(const char* utf8) {
  g_app->clipboard = utf8;
  rm_text(utf8);
}

EMSCRIPTEN_KEEPALIVE void rm_wake() { wake(); }

EMSCRIPTEN_KEEPALIVE void rm_focus(int focused) {
  ImGui::GetIO().AddFocusEvent(focused != 0);
  wake();
}

// Draws one frame. Returns -1: draw another next animation frame; 0: idle
// until the next event; n > 0: wake after n ms (the caret blinks).
EMSCRIPTEN_KEEPALIVE int rm_frame(double now_ms) {
  ImGuiIO& io = ImGui::GetIO();
  const double dt = g_app->last_time_ms > 0 ? (now_ms - g_app->last_time_ms) / 1000.0 : 1.0 / 60.0;
  g_app->last_time_ms = now_ms;
  io.DeltaTime = static_cast<float>(dt > 0.0001 ? (dt < 1.0 ? dt : 1.0) : 0.0001);
  io.DisplaySize = ImVec2(g_app->css_width, g_app->css_height);
  io.DisplayFramebufferScale = ImVec2(g_app->dpr, g_app->dpr);

  rm::web::AppState& app = rm::web::app_state();
  app.now_ms = static_cast<int64_t>(emscripten_date_now());
  ImGui::NewFrame();
  rm::ui::begin_automation_frame();
  if (app.workspace) {
    rm::ui::UiContext ctx{*app.workspace, app.today, app.now_ms, g_app->ui, g_app->actions};
    rm::ui::draw_app(ctx);
  } else {
    rm::ui::draw_no_book();
  }
  rm::ui::end_automation_frame();
  ImGui::Render();
  const int fb_w = static_cast<int>(std::round(g_app->css_width * g_app->dpr));
  const int fb_h = static_cast<int>(std::round(g_app->css_height * g_app->dpr));
  g_app->renderer.render(ImGui::GetDrawData(), fb_w, fb_h);

  if (rm::ui::language() != g_app->last_language) {
    g_app->last_language = rm::ui::language();
    const bool zh = g_app->last_language == rm::ui::Language::Chinese;
    rm::web::js_set_html_lang(zh ? "zh-CN" : "en");
    rm::web::js_set_title(rm::ui::tr(rm::ui::Str::AppTitle));
    g_app->frames_to_settle = kSettleFrames;
  }
  // The page's own DOM (the save status, the store's dialogs) follows the theme.
  if (g_app->ui.dark_theme != g_app->last_dark) {
    g_app->last_dark = g_app->ui.dark_theme;
    rm::web::js_set_theme(g_app->last_dark);
  }

  // The hidden textarea follows ImGui's text cursor so the IME window opens there.
  const ImGuiPlatformImeData& ime = g_app->ime;
  rm::web::js_set_text_input(io.WantTextInput, ime.InputPos.x, ime.InputPos.y, ime.InputLineHeight);

  if (g_app->frames_to_settle > 0) {
    --g_app->frames_to_settle;
    return -1;
  }
  // ImGui hands fast input to frames a step at a time (a key press and its
  // character in different frames): while some is still queued, keep
  // drawing, or the last characters typed would wait for the next wake.
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) return -1;
  return io.WantTextInput ? kCaretBlinkMs : 0;
}

EMSCRIPTEN_KEEPALIVE const char* rm_item_rect(const char* automation_id) {
  static std::string out;
  const rm::ui::ItemRect r = rm::ui::item_rect(automation_id);
  char buf[160];
  std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"visible\":%s", r.x, r.y, r.w, r.h,
                r.visible ? "true" : "false");
  out = buf;
  out += r.clipped ? ",\"clipped\":true" : ",\"clipped\":false";
  out += ",\"text\":\"";
  for (char c : r.text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  out += "\"}";
  return out.c_str();
}

// The page's local calendar date and UTC offset (the core reads no clock).
EMSCRIPTEN_KEEPALIVE void rm_set_today(int year, int month, int day, int utc_offset_minutes) {
  rm::web::AppState& app = rm::web::app_state();
  if (auto d = rm::Date::checked(year, month, day)) app.today = *d;
  app.utc_offset_minutes = utc_offset_minutes;
  wake();
}

// Without IndexedDB (a private window, or storage refused) the app still runs:
// a demo book in memory, with export as the way to keep anything. CLIENTS is
// the book's size (400 normally; more with ?demo=N to measure large books).
EMSCRIPTEN_KEEPALIVE void rm_open_demo_in_memory(int clients) {
  rm::web::AppState& app = rm::web::app_state();
  rm::DemoOptions options;
  options.today = app.today;
  if (clients > 0) options.clients = clients;
  rm::Book book = rm::make_demo_book(options);
  std::string actor = book.settings.owner_manager_id.str();
  app.workspace = std::make_unique<rm::Workspace>(std::move(book), actor, rm::web::random64,
                                                  static_cast<int64_t>(emscripten_date_now()));
  app.store = rm::web::StoreState::open;
  app.in_memory = true;
  wake();
}

EMSCRIPTEN_KEEPALIVE const char* rm_version() { return "0.1.0"; }

}  // extern "C"

int main() { return 0; }
