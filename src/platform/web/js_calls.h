// Calls from C++ into the page's JS glue (web/js/platform.js). Kept in one
// place so the C++/JS contract can be read at a glance.
#pragma once

namespace rm::web {

void js_request_frame();
void js_set_text_input(bool active, float x, float y, float line_height);
void js_clipboard_write(const char* utf8);
void js_set_title(const char* utf8);
void js_set_html_lang(const char* lang);
// <html data-theme="dark|light">: the page's CSS styles its DOM parts by it.
void js_set_theme(bool dark);

}  // namespace rm::web
