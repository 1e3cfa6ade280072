// The browser's sync with a WebDAV share: share::sync_with_share, the one
// definition of a sync (src/sync/share/share_sync.h), in a module of its own
// (build/web/sync_engine.js + .wasm, run by web/js/sync_worker.js, which
// web/js/share_sync.js starts when a sync first runs). The protocol is written as blocking calls — send a
// request, hash, seal a file, wait before a retry — and the browser only
// offers promises (fetch, WebCrypto, timers). This module is built with
// ASYNCIFY, so each of those calls suspends the C++ stack while the page
// runs on; and in a worker, so neither the network nor a large book holds up
// the page (docs/data-format.md, "Sync").
// ASYNCIFY costs size and speed wherever it instruments, which is why it is
// confined here and the app's module (src/platform/web) is built without it.
//
// The page hands over the book as bundle JSON and gets back the outcome
// (share_sync_json) and, when the sync changed it, the merged book, which
// the page merges into the book as it is by then (an import), so edits made
// while the sync ran are kept.
//
// Module.shareHost (web/js/sync_worker.js) does the platform work:
//   send({method, path, headers, body}) → {status, headers, body, failure, detail}
//   seal(jsonBytes) → envelope bytes;  open(bytes) → {json} | {problem}
#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "app/commands/settings_commands.h"
#include "core/civil_date.h"
#include "store/bundle.h"
#include "sync/share/share_problem.h"
#include "sync/share/share_session.h"
#include "sync/share/share_sync.h"
#include "sync/share/share_sync_json.h"

namespace {

using nlohmann::json;
using namespace rm;

// ---- The page's promises, awaited -------------------------------------------
// Each returns bytes the page allocated with _malloc; the C++ side frees them.

// One request. OUT_META receives {"status", "headers": [[name, value]],
// "failure", "detail"} as JSON, OUT_BODY the body.
EM_ASYNC_JS(void, rm_js_share_send,
            (const char* request_json, const char* body, int body_len, char** out_meta, char** out_body,
             int* out_body_len),
            {
              const req = JSON.parse(UTF8ToString(request_json));
              req.body = HEAPU8.slice(body, body + body_len);
              let res;
              try {
                res = await Module.shareHost.send(req);
              } catch (e) {
                res = {status : 0, headers : [], body : new Uint8Array(0), failure : 'unreachable', detail : String(e)};
              }
              const meta = JSON.stringify({
                status : res.status | 0,
                headers : res.headers || [],
                failure : res.failure || "",
                detail : res.detail || ""
              });
              const metaLen = lengthBytesUTF8(meta) + 1;
              const m = _malloc(metaLen);
              stringToUTF8(meta, m, metaLen);
              const bytes = res.body || new Uint8Array(0);
              const b = _malloc(bytes.length + 1);
              HEAPU8.set(bytes, b);
              HEAP32[out_meta >> 2] = m;
              HEAP32[out_body >> 2] = b;
              HEAP32[out_body_len >> 2] = bytes.length;
            });

// SHA-256 of the bytes as 64 hex digits into OUT (65 bytes).
EM_ASYNC_JS(void, rm_js_sha256, (const char* data, int len, char* out), {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', HEAPU8.slice(data, data + len)));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  stringToUTF8(hex, out, 65);
});

// The envelope of a bundle (sealed) or the bundle inside one (opened). Returns
// 1 with the bytes in OUT, or 0 with {"code", "en", "zh"} in OUT.
EM_ASYNC_JS(int, rm_js_share_codec, (int seal, const char* data, int len, char** out, int* out_len), {
  const input = HEAPU8.slice(data, data + len);
  let bytes, ok = 1;
  try {
    if (seal) bytes = await Module.shareHost.seal(input);
    else {
      const r = await Module.shareHost.open(input);
      if (r.problem) { ok = 0; bytes = new TextEncoder().encode(JSON.stringify(r.problem)); }
      else bytes = r.json;
    }
  } catch (e) {
    ok = 0;
    bytes = new TextEncoder().encode(JSON.stringify({code : e.code || 'codec', en : e.message_en || String(e), zh : e.message_zh || String(e)}));
  }
  const b = _malloc(bytes.length + 1);
  HEAPU8.set(bytes, b);
  HEAP32[out >> 2] = b;
  HEAP32[out_len >> 2] = bytes.length;
  return ok;
});

std::string take(char* p, int len) {
  std::string out(p, static_cast<size_t>(len));
  std::free(p);
  return out;
}

share::TransportFailure failure_of(const std::string& code) {
  if (code == "unreachable") return share::TransportFailure::unreachable;
  if (code == "connection_dropped") return share::TransportFailure::connection_dropped;
  if (code == "cors_refused") return share::TransportFailure::cors_refused;
  return share::TransportFailure::none;
}

class FetchTransport final : public share::ShareTransport {
 public:
  share::HttpResponse send(const share::HttpRequest& request) override {
    const std::string head =
        json{{"method", request.method}, {"path", request.path}, {"headers", request.headers}}.dump();
    char* meta = nullptr;
    char* body = nullptr;
    int body_len = 0;
    rm_js_share_send(head.c_str(), request.body.data(), static_cast<int>(request.body.size()), &meta, &body,
                     &body_len);
    const json m = json::parse(meta, nullptr, false);
    std::free(meta);
    share::HttpResponse out;
    out.body = take(body, body_len);
    if (m.is_discarded()) {
      out.failure = share::TransportFailure::unreachable;
      return out;
    }
    out.status = m.value("status", 0);
    for (const auto& h : m.value("headers", json::array()))
      if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string())
        out.headers.emplace_back(h[0].get<std::string>(), h[1].get<std::string>());
    out.failure = failure_of(m.value("failure", ""));
    out.detail = m.value("detail", "");
    if (out.failure == share::TransportFailure::none && out.status == 0) out.failure = share::TransportFailure::unreachable;
    return out;
  }
};

std::string sha256_hex(std::string_view bytes) {
  char out[65] = {};
  rm_js_sha256(bytes.data(), static_cast<int>(bytes.size()), out);
  return std::string(out, 64);
}

Result<std::string> run_codec(bool seal, const std::string& bytes) {
  char* out = nullptr;
  int out_len = 0;
  const int ok = rm_js_share_codec(seal ? 1 : 0, bytes.data(), static_cast<int>(bytes.size()), &out, &out_len);
  std::string got = take(out, out_len);
  if (ok) return got;
  const json p = json::parse(got, nullptr, false);
  if (p.is_discarded()) return Problem{"codec", "", got, got};
  return Problem{p.value("code", "codec"), "", p.value("en", ""), p.value("zh", "")};
}

const share::ShareFileCodec kCodec{
    [](const std::string& json_text) {
      // Sealing fails only when the page has no key (it checks before a sync);
      // the read-back then finds the difference and the push is not counted.
      auto sealed = run_codec(true, json_text);
      return sealed ? sealed.value() : std::string();
    },
    [](const std::string& bytes) { return run_codec(false, bytes); }};

share::SessionOptions session_options(share::ShareRole role, const RecordId& self) {
  share::SessionOptions options;
  options.role = role;
  options.self = self;
  options.hash = sha256_hex;
  options.wait = [](int64_t ms) { emscripten_sleep(static_cast<unsigned>(ms)); };
  return options;
}

char* to_heap(const std::string& text) {
  char* p = static_cast<char*>(std::malloc(text.size() + 1));
  std::memcpy(p, text.data(), text.size() + 1);
  return p;
}

json problem_json(const Problem& p) {
  return {{"code", p.code}, {"path", p.path}, {"en", p.describe_en()}, {"zh", p.describe_zh()}};
}

// The page's export is stamped with the moment it was taken, so two exports
// of one book differ. On the share the book is stamped with its last change
// instead: an unchanged book is then the same file (nothing to push) and an
// unchanged week the same hand-in (the same content name), as with the CLI,
// whose book file keeps its stamp (docs/data-format.md, "Sync").
void stamp_with_last_change(Book& book) {
  int64_t last = book.settings.meta.updated.wall_ms;
  for_each_record_vector(book, [&](const auto& records) {
    for (const auto& r : records) last = std::max(last, r.meta.updated.wall_ms);
  });
  book.export_info.exported_at_ms = last;
}

// The book's owner: the supervisor she is, or the manager whose book it is.
struct Signer {
  share::ShareRole role = share::ShareRole::manager;
  RecordId self;
};
Signer signer_of(const Book& book) {
  if (const Supervisor* s = own_supervisor(book)) return {share::ShareRole::supervisor, s->meta.id};
  return {share::ShareRole::manager, book.settings.owner_manager_id};
}

}  // namespace

extern "C" {

// Whether the share answers, as WebDAV, to this user: PROPFIND of its root.
// Returns {"ok": true} or {"ok": false, "error": {code, path, en, zh}}.
EMSCRIPTEN_KEEPALIVE char* rm_share_test() {
  FetchTransport transport;
  share::ShareSession session(transport, session_options(share::ShareRole::manager, RecordId{}));
  auto root = session.list("");
  return to_heap((root ? json{{"ok", true}} : json{{"ok", false}, {"error", problem_json(root.problem())}}).dump());
}

// One sync of BOOK (bundle JSON, BOOK_LEN bytes). REQUEST: {"today":
// "YYYY-MM-DD", "now_ms", "confirm_deletions"}. Returns share_sync_json's
// report plus "role", "manager" and, when the sync changed the book,
// "book_json" (the merged book, bundle JSON).
EMSCRIPTEN_KEEPALIVE char* rm_share_sync(const char* request_json, const char* book, int book_len) {
  const json req = json::parse(request_json, nullptr, false);
  auto refused = [](Problem p) {
    return to_heap(json{{"status", "refused"}, {"error", problem_json(p)}}.dump());
  };
  if (req.is_discarded()) return refused(Problem{"bad_request", "", "the sync request is not JSON", "同步请求不是 JSON"});
  // The page's own book, which merged hand-ins may have left not whole.
  auto own = load_held_book(std::string_view(book, static_cast<size_t>(book_len)));
  if (!own) return refused(own.problem());
  stamp_with_last_change(own.value());
  const Signer signer = signer_of(own.value());
  if (signer.self.empty())
    return refused(Problem{"no_owner", "",
                           "this book names no manager of its own, so it has no folder on the share; fill in "
                           "Settings → My details first",
                           "此数据未指定所属客户经理，共享上没有它的文件夹；请先在“设置 → 我的信息”中填写"});
  const auto today = Date::parse_iso(req.value("today", std::string()));
  if (!today) return refused(Problem{"bad_request", "today", "not a date", "不是日期"});
  const int64_t now = req.value("now_ms", int64_t{0});

  FetchTransport transport;
  share::ShareSession session(transport, session_options(signer.role, signer.self));
  share::ShareSyncRequest request;
  request.role = signer.role;
  request.self = signer.self;
  request.today = *today;
  request.confirm_deletions = req.value("confirm_deletions", false);
  // The page's wall clock at the start, moved on by the monotonic clock.
  const double started = emscripten_get_now();
  request.now_ms = [now, started] { return now + static_cast<int64_t>(emscripten_get_now() - started); };
  const share::ShareSyncOutcome outcome = share::sync_with_share(session, own.value(), request, kCodec);

  json out = share::share_sync_json(outcome);
  out["role"] = signer.role == share::ShareRole::manager ? "manager" : "supervisor";
  out["self"] = signer.self.str();
  if (outcome.book_changed) out["book_json"] = save_bundle(outcome.book);
  return to_heap(out.dump());
}

}  // extern "C"
