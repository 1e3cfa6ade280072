#include "platform/web/web_actions.h"

#include <emscripten/emscripten.h>

#include <cstdlib>

#include "platform/web/app_state.h"
#include "platform/web/js_calls.h"

EM_JS(void, rm_js_changed, (), {
  if (typeof RMStorage !== 'undefined' && RMStorage.changed) RMStorage.changed();
});
// RMPlatform.download (web/js/platform.js) is the page's one download helper.
EM_JS(void, rm_js_download, (const char* name, const char* mime, const char* data, int length), {
  RMPlatform.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + length));
});

EM_JS(void, rm_js_set_preference, (const char* key, const char* value), {
  try {
    const k = 'rmplanner.pref.' + UTF8ToString(key), v = UTF8ToString(value);
    if (v) localStorage.setItem(k, v); else localStorage.removeItem(k);
  } catch (e) {}
});
EM_JS(char*, rm_js_preference, (const char* key), {
  let v = null;
  try { v = localStorage.getItem('rmplanner.pref.' + UTF8ToString(key)); } catch (e) {}
  v = v || "";
  const n = lengthBytesUTF8(v) + 1;
  const p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});

EM_JS(void, rm_js_lock, (), {
  if (typeof RMStorage !== 'undefined') RMStorage.api.lock().catch((e) => console.warn(e && e.message_en || e));
});
// Asks the browser at most every 30 s; answers from the last estimate.
EM_JS(void, rm_js_open_restore_points, (), {
  if (typeof RMRestore !== 'undefined') RMRestore.open();
});
EM_JS(void, rm_js_open_review_export, (const char* id, const char* name), {
  if (typeof RMBackup !== 'undefined') RMBackup.open({reviewFor: {id: UTF8ToString(id), name: UTF8ToString(name)}});
});

EM_JS(void, rm_js_open_backup_dialog, (), {
  if (typeof RMBackup !== 'undefined') RMBackup.open();
});
EM_JS(void, rm_js_open_sync_dialog, (), {
  if (typeof RMSyncDialog !== 'undefined') RMSyncDialog.open();
});
// Both ask the page's storage layer (web/js/passphrase.js).
EM_JS(int, rm_js_book_is_plain, (), {
  return typeof RMStorage !== 'undefined' && RMStorage.isPlain && RMStorage.isPlain() ? 1 : 0;
});
EM_JS(void, rm_js_open_passphrase_dialog, (), {
  if (typeof RMStorage !== 'undefined' && RMStorage.openPassphraseDialog) RMStorage.openPassphraseDialog();
});
EM_JS(int, rm_js_storage_estimate, (double* out), {
  const now = Date.now();
  if (typeof RMStorage !== 'undefined' && !(RMPlatform.quotaAskedAt > now - 30000)) {
    RMPlatform.quotaAskedAt = now;
    RMStorage.api.quota().then((q) => { RMPlatform.quota = q; RMPlatform.requestFrame(); }, () => {});
  }
  const q = RMPlatform.quota;
  if (!q || q.usage == null || q.quota == null) return 0;
  HEAPF64[out >> 3] = q.usage;
  HEAPF64[(out >> 3) + 1] = q.quota;
  HEAPF64[(out >> 3) + 2] = q.persisted ? 1 : 0;
  return 1;
});

namespace rm::web {

void notify_changed() {
  rm_js_changed();
  js_request_frame();
}

Problem not_writable() {
  return {"not_writable", "", "The book is not open for changes (locked, read-only or still loading).",
          "数据未处于可修改状态（已锁定、只读或仍在加载）。"};
}

Result<int64_t> dispatch(const Command& command) {
  AppState& app = app_state();
  if (!app.workspace || app.store != StoreState::open) return not_writable();
  const CommandContext context = own_context(app.workspace->book(), command, app.today);
  Result<int64_t> result = app.workspace->dispatch(command, context, app.now_ms);
  if (result.ok() && result.value() > 0) notify_changed();
  return result;
}

Result<int64_t> WebActions::dispatch(const Command& command) { return web::dispatch(command); }

void WebActions::undo() {
  AppState& app = app_state();
  if (app.workspace && app.store != StoreState::read_only && app.workspace->undo(app.now_ms)) notify_changed();
}

void WebActions::redo() {
  AppState& app = app_state();
  if (app.workspace && app.store != StoreState::read_only && app.workspace->redo(app.now_ms)) notify_changed();
}

void WebActions::remove_demo_data() {
  AppState& app = app_state();
  if (!app.workspace || app.store == StoreState::read_only) return;
  app.workspace->remove_demo_data();
  notify_changed();
}

void WebActions::copy_to_clipboard(const std::string& utf8) { js_clipboard_write(utf8.c_str()); }

void WebActions::download(const std::string& name, const std::string& mime, const std::string& contents) {
  rm_js_download(name.c_str(), mime.c_str(), contents.data(), static_cast<int>(contents.size()));
}

RecordId WebActions::new_id() {
  AppState& app = app_state();
  return app.workspace ? app.workspace->new_id() : RecordId();
}

void WebActions::set_preference(const std::string& key, const std::string& value) {
  rm_js_set_preference(key.c_str(), value.c_str());
}

std::string WebActions::preference(const std::string& key) {
  char* p = rm_js_preference(key.c_str());
  std::string out = p;
  std::free(p);
  return out;
}

void WebActions::lock() { rm_js_lock(); }
void WebActions::open_restore_points() { rm_js_open_restore_points(); }
void WebActions::open_backup_dialog() { rm_js_open_backup_dialog(); }
void WebActions::open_sync_dialog() { rm_js_open_sync_dialog(); }

void WebActions::open_review_export(const RecordId& manager_id, const std::string& manager_name) {
  rm_js_open_review_export(manager_id.str().c_str(), manager_name.c_str());
}
bool WebActions::book_is_plain() { return rm_js_book_is_plain() != 0; }
bool WebActions::book_in_memory() { return app_state().in_memory; }
void WebActions::open_passphrase_dialog() { rm_js_open_passphrase_dialog(); }

bool WebActions::storage_estimate(int64_t& usage, int64_t& quota, bool& persisted) {
  double values[3] = {0, 0, 0};
  if (!rm_js_storage_estimate(values)) return false;
  usage = static_cast<int64_t>(values[0]);
  quota = static_cast<int64_t>(values[1]);
  persisted = values[2] != 0;
  return true;
}

}  // namespace rm::web
