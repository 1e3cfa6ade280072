// libFuzzer target for one whole cycle as a user meets it: import a file
// into a book, edit, save (a journal entry, then a snapshot), open again.
// Any bytes must either be refused with problems and leave the book as it
// was, or go through the cycle with nothing lost: the entry is handed out
// only if it loads back, and snapshot + journal reopen to the same book.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "app/workspace.h"
#include "core/model/prng.h"
#include "store/bundle.h"

namespace {
constexpr int64_t kNow = 1'790'000'000'000;  // 2026-09
const std::string kActor = "0f8fad5b-d9cb-469f-a165-70867728950e";

rm::Random64 random64() {
  auto rng = std::make_shared<rm::SplitMix64>(42);
  return [rng] { return rng->next(); };
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rm::BundleLoad load = rm::load_bundle_checked(bytes, 5);
  if (load.book.has_value() != load.problems.empty()) std::abort();
  if (!load.book) return 0;

  rm::Workspace ws(rm::Book{}, kActor, random64(), kNow);
  const std::string before = ws.snapshot(kNow);
  auto imported = ws.import_book(std::move(*load.book), kNow + 1);
  if (!imported) {
    if (ws.snapshot(kNow) != before) std::abort();  // refused: nothing applied
    return 0;
  }
  // Save what the import brought, then edit: rename the first live client
  // (or add one), so a local stamp follows the imported ones.
  // An import that changed nothing leaves nothing to save: no entry.
  auto first = ws.take_unsaved(kNow + 2);
  if (!first) {
    if (ws.take_problem()) return 0;  // refused before it could be reported durable
    if (ws.has_unsaved_changes()) std::abort();
  } else {
    ws.journal_saved(first->sequence);
  }
  rm::Client c;
  for (const rm::Client& existing : ws.book().clients)
    if (!existing.meta.deleted) {
      c = existing;
      break;
    }
  if (c.meta.id.empty()) c.meta.id = ws.new_id();
  c.name = c.name + " (1)";
  if (!ws.apply({"edit", {rm::AnyRecord(c)}}, kNow + 3)) std::abort();
  auto second = ws.take_unsaved(kNow + 4);
  if (!second) {
    if (ws.take_problem()) return 0;
    std::abort();
  }
  // Reopen: the empty book's snapshot, then both entries. Each must load.
  auto base = rm::load_bundle(before);
  if (!base) std::abort();
  rm::Workspace reopened(std::move(base.value()), kActor, random64(), kNow + 5);
  for (const auto* entry : {first ? &*first : nullptr, &*second}) {
    if (!entry) continue;
    auto delta = rm::load_bundle(entry->delta);
    if (!delta) std::abort();  // an entry handed out must load back
    reopened.replay(std::move(delta.value()));
  }
  rm::Book mine = ws.book(), back = reopened.book();
  mine.export_info = back.export_info = {};  // when it was exported is not the book
  if (rm::save_bundle(back) != rm::save_bundle(mine)) std::abort();
  return 0;
}
