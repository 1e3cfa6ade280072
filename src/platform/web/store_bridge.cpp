// The storage bridge: the C++ half of saving and opening the book in the
// browser. The JS half (web/js/storage.js) owns everything asynchronous —
// IDBFS, WebCrypto, the persist queue, the Web Lock, the DOM overlay — and
// calls the rm_store_* functions below with plaintext bytes; C++ never sees a
// key or a sealed file. This side decides what to read (plan_open), parses
// and replays what was read, hands out journal entries and snapshots to
// write, and owns the Workspace in app_state().
//
// Byte buffers cross the boundary through rm_store_alloc/rm_store_free and
// rm_store_out_ptr/rm_store_out_len: a book is megabytes, far beyond what
// ccall's stack-allocated strings can carry. Small answers are JSON strings.
//
// Opening, in the order storage.js calls it:
//   rm_store_plan_open(listing, unreadable)  → which files, in which order
//   rm_store_begin_load()
//   rm_store_load_snapshot(name, bytes)      → "" or a problem (then replan)
//   rm_store_load_journal(name, bytes)       → "" or a problem (then replan)
//   rm_store_finish_load(next_seq, …)        → the Workspace exists
// Saving (one at a time; storage.js keeps the queue single-flight):
//   rm_store_take_journal() → seq, bytes in the out buffer → sealed, written,
//   synced → rm_store_journal_saved(seq, size) or rm_store_journal_failed(seq)
//   rm_store_needs_snapshot() → rm_store_begin_snapshot() → … saved / failed
//   rm_store_retention(listing, unreadable) after a durable snapshot.
#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <malloc.h>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/commands/command_json.h"
#include "app/record_kinds.h"
#include "app/workspace.h"
#include "core/demo/demo_book.h"
#include "core/model/uuid.h"
#include "platform/web/app_state.h"
#include "platform/web/web_actions.h"
#include "store/bundle.h"
#include "store/bundle_problems.h"
#include "store/journal.h"
#include "store/snapshot_codec.h"
#include "store/snapshots.h"
#include "store/store_layout.h"
#include "sync/merge_report_json.h"

using nlohmann::json;

namespace {

using rm::web::app_state;
using rm::web::StoreState;
using rm::web::not_writable;

// The largest demo book first-run setup makes: the size the app is measured at.
constexpr int kMaxDemoClients = 50000;

struct Bridge {
  std::string out;       // the last large answer (journal delta, snapshot, export)
  std::string answer;    // the last small JSON answer
  // Opening: the base book and the journal deltas, replayed at finish.
  std::optional<rm::Book> base;
  std::vector<rm::Book> deltas;
  // Compaction bookkeeping: what the journal holds beyond the newest snapshot.
  size_t journal_entries = 0;
  uint64_t journal_bytes = 0;
  uint64_t snapshot_bytes = 0;
  std::optional<rm::Problem> take_problem;  // why the last take_journal handed nothing out
};

Bridge& bridge() {
  static Bridge* b = new Bridge();
  return *b;
}

rm::Random64 page_random() {
  return [] { return rm::web::random64(); };
}

int64_t now_ms() { return app_state().now_ms; }

json problem_json(const rm::Problem& p) {
  return json{{"code", p.code}, {"path", p.path}, {"message_en", p.message_en}, {"message_zh", p.message_zh}};
}

const char* answer(const json& j) {
  bridge().answer = j.dump();
  return bridge().answer.c_str();
}

// "[{name, size, mtime}]" as listed by storage.js from FS.readdir + FS.stat.
std::vector<rm::store::DirEntry> parse_listing(const char* text) {
  std::vector<rm::store::DirEntry> out;
  const json j = json::parse(text ? text : "", nullptr, false);
  if (!j.is_array()) return out;
  for (const json& e : j) {
    if (!e.is_object() || !e.contains("name") || !e["name"].is_string()) continue;
    rm::store::DirEntry d;
    d.name = e["name"].get<std::string>();
    d.size = e.value("size", uint64_t{0});
    d.mtime_ms = e.value("mtime", int64_t{0});
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<std::string> parse_names(const char* text) {
  std::vector<std::string> out;
  const json j = json::parse(text ? text : "", nullptr, false);
  if (!j.is_array()) return out;
  for (const json& e : j)
    if (e.is_string()) out.push_back(e.get<std::string>());
  return out;
}

std::string_view bytes_view(const uint8_t* data, int len) {
  return {reinterpret_cast<const char*>(data), static_cast<size_t>(len > 0 ? len : 0)};
}

// A snapshot's plaintext: the binary codec's payload, or bundle JSON in a
// store written before the codec (a JSON payload starts with '{').
rm::Result<rm::Book> parse_snapshot(std::string_view bytes) {
  return !bytes.empty() && bytes.front() == '{' ? rm::load_bundle(bytes) : rm::decode_snapshot(bytes);
}

// The manager whose book this is; a new device id when the book names none.
std::string actor_for(const rm::Book& book) {
  if (!book.settings.owner_manager_id.empty()) return book.settings.owner_manager_id.str();
  return rm::new_uuid(page_random());
}

void install_workspace(rm::Book book, uint64_t next_seq, bool read_only) {
  auto& st = app_state();
  st.actor_id = actor_for(book);
  st.workspace = std::make_unique<rm::Workspace>(std::move(book), st.actor_id, page_random(), now_ms());
  st.workspace->set_next_sequence(next_seq);
  st.store = read_only ? StoreState::read_only : StoreState::open;
}

// Live (not deleted) records per bundle array.
json counts_json(const rm::Book& book) {
  static constexpr const char* kNames[] = {"branches", "managers", "supervisors", "clients", "households",
                                           "products", "holdings", "contacts", "tasks", "opportunities",
                                           "communication_reports", "work_log", "client_events", "complaints",
                                           "risk_assessments", "client_views", "financial_plans",
                                           "review_comments", "reassignments", "weekly_targets"};
  json out = json::object();
  size_t i = 0;
  rm::for_each_record_vector(book, [&](const auto& records) {
    int64_t live = 0;
    for (const auto& r : records)
      if (!r.meta.deleted) ++live;
    out[kNames[i++]] = live;
  });
  return out;
}

const char* state_name(StoreState s) {
  switch (s) {
    case StoreState::starting: return "starting";
    case StoreState::needs_setup: return "needs_setup";
    case StoreState::locked: return "locked";
    case StoreState::open: return "open";
    case StoreState::read_only: return "read_only";
    case StoreState::failed: return "failed";
  }
  return "failed";
}

// Replays the journal into the snapshot's book before the Workspace exists.
// Workspace::replay rebuilds the book's index after every entry, so a long
// journal over a 50 000-client book would cost one index build per entry;
// folded here, the Workspace builds it once. Same result as replay: each
// record of a later entry replaces the one with its id, and the settings are
// the last entry's.
void fold_journal(rm::Book& book, std::vector<rm::Book>& deltas) {
  if (deltas.empty()) return;
  rm::for_each_record_vector(book, [&](auto& target) {
    using T = typename std::decay_t<decltype(target)>::value_type;
    std::unordered_map<rm::RecordId, size_t> position;  // built only for kinds the journal touches
    for (rm::Book& d : deltas) {
      auto& incoming = rm::records_of<T>(d);
      if (incoming.empty()) continue;
      if (position.empty()) {
        position.reserve(target.size());
        for (size_t i = 0; i < target.size(); ++i) position.emplace(target[i].meta.id, i);
      }
      for (T& r : incoming) {
        const auto it = position.find(r.meta.id);
        if (it != position.end()) {
          target[it->second] = std::move(r);
        } else {
          position.emplace(r.meta.id, target.size());
          target.push_back(std::move(r));
        }
      }
    }
  });
  book.settings = std::move(deltas.back().settings);
}

}  // namespace

namespace {

// See "warming the heap" below.
struct HeapWarmer {
  uint8_t* block = nullptr;
  size_t size = 0;
  size_t done = 0;
};
HeapWarmer& warmer() {
  static HeapWarmer w;
  return w;
}
constexpr size_t kPage = 4096;
}  // namespace

namespace {

const char* import_refused(const std::vector<rm::Problem>& problems) {
  json list = json::array();
  for (const rm::Problem& p : problems) list.push_back(problem_json(p));
  return answer(json{{"ok", false}, {"problems", list}});
}

// What an import did or would do (docs/js-hook.md, "Importing").
json import_answer(const rm::ImportReport& r) {
  json out = rm::merge_report_json(r.merge);
  out["ok"] = true;
  out["added"] = r.added;
  out["updated"] = r.updated;
  out["unchanged"] = r.unchanged;
  out["deletions"] = rm::deletion_check_json(r.deletions);
  return out;
}

// Loads bundle bytes and hands the book to USE, or answers the refusal.
// The loader bounds what a file may make it build (kMaxBundleRecords…);
// running out of memory anyway must not abort the page and lose the unsaved
// edits: the import is refused. Nearly all of an import's memory goes to the
// load, which builds a Book of its own: the workspace is untouched until the
// merge, which needs a fraction of that.
template <class F>
const char* with_imported_book(const uint8_t* data, int len, F&& use) {
  auto& st = app_state();
  if (!st.workspace || st.store != StoreState::open) return import_refused({not_writable()});
  try {
    rm::BundleLoad load = rm::load_bundle_checked(bytes_view(data, len));
    if (!load.book) return import_refused(load.problems);
    return use(*st.workspace, std::move(*load.book));
  } catch (const std::bad_alloc&) {
    return import_refused({rm::bundle::out_of_memory()});
  }
}

}  // namespace

extern "C" {

// ---- buffers -----------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE uint8_t* rm_store_alloc(int size) {
  return static_cast<uint8_t*>(std::malloc(static_cast<size_t>(size > 0 ? size : 1)));
}
EMSCRIPTEN_KEEPALIVE void rm_store_free(uint8_t* p) { std::free(p); }

// ---- warming the heap ------------------------------------------------------------
// The first write to each page of fresh WASM memory is a page fault, and on a
// virtual machine (a bank's VDI desktop; the benchmark machine) that costs
// ~15 µs a page: most of what decoding a big book into fresh memory costs.
// storage.js has the pages touched on the unlock screen, after the mount's
// read, while the passphrase is typed, a slice at a time, in a block it
// then frees: malloc hands the same, now resident, pages to
// the open. On a machine with cheap page faults this costs next to nothing.

// Reserves BYTES to warm (ends any earlier warming). Returns 0 when there is
// nothing to do (or no memory for it).
EMSCRIPTEN_KEEPALIVE int rm_heap_warm_begin(int bytes) {
  HeapWarmer& w = warmer();
  std::free(w.block);
  w = HeapWarmer{};
  if (bytes <= 0) return 0;
  w.block = static_cast<uint8_t*>(std::malloc(static_cast<size_t>(bytes)));
  if (!w.block) return 0;
  w.size = static_cast<size_t>(bytes);
  return 1;
}
// Touches up to BYTES more of the block; returns how many are left.
EMSCRIPTEN_KEEPALIVE int rm_heap_warm_step(int bytes) {
  HeapWarmer& w = warmer();
  if (!w.block) return 0;
  const size_t end = std::min(w.size, w.done + static_cast<size_t>(bytes > 0 ? bytes : 0));
  volatile uint8_t* p = w.block;
  for (size_t at = w.done; at < end; at += kPage) p[at] = 0;
  w.done = end;
  return static_cast<int>(w.size - w.done);
}
// Frees the block: what was touched stays resident for the next allocations.
EMSCRIPTEN_KEEPALIVE void rm_heap_warm_end() {
  HeapWarmer& w = warmer();
  std::free(w.block);
  w = HeapWarmer{};
}
// Bytes malloc has handed out and not taken back: what an open adds to it is
// what the next page start warms.
EMSCRIPTEN_KEEPALIVE int rm_heap_in_use() { return mallinfo().uordblks; }
EMSCRIPTEN_KEEPALIVE const char* rm_store_out_ptr() { return bridge().out.data(); }
EMSCRIPTEN_KEEPALIVE int rm_store_out_len() { return static_cast<int>(bridge().out.size()); }
// Drops the last large answer (it may hold a decrypted book).
EMSCRIPTEN_KEEPALIVE void rm_store_out_clear() {
  std::string().swap(bridge().out);
}

// ---- clock and state ---------------------------------------------------------

// The page's local date ("YYYY-MM-DD"), its offset from UTC and the wall clock.
EMSCRIPTEN_KEEPALIVE void rm_store_set_clock(const char* today_iso, int utc_offset_minutes, double now) {
  auto& st = app_state();
  if (const auto d = rm::Date::parse_iso(today_iso ? today_iso : "")) st.today = *d;
  st.utc_offset_minutes = utc_offset_minutes;
  st.now_ms = static_cast<int64_t>(now);
}

// 0 starting, 1 needs_setup, 2 locked, 3 open, 4 read_only, 5 failed.
EMSCRIPTEN_KEEPALIVE void rm_store_set_state(int state) {
  if (state < 0 || state > 5) return;
  app_state().store = static_cast<StoreState>(state);
}
EMSCRIPTEN_KEEPALIVE const char* rm_store_state() { return state_name(app_state().store); }

// ---- opening -----------------------------------------------------------------

// LISTING: JSON [{name, size, mtime}]; UNREADABLE: JSON [name…]. Answers the
// OpenPlan as JSON (problems with both languages).
EMSCRIPTEN_KEEPALIVE const char* rm_store_plan_open(const char* listing, const char* unreadable) {
  const auto entries = parse_listing(listing);
  const rm::store::OpenPlan plan = rm::store::plan_open(entries, parse_names(unreadable));
  json problems = json::array();
  for (const rm::Problem& p : plan.problems) problems.push_back(problem_json(p));
  return answer(json{{"has_key_file", plan.has_key_file},
                     {"snapshot", plan.snapshot},
                     {"base_seq", plan.base_seq},
                     {"snapshot_bytes", plan.snapshot_bytes},
                     {"journal", plan.journal},
                     {"journal_bytes", plan.journal_bytes},
                     {"next_seq", plan.next_seq},
                     {"leftovers", plan.leftovers},
                     {"problems", problems},
                     {"compact_now", plan.compact_now},
                     {"compact_seq", plan.compact_seq}});
}

EMSCRIPTEN_KEEPALIVE void rm_store_begin_load() {
  bridge().base.reset();
  bridge().deltas.clear();
}

// The snapshot's plaintext (parse_snapshot). "" when it parsed; else a
// problem as JSON, and the caller plans again with NAME listed as unreadable.
EMSCRIPTEN_KEEPALIVE const char* rm_store_load_snapshot(const char* name, const uint8_t* data, int len) {
  rm::Result<rm::Book> r = parse_snapshot(bytes_view(data, len));
  if (!r) {
    json p = problem_json(r.problem());
    p["file"] = name ? name : "";
    return answer(p);
  }
  bridge().base = std::move(r.value());
  bridge().answer.clear();
  return bridge().answer.c_str();
}

// One journal entry's plaintext (a delta bundle), in plan order. A failure is
// reported (never dropped silently): the caller replans with it unreadable,
// which names the gap for the user.
EMSCRIPTEN_KEEPALIVE const char* rm_store_load_journal(const char* name, const uint8_t* data, int len) {
  rm::Result<rm::Book> r = rm::load_bundle(bytes_view(data, len));
  if (!r) {
    json p = problem_json(r.problem());
    p["file"] = name ? name : "";
    return answer(p);
  }
  bridge().deltas.push_back(std::move(r.value()));
  bridge().answer.clear();
  return bridge().answer.c_str();
}

// Builds the Workspace from the loaded snapshot and journal. NEXT_SEQ from
// the plan; SNAPSHOT_BYTES / JOURNAL_ENTRIES / JOURNAL_BYTES seed compaction.
// Answers {"ok":true,"counts":{…},"timings":{"replay_ms","workspace_ms"}}.
EMSCRIPTEN_KEEPALIVE const char* rm_store_finish_load(double next_seq, int read_only, double snapshot_bytes,
                                                      int journal_entries, double journal_bytes) {
  Bridge& b = bridge();
  rm::Book book = b.base ? std::move(*b.base) : rm::Book{};
  b.base.reset();
  const double t0 = emscripten_get_now();
  fold_journal(book, b.deltas);
  b.deltas.clear();
  const double t1 = emscripten_get_now();
  install_workspace(std::move(book), static_cast<uint64_t>(next_seq), read_only != 0);
  const double t2 = emscripten_get_now();
  b.snapshot_bytes = static_cast<uint64_t>(snapshot_bytes);
  b.journal_entries = static_cast<size_t>(journal_entries > 0 ? journal_entries : 0);
  b.journal_bytes = static_cast<uint64_t>(journal_bytes);
  return answer(json{{"ok", true},
                     {"counts", counts_json(app_state().workspace->book())},
                     {"timings", {{"replay_ms", t1 - t0}, {"workspace_ms", t2 - t1}}}});
}

// A new book on first run: a demo book of DEMO_CLIENTS clients (400 by
// default, as of the page's local date) or, with 0, an empty one. The first
// save is a snapshot. Larger demo books exist to measure opening and saving.
EMSCRIPTEN_KEEPALIVE const char* rm_store_create(int demo_clients, int read_only) {
  rm::Book book;
  if (demo_clients > 0) {
    rm::DemoOptions o;
    o.clients = demo_clients < kMaxDemoClients ? demo_clients : kMaxDemoClients;
    o.today = app_state().today.days() != 0 ? app_state().today : o.today;
    book = rm::make_demo_book(o);
  }
  install_workspace(std::move(book), 1, read_only != 0);
  Bridge& b = bridge();
  b.journal_entries = 0;
  b.journal_bytes = 0;
  b.snapshot_bytes = 0;
  return answer(json{{"ok", true}, {"counts", counts_json(app_state().workspace->book())}});
}

// Lock: the decrypted book leaves memory with the Workspace.
EMSCRIPTEN_KEEPALIVE void rm_store_lock() {
  auto& st = app_state();
  st.workspace.reset();
  Bridge& b = bridge();
  b.base.reset();
  b.deltas.clear();
  std::string().swap(b.out);
  st.store = StoreState::locked;
}

// ---- saving ------------------------------------------------------------------

// 1 when something is waiting to be saved.
EMSCRIPTEN_KEEPALIVE int rm_store_dirty() {
  const auto& ws = app_state().workspace;
  return ws && (ws->has_unsaved_changes() || ws->snapshot_required()) ? 1 : 0;
}

// The next journal entry: its sequence number (0: nothing to save) and its
// delta bundle in the out buffer. -1: the entry would not load back at the
// next open (Workspace::take_unsaved checks it), or memory ran out; nothing
// is handed out, the records stay unsaved, and rm_store_take_problem()
// answers the problem as JSON for the save to fail with.
EMSCRIPTEN_KEEPALIVE double rm_store_take_journal() {
  auto& ws = app_state().workspace;
  if (!ws) return 0;
  bridge().take_problem.reset();
  try {
    auto entry = ws->take_unsaved(now_ms());
    if (!entry) {
      if (ws->take_problem()) {
        bridge().take_problem = *ws->take_problem();
        return -1;
      }
      return 0;
    }
    bridge().out = std::move(entry->delta);
    return static_cast<double>(entry->sequence);
  } catch (const std::bad_alloc&) {
    bridge().take_problem = rm::bundle::out_of_memory();
    return -1;
  }
}
// Why the last rm_store_take_journal answered -1: {code, path, message_en, message_zh}.
EMSCRIPTEN_KEEPALIVE const char* rm_store_take_problem() {
  const auto& p = bridge().take_problem;
  return answer(p ? problem_json(*p) : json::object());
}

EMSCRIPTEN_KEEPALIVE void rm_store_journal_saved(double seq, double bytes) {
  auto& ws = app_state().workspace;
  if (!ws) return;
  ws->journal_saved(static_cast<uint64_t>(seq));
  bridge().journal_entries += 1;
  bridge().journal_bytes += static_cast<uint64_t>(bytes);
}

// The write failed: the entry's records go back to the unsaved set and its
// number is given out again, so no gap appears in the journal.
EMSCRIPTEN_KEEPALIVE void rm_store_journal_failed(double seq) {
  auto& ws = app_state().workspace;
  if (!ws) return;
  ws->journal_failed(static_cast<uint64_t>(seq));
  if (ws->next_sequence() == static_cast<uint64_t>(seq) + 1) ws->set_next_sequence(static_cast<uint64_t>(seq));
}

// 1 when the next save should also write a snapshot (compaction, or a change
// a journal cannot express, such as removing the demo data).
EMSCRIPTEN_KEEPALIVE int rm_store_needs_snapshot() {
  const auto& ws = app_state().workspace;
  if (!ws) return 0;
  const Bridge& b = bridge();
  if (ws->snapshot_required() || b.snapshot_bytes == 0) return 1;
  return rm::store::should_compact(b.journal_entries, b.journal_bytes, b.snapshot_bytes) ? 1 : 0;
}

// The next save writes a snapshot even without changes: the restore point
// taken before an import (web/js/hook.js).
EMSCRIPTEN_KEEPALIVE void rm_store_require_snapshot() {
  if (auto& ws = app_state().workspace) ws->require_snapshot();
}

// A snapshot of the whole book under a new sequence number (a snapshot is a
// change of its own, so it never collides with a journal entry). The binary
// snapshot payload is in the out buffer; answers the number. It is encoded
// from the live book: Workspace::snapshot() would first copy the whole book
// only to stamp an export time, which a local snapshot does not need.
EMSCRIPTEN_KEEPALIVE double rm_store_begin_snapshot() {
  auto& ws = app_state().workspace;
  if (!ws) return 0;
  const uint64_t seq = ws->next_sequence();
  ws->set_next_sequence(seq + 1);
  bridge().out = rm::encode_snapshot(ws->book());
  return static_cast<double>(seq);
}

EMSCRIPTEN_KEEPALIVE void rm_store_snapshot_saved(double /*seq*/, double bytes) {
  auto& ws = app_state().workspace;
  if (ws) ws->snapshot_saved();
  Bridge& b = bridge();
  b.snapshot_bytes = static_cast<uint64_t>(bytes);
  b.journal_entries = 0;
  b.journal_bytes = 0;
}

EMSCRIPTEN_KEEPALIVE void rm_store_snapshot_failed(double seq) {
  auto& ws = app_state().workspace;
  if (ws && ws->next_sequence() == static_cast<uint64_t>(seq) + 1) ws->set_next_sequence(static_cast<uint64_t>(seq));
}

// Which files to delete now that the newest snapshot is durable.
// Answers {"remove":[…],"kept":[…]}.
EMSCRIPTEN_KEEPALIVE const char* rm_store_retention(const char* listing, const char* unreadable) {
  const auto& st = app_state();
  const rm::store::RetentionPlan plan = rm::store::plan_retention(parse_listing(listing), parse_names(unreadable),
                                                                  now_ms(), st.utc_offset_minutes);
  return answer(json{{"remove", plan.remove}, {"kept", plan.kept_snapshots}});
}

// ---- the data hook -----------------------------------------------------------

// Live records per type, e.g. {"clients":400,…}; {} when no book is open.
EMSCRIPTEN_KEEPALIVE const char* rm_store_counts() {
  const auto& ws = app_state().workspace;
  return answer(ws ? counts_json(ws->book()) : json::object());
}

// The whole book as bundle JSON in the out buffer; answers its length (-1: no book).
EMSCRIPTEN_KEEPALIVE int rm_store_export() {
  const auto& ws = app_state().workspace;
  if (!ws) return -1;
  bridge().out = ws->snapshot(now_ms());
  return static_cast<int>(bridge().out.size());
}


// The weekly hand-in for the page's date (sync/hand_in.h) as bundle JSON in
// the out buffer; answers its length (-1: no book).
EMSCRIPTEN_KEEPALIVE int rm_store_export_hand_in() {
  const auto& ws = app_state().workspace;
  if (!ws) return -1;
  bridge().out = ws->hand_in(now_ms(), app_state().today);
  return static_cast<int>(bridge().out.size());
}

// The review file for the manager whose id is MANAGER_ID (Workspace::review_file):
// its size, -1 without a book, -2 when no live manager has that id.
EMSCRIPTEN_KEEPALIVE int rm_store_export_review(const char* manager_id) {
  const auto& ws = app_state().workspace;
  if (!ws) return -1;
  const std::optional<rm::RecordId> id = rm::RecordId::parse(manager_id ? manager_id : "");
  const uint32_t at = id ? ws->index().manager(*id) : rm::BookIndex::npos;
  if (at == rm::BookIndex::npos || ws->book().managers[at].meta.deleted) return -2;
  bridge().out = ws->review_file(now_ms(), *id);
  return static_cast<int>(bridge().out.size());
}

// What importing a bundle would do, changing nothing: the preview the import
// dialog shows first. Answers {"ok":true, added, updated, unchanged, deleted,
// revived, kinds:[…], conflicts:[…], clamped_stamps, deletions:{…}} or
// {"ok":false,"problems":[…]}.
EMSCRIPTEN_KEEPALIVE const char* rm_store_preview_import(const uint8_t* data, int len) {
  return with_imported_book(data, len, [](rm::Workspace& ws, rm::Book book) {
    return answer(import_answer(ws.preview_import(book, now_ms())));
  });
}

// Merges a bundle into the book as one undoable edit. Answers as the preview
// does, or {"ok":false,"problems":[{code,path,message_en,message_zh}]} with
// nothing applied — "confirm_deletions" when the file deletes more than a few
// records or most of a kind and DELETIONS_CONFIRMED is 0.
EMSCRIPTEN_KEEPALIVE const char* rm_store_import(const uint8_t* data, int len, int deletions_confirmed) {
  return with_imported_book(data, len, [&](rm::Workspace& ws, rm::Book book) {
    rm::Result<rm::ImportReport> r = ws.import_book(std::move(book), now_ms(), deletions_confirmed != 0);
    if (!r) return import_refused({r.problem()});
    rm::web::notify_changed();  // RMStorage.changed(): arms the save timer
    return answer(import_answer(r.value()));
  });
}

// rmplanner.data.dispatch: one command in its JSON form (docs/commands.md),
// decided and applied as the UI would. Answers
// {"ok":true,"changed":N,"created":[ids]} or {"ok":false,"problem":{…}}.
// `created` names the records the command added, in bundle order, so a
// caller can go on with them (editClient's "add" answers the new client's
// id). The Workspace appends a new record to its kind's vector, so the new
// ones are those past each vector's length before the command.
EMSCRIPTEN_KEEPALIVE const char* rm_store_dispatch(const char* command_json) {
  rm::Result<rm::Command> command = rm::command_from_json(std::string_view(command_json ? command_json : ""));
  if (!command) return answer(json{{"ok", false}, {"problem", problem_json(command.problem())}});
  std::vector<size_t> before;
  if (const auto& ws = app_state().workspace)
    rm::for_each_record_vector(ws->book(), [&](const auto& records) { before.push_back(records.size()); });
  const rm::Result<int64_t> r = rm::web::dispatch(command.value());
  if (!r) return answer(json{{"ok", false}, {"problem", problem_json(r.problem())}});
  json created = json::array();
  if (const auto& ws = app_state().workspace; ws && !before.empty()) {
    size_t kind = 0;
    rm::for_each_record_vector(ws->book(), [&](const auto& records) {
      for (size_t i = before[kind]; i < records.size(); ++i) created.push_back(records[i].meta.id.str());
      ++kind;
    });
  }
  return answer(json{{"ok", true}, {"changed", r.value()}, {"created", created}});
}

// Restores the book as it was in a retained snapshot (its plaintext, opened
// by JS) through the RestoreSnapshot command: one undoable edit, saved like
// any other change.
// Answers {"ok":true,"changed":N} or {"ok":false,"problem":{…}}.
EMSCRIPTEN_KEEPALIVE const char* rm_store_restore(const uint8_t* data, int len) {
  auto& st = app_state();
  if (!st.workspace || st.store != StoreState::open)
    return answer(json{{"ok", false},
                       {"problem", problem_json(not_writable())}});
  rm::Result<rm::Book> r = parse_snapshot(bytes_view(data, len));
  if (!r) return answer(json{{"ok", false}, {"problem", problem_json(r.problem())}});
  const rm::Result<int64_t> applied =
      rm::web::dispatch(rm::RestoreSnapshot{std::make_shared<const rm::Book>(std::move(r.value()))});
  if (!applied) return answer(json{{"ok", false}, {"problem", problem_json(applied.problem())}});
  return answer(json{{"ok", true}, {"changed", applied.value()}});
}

}  // extern "C"
