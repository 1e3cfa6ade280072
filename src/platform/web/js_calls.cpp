#include "platform/web/js_calls.h"

#include <emscripten/emscripten.h>

// Each EM_JS forwards to a function of the page's platform object, so the
// page decides how (and these stay one line each).
EM_JS(void, rm_js_request_frame, (), { RMPlatform.requestFrame(); });
EM_JS(void, rm_js_set_text_input, (int active, float x, float y, float h),
      { RMPlatform.setTextInput(!!active, x, y, h); });
EM_JS(void, rm_js_clipboard_write, (const char* text), { RMPlatform.clipboardWrite(UTF8ToString(text)); });
EM_JS(void, rm_js_set_title, (const char* text), { document.title = UTF8ToString(text); });
EM_JS(void, rm_js_set_html_lang, (const char* lang), { document.documentElement.lang = UTF8ToString(lang); });
EM_JS(void, rm_js_set_theme, (int dark), { document.documentElement.dataset.theme = dark ? 'dark' : 'light'; });

namespace rm::web {

void js_request_frame() { rm_js_request_frame(); }
void js_set_text_input(bool active, float x, float y, float h) { rm_js_set_text_input(active ? 1 : 0, x, y, h); }
void js_clipboard_write(const char* utf8) { rm_js_clipboard_write(utf8); }
void js_set_title(const char* utf8) { rm_js_set_title(utf8); }
void js_set_html_lang(const char* lang) { rm_js_set_html_lang(lang); }
void js_set_theme(bool dark) { rm_js_set_theme(dark ? 1 : 0); }

}  // namespace rm::web
