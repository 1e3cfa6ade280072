#include "app/workspace.h"

#include <algorithm>
#include <atomic>

#include "store/bundle.h"
#include "store/bundle_problems.h"
#include "sync/field_diff.h"
#include "sync/hand_in.h"
#include "sync/review_file.h"
#include "sync/merge.h"

namespace rm {

namespace {
const std::string kEmpty;

// The position of T among AnyRecord's alternatives: its kind number.
template <class T, size_t I = 0>
constexpr size_t kind_of() {
  if constexpr (std::is_same_v<std::variant_alternative_t<I, AnyRecord>, T>)
    return I;
  else
    return kind_of<T, I + 1>();
}
}  // namespace

Workspace::Workspace(Book book, std::string actor_id, Random64 random, int64_t now_ms)
    : book_(std::move(book)), clock_(std::move(actor_id)), random_(std::move(random)) {
  // Local stamps must order after everything already in the book.
  Hlc latest;
  for_each_record_vector(book_, [&](const auto& records) {
    for (const auto& r : records) {
      if (latest < r.meta.updated) latest = r.meta.updated;
      if (latest < r.meta.created) latest = r.meta.created;  // never after updated in a loaded book; cheap to be sure
    }
  });
  if (latest.wall_ms > 0) clock_.receive(latest, now_ms);
  if (book_.settings.meta.id.empty()) book_.settings.meta = new_meta(new_id(), clock_.tick(now_ms));
  index_ = std::make_unique<BookIndex>(book_);
  new_generation();
}

void Workspace::new_generation() {
  // One counter for every Workspace of the process: a book opened after a
  // lock must not share a generation with the one before.
  static std::atomic<uint64_t> last{0};
  generation_ = ++last;
}

template <class T>
T* Workspace::find(const RecordId& id) {
  auto& records = records_of<T>(book_);
  Positions& p = positions_[kind_of<T>()];
  if (!p.built) {
    p.at.clear();
    p.at.reserve(records.size());
    // emplace keeps the first of duplicate ids, as a front-to-back scan would.
    for (size_t i = 0; i < records.size(); ++i) p.at.emplace(records[i].meta.id, static_cast<uint32_t>(i));
    p.built = true;
  }
  const auto it = p.at.find(id);
  return it == p.at.end() ? nullptr : &records[it->second];
}

template <class T>
T& Workspace::append(T record) {
  auto& records = records_of<T>(book_);
  Positions& p = positions_[kind_of<T>()];
  if (p.built) p.at.emplace(record.meta.id, static_cast<uint32_t>(records.size()));
  records.push_back(std::move(record));
  return records.back();
}

void Workspace::forget_positions() {
  for (Positions& p : positions_) {
    p.built = false;
    p.at = {};  // release the memory too: the next lookup rebuilds
  }
}

void Workspace::changed() {
  ++revision_;
  index_ = std::make_unique<BookIndex>(book_);
  regroup_ = false;
}

// After edits that only appended records or changed fields other than a
// record's client: the index learns the new records (O(edit), not O(book)).
void Workspace::changed_in_place() {
  if (regroup_) return changed();
  ++revision_;
  index_->extend(book_);
}

template <class T>
void Workspace::replace(T& existing, T&& record) {
  if constexpr (requires { record.client_id; }) {
    if (existing.client_id != record.client_id) regroup_ = true;  // moves between clients' lists
  }
  existing = std::move(record);
}

void Workspace::mark_unsaved(const AnyRecord& record) { unsaved_.ids[record.index()].insert(meta_of(record).id); }

bool Workspace::Unsaved::any() const {
  return settings || std::any_of(ids.begin(), ids.end(), [](const auto& set) { return !set.empty(); });
}

bool Workspace::has_unsaved_changes() const { return unsaved_.any(); }

bool Workspace::put_settings(Settings after, const Hlc& stamp) {
  const std::vector<std::string> fields = field_diff::changed_fields(book_.settings, after);
  if (fields.empty()) return false;
  after.meta = book_.settings.meta;
  for (const std::string& f : fields) stamp_field(after.meta, f, stamp);
  book_.settings = std::move(after);
  unsaved_.settings = true;
  return true;
}

template <class T>
bool Workspace::put(T record, const Hlc& stamp, std::optional<AnyRecord>* before) {
  T* existing = find<T>(record.meta.id);
  if (!existing) {
    if (before) *before = std::nullopt;
    RecordMeta meta = new_meta(record.meta.id, stamp, record.meta.demo);
    const bool deleted = record.meta.deleted;
    record.meta = std::move(meta);
    if (deleted) make_tombstone(record, stamp);
    append(std::move(record));
    return true;
  }
  if (before) *before = AnyRecord(*existing);
  RecordMeta meta = existing->meta;
  if (record.meta.deleted && !meta.deleted) {
    record.meta = std::move(meta);
    make_tombstone(record, stamp);
    replace(*existing, std::move(record));
    return true;
  }
  std::vector<std::string> fields = field_diff::changed_fields(*existing, record);
  // A conflict the edit dropped (resolve_conflict) is settled by stamping its
  // field, even when the value stays: the new stamp has seen both values.
  for (const FieldConflict& c : meta.conflicts) {
    if (std::find(fields.begin(), fields.end(), c.field) != fields.end()) continue;
    if (std::find(record.meta.conflicts.begin(), record.meta.conflicts.end(), c) == record.meta.conflicts.end())
      fields.push_back(c.field);
  }
  const bool revived = meta.deleted && !record.meta.deleted;
  if (fields.empty() && !revived) return false;
  if (revived) {
    meta.deleted = false;
    stamp_field(meta, "deleted", stamp);
  }
  for (const std::string& f : fields) stamp_field(meta, f, stamp);
  record.meta = std::move(meta);
  replace(*existing, std::move(record));
  return true;
}

bool Workspace::put_any(const AnyRecord& record, const Hlc& stamp, std::optional<AnyRecord>* before) {
  return std::visit([&](const auto& r) { return put(r, stamp, before); }, record);
}

Result<int64_t> Workspace::apply(Edit edit, int64_t now_ms) {
  for (const AnyRecord& r : edit.puts) {
    if (meta_of(r).id.empty())
      return Problem{"bad_id", "", "A record has no valid id; nothing was changed.",
                     "记录缺少有效编号，未做任何修改。"};
  }
  const Hlc stamp = clock_.tick(now_ms);
  Undo undo{std::move(edit.label), std::move(edit.command), {}, {}};
  for (AnyRecord& r : edit.puts) {
    std::optional<AnyRecord> before;
    if (!put_any(r, stamp, &before)) continue;
    // Keep the stored (stamped) version as the "after" of this step.
    std::visit(
        [&](const auto& rec) {
          using T = std::decay_t<decltype(rec)>;
          undo.changes.emplace_back(AnyRecord(*find<T>(rec.meta.id)), std::move(before));
        },
        r);
    mark_unsaved(undo.changes.back().first);
  }
  if (edit.settings) {
    Settings before = book_.settings;
    if (put_settings(std::move(*edit.settings), stamp)) undo.settings.emplace(book_.settings, std::move(before));
  }
  const auto count = static_cast<int64_t>(undo.changes.size()) + (undo.settings ? 1 : 0);
  if (count) {
    undo_.push_back(std::move(undo));
    redo_.clear();
    changed_in_place();
  }
  return count;
}

const std::string& Workspace::undo_label() const { return undo_.empty() ? kEmpty : undo_.back().label; }
const std::string& Workspace::redo_label() const { return redo_.empty() ? kEmpty : redo_.back().label; }
const std::string& Workspace::undo_command() const { return undo_.empty() ? kEmpty : undo_.back().command; }

Result<int64_t> Workspace::dispatch(const Command& command, const CommandContext& context, int64_t now_ms) {
  Result<Edit> edit = decide(command, CommandInput{book_, *index_, context, [this] { return new_id(); }});
  if (!edit) return edit.problem();
  // A book begun empty names no owner: her first own details (a new manager
  // record) make her its owner. An undo leaves the setting: the record it
  // names stays, as a tombstone, and her next details revive it.
  RecordId new_owner;
  if (std::holds_alternative<UpdateOwnProfile>(command) && book_.settings.owner_manager_id.empty())
    for (const AnyRecord& r : edit.value().puts)
      if (const Manager* m = std::get_if<Manager>(&r)) new_owner = m->meta.id;
  Result<int64_t> applied = apply(std::move(edit.value()), now_ms);
  if (applied.ok() && !new_owner.empty()) {
    book_.settings.owner_manager_id = new_owner;
    stamp_field(book_.settings.meta, "owner_manager_id", clock_.tick(now_ms));
  }
  // A restore replaces the book as a whole, as far as the screens are concerned.
  if (applied.ok() && std::holds_alternative<RestoreSnapshot>(command)) new_generation();
  return applied;
}

bool Workspace::undo(int64_t now_ms) {
  if (undo_.empty()) return false;
  Undo step = std::move(undo_.back());
  undo_.pop_back();
  const Hlc stamp = clock_.tick(now_ms);
  for (auto it = step.changes.rbegin(); it != step.changes.rend(); ++it) {
    AnyRecord target = it->second ? *it->second : it->first;
    if (!it->second) {
      // The step created this record: undoing it deletes it.
      std::visit([](auto& r) { r.meta.deleted = true; }, target);
    }
    put_any(target, stamp, nullptr);
    mark_unsaved(target);
  }
  if (step.settings) put_settings(step.settings->second, stamp);
  add_news(step.news, false);
  redo_.push_back(std::move(step));
  changed_in_place();
  return true;
}

bool Workspace::redo(int64_t now_ms) {
  if (redo_.empty()) return false;
  Undo step = std::move(redo_.back());
  redo_.pop_back();
  const Hlc stamp = clock_.tick(now_ms);
  for (auto& [after, before] : step.changes) {
    AnyRecord target = after;
    std::visit([](auto& r) { r.meta.deleted = false; }, target);
    if (meta_of(after).deleted) std::visit([](auto& r) { r.meta.deleted = true; }, target);
    put_any(target, stamp, nullptr);
    mark_unsaved(target);
  }
  if (step.settings) put_settings(step.settings->first, stamp);
  add_news(step.news, true);
  undo_.push_back(std::move(step));
  changed_in_place();
  return true;
}

void Workspace::add_news(const ReviewNews& news, bool add) {
  auto update = [add](std::vector<RecordId>& ids, const std::vector<RecordId>& with) {
    if (with.empty()) return;
    if (add) {
      ids.insert(ids.end(), with.begin(), with.end());
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    } else {
      std::erase_if(ids, [&](const RecordId& id) { return std::binary_search(with.begin(), with.end(), id); });
    }
  };
  update(review_news_.items, news.items);
  update(review_news_.clients, news.clients);
}

std::optional<Workspace::JournalEntry> Workspace::take_unsaved(int64_t now_ms) {
  take_problem_.reset();
  if (!unsaved_.any()) return std::nullopt;
  Book delta;
  delta.export_info = {clock_.actor(), now_ms, BundleScope::plan};
  delta.settings = book_.settings;
  for_each_record_vector(delta, [&](auto& records) {
    using T = typename std::decay_t<decltype(records)>::value_type;
    const std::set<RecordId>& ids = unsaved_.ids[kind_of<T>()];
    records.reserve(ids.size());
    for (const RecordId& id : ids)
      if (const T* r = find<T>(id)) records.push_back(*r);
  });
  std::string text = save_bundle(delta);
  // The check the next open makes, made now: a delta is the size of the
  // change, so this costs what writing it cost. An entry it refuses would be
  // reported durable and then dropped at the next open with all its edits.
  Result<Book> back = load_bundle(text);
  if (back && record_count(back.value()) != record_count(delta))
    back = Problem{"journal_incomplete", "", "records were missing after reading the entry back",
                   "读回后缺少记录"};
  if (!back) {
    take_problem_ = bundle::journal_check_failed(back.problem());
    return std::nullopt;  // the records stay in unsaved_
  }
  JournalEntry entry{next_sequence_++, std::move(text)};
  in_flight_.emplace_back(entry.sequence, std::move(unsaved_));
  unsaved_ = {};
  return entry;
}

void Workspace::journal_saved(uint64_t sequence) {
  std::erase_if(in_flight_, [&](const auto& f) { return f.first == sequence; });
}

void Workspace::journal_failed(uint64_t sequence) {
  for (auto it = in_flight_.begin(); it != in_flight_.end(); ++it) {
    if (it->first != sequence) continue;
    for (size_t k = 0; k < kKinds; ++k) unsaved_.ids[k].insert(it->second.ids[k].begin(), it->second.ids[k].end());
    unsaved_.settings = unsaved_.settings || it->second.settings;
    in_flight_.erase(it);
    return;
  }
}

std::string Workspace::snapshot(int64_t now_ms) const {
  Book copy = book_;
  copy.export_info = {clock_.actor(), now_ms, BundleScope::book};
  return save_bundle(copy);
}

std::string Workspace::hand_in(int64_t now_ms, Date as_of) const {
  Book out = weekly_hand_in(book_, as_of);
  out.export_info = {clock_.actor(), now_ms, BundleScope::plan};
  return save_bundle(out);
}

std::string Workspace::review_file(int64_t now_ms, const RecordId& manager) const {
  Book out = review_file_for(book_, manager);
  out.export_info = {clock_.actor(), now_ms, BundleScope::plan};
  return save_bundle(out);
}

void Workspace::replay(Book delta) {
  // Every record of DELTA replaces the book's with the same id, or is added.
  for_each_record_vector(delta, [&](auto& incoming) {
    using T = typename std::decay_t<decltype(incoming)>::value_type;
    for (T& r : incoming) {
      if (T* existing = find<T>(r.meta.id))
        *existing = std::move(r);
      else
        append(std::move(r));
    }
  });
  book_.settings = delta.settings;
  changed();
}

namespace {

Problem deletions_not_confirmed(const DeletionCheck& d) {
  return Problem{"confirm_deletions", d.kind,
                 "This file would delete " + std::to_string(d.deleted) + " records (" + d.kind + ": " +
                     std::to_string(d.kind_deleted) + " of " + std::to_string(d.kind_live) +
                     "). Nothing was imported: look at the preview and confirm the deletions first.",
                 "此文件将删除 " + std::to_string(d.deleted) + " 条记录（" + d.kind + "：" +
                     std::to_string(d.kind_live) + " 条中的 " + std::to_string(d.kind_deleted) +
                     " 条）。未导入任何内容：请先查看预览并确认删除。"};
}

}  // namespace

ImportReport Workspace::preview_import(const Book& incoming, int64_t now_ms) const {
  MergeResult merged = merge_books(book_, incoming, now_ms);
  ImportReport report{merged.report.added(), merged.report.updated(), merged.report.unchanged(),
                      std::move(merged.report), {}};
  report.deletions = check_deletions(book_, report.merge);
  return report;
}

Result<ImportReport> Workspace::import_book(Book incoming, int64_t now_ms, bool deletions_confirmed) {
  MergeResult merged = merge_books(book_, incoming, now_ms);
  DeletionCheck deletions = check_deletions(book_, merged.report);
  if (deletions.needs_confirmation && !deletions_confirmed) return deletions_not_confirmed(deletions);
  Undo undo{"导入 Import", "", {}, rm::review_news(book_, merged.book, book_.settings.owner_manager_id)};
  Hlc latest;
  // The merge keeps OURS' records in order and appends new ones: position i
  // of a merged kind is position i of the book's.
  for_each_record_vector(merged.book, [&](auto& records) {
    using T = typename std::decay_t<decltype(records)>::value_type;
    std::vector<T>& mine = records_of<T>(book_);
    const size_t before = mine.size();
    for (size_t i = 0; i < records.size(); ++i) {
      T& r = records[i];
      std::optional<AnyRecord> prior;
      if (i < before) {
        T& existing = mine[i];
        if (existing.meta == r.meta && field_diff::equal(existing, r)) continue;
        prior = AnyRecord(existing);
      }
      if (latest < r.meta.updated) latest = r.meta.updated;
      const T& stored = i < before ? (mine[i] = std::move(r)) : append(std::move(r));
      undo.changes.emplace_back(AnyRecord(stored), std::move(prior));
      mark_unsaved(undo.changes.back().first);
    }
  });
  if (!latest.actor.empty()) clock_.receive(latest, now_ms);
  if (!undo.changes.empty()) {
    add_news(undo.news, true);
    undo_.push_back(std::move(undo));
    redo_.clear();
    changed();
    new_generation();  // the screens drop what they cached of the book before
  }
  ImportReport report{merged.report.added(), merged.report.updated(), merged.report.unchanged(),
                      std::move(merged.report), std::move(deletions)};
  return report;
}

void Workspace::remove_demo_data() {
  erase_demo_records(book_);
  forget_positions();
  snapshot_required_ = true;
  undo_.clear();
  redo_.clear();
  changed();
  new_generation();
}

}  // namespace rm
