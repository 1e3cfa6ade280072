// The Workspace owns the current Book and is the only place that changes it.
// The UI, the JS hook and the CLI describe a change as an Edit (the records as
// they should be afterwards); the Workspace stamps each changed field with the
// device's hybrid logical clock, keeps the prior versions for undo, and
// remembers which records the next journal entry must persist. Undo and redo
// are themselves stamped edits, so a merge sees them as the latest word.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/commands/command.h"
#include "app/edit.h"
#include "app/record_kinds.h"
#include "core/model/book.h"
#include "core/model/hlc.h"
#include "core/model/uuid.h"
#include "core/problem.h"
#include "sync/import_safety.h"
#include "sync/merge.h"
#include "sync/review_news.h"

namespace rm {

// What an import changed, for the message shown to the user.
struct ImportReport {
  int64_t added = 0;      // records the book did not have
  int64_t updated = 0;    // records the merge changed (deletions and revivals included)
  int64_t unchanged = 0;  // identical, or nothing the book did not know
  MergeReport merge;      // per kind, with names; conflicts; clamped stamps
  DeletionCheck deletions;
};

class Workspace {
 public:
  Workspace(Book book, std::string actor_id, Random64 random, int64_t now_ms);

  const Book& book() const { return book_; }
  const BookIndex& index() const { return *index_; }
  const std::string& actor() const { return clock_.actor(); }
  // Increases with every change: screens cache derived figures against it.
  uint64_t revision() const { return revision_; }
  // Changes when the book is replaced rather than edited: records erased
  // (remove_demo_data), a restore point restored, a file imported, and for
  // every new Workspace (an unlock, a lock and reopen). Unique across
  // Workspaces, so a screen that cached positions, a selection or a draft of
  // the book before knows to drop them (docs/ui-automation.md, "When the book
  // is replaced"); revision() alone restarts at 1 with each Workspace.
  uint64_t book_generation() const { return generation_; }
  RecordId new_id() { return new_record_id(random_); }

  // Decides COMMAND against the current book (app/commands/) and applies the
  // resulting edit: what a user action means is decided there, once. Returns
  // the number of records that changed, or the command's refusal.
  Result<int64_t> dispatch(const Command& command, const CommandContext& context, int64_t now_ms);

  // Applies a decided edit; refuses (and changes nothing) if a put names a
  // record kind/id clash. Returns the number of records that really changed.
  Result<int64_t> apply(Edit edit, int64_t now_ms);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  const std::string& undo_label() const;
  const std::string& redo_label() const;
  // The kind of command behind the next undo step ("record_contact"; "" for
  // edits that were not commands, such as an import).
  const std::string& undo_command() const;
  bool undo(int64_t now_ms);
  bool redo(int64_t now_ms);

  // ---- persistence: journal entries and snapshots -------------------------
  // Records changed since the last take, as a plan-scope bundle (a delta).
  struct JournalEntry {
    uint64_t sequence = 0;
    std::string delta;
  };
  bool has_unsaved_changes() const;
  // The next entry, checked first: its delta must load back (load_bundle)
  // with every record, or the next open would refuse it and lose the save.
  // When it does not, nothing is handed out (nullopt), the records stay
  // unsaved and take_problem() says why; otherwise take_problem() is empty.
  std::optional<JournalEntry> take_unsaved(int64_t now_ms);
  const std::optional<Problem>& take_problem() const { return take_problem_; }
  void journal_saved(uint64_t sequence);
  // The write failed: its records go back to the unsaved set, so the next
  // attempt includes them (nothing is dropped).
  void journal_failed(uint64_t sequence);
  uint64_t next_sequence() const { return next_sequence_; }
  void set_next_sequence(uint64_t s) { next_sequence_ = s; }
  std::string snapshot(int64_t now_ms) const;
  // The weekly hand-in for AS_OF's week as bundle JSON (sync/hand_in.h): what
  // the manager sends her supervisor; the book is unchanged.
  std::string hand_in(int64_t now_ms, Date as_of) const;
  // The review file for MANAGER as bundle JSON (sync/review_file.h): what a
  // supervisor hands back to one of her managers; the book is unchanged.
  std::string review_file(int64_t now_ms, const RecordId& manager) const;

  // Replays a journal delta read at start-up over the book (no stamps, no undo).
  void replay(Book delta);
  // Merges an imported bundle field by field (merge_books, sync/merge.h):
  // the import is one undoable edit. Stamps more than a day ahead of NOW_MS
  // or with a counter near its maximum are clamped and reported, never a
  // reason to refuse the file (docs/storage.md, "Clocks").
  // A file that would delete more than a few records or most of a kind
  // (check_deletions, sync/import_safety.h) is refused, unchanged, with
  // "confirm_deletions" unless DELETIONS_CONFIRMED: the user saw the preview.
  Result<ImportReport> import_book(Book incoming, int64_t now_ms, bool deletions_confirmed = false);
  // What import_book would do, changing nothing: the preview shown first.
  ImportReport preview_import(const Book& incoming, int64_t now_ms) const;
  // What the imports of this session brought back of the owner's review
  // (sync/review_news.h): the screens badge it until she has looked. An
  // undone import takes its news with it; a redo brings it back.
  const ReviewNews& review_news() const { return review_news_; }
  // Removes every demo record (no undo: demo data is erased, not tombstoned,
  // and the user confirmed it). Erasures cannot be journalled, so the next
  // save must be a full snapshot.
  void remove_demo_data();
  bool snapshot_required() const { return snapshot_required_; }
  // The next save writes a snapshot: a restore point before an import.
  void require_snapshot() { snapshot_required_ = true; }
  void snapshot_saved() { snapshot_required_ = false; }

 private:
  struct Undo {
    std::string label;
    std::string command;
    std::vector<std::pair<AnyRecord, std::optional<AnyRecord>>> changes;  // (after, before)
    ReviewNews news;  // an import's
    std::optional<std::pair<Settings, Settings>> settings = {};  // (after, before)
  };
  // Kinds are numbered as AnyRecord's alternatives.
  static constexpr size_t kKinds = std::variant_size_v<AnyRecord>;
  template <class T>
  bool put(T record, const Hlc& stamp, std::optional<AnyRecord>* before);
  bool put_any(const AnyRecord& record, const Hlc& stamp, std::optional<AnyRecord>* before);
  void changed();
  void changed_in_place();
  template <class T>
  void replace(T& existing, T&& record);
  void mark_unsaved(const AnyRecord& record);
  // The record of kind T with ID (nullptr if none), and the one way a record
  // is added to the book: together they keep positions_ right.
  template <class T>
  T* find(const RecordId& id);
  template <class T>
  T& append(T record);
  // After anything that erases or reorders records (remove_demo_data).
  void forget_positions();

  Book book_;
  ReviewNews review_news_;
  void add_news(const ReviewNews& news, bool add);
  std::unique_ptr<BookIndex> index_;
  HlcClock clock_;
  Random64 random_;
  uint64_t revision_ = 1;
  uint64_t generation_ = 0;
  void new_generation();
  std::vector<Undo> undo_, redo_;
  // Position of each record by id, per kind. Built the first time a kind is
  // looked up (opening a book pays nothing for it), kept up to date as
  // records are appended, forgotten when records are erased. Without it,
  // every write scanned its kind's whole array: a bulk edit of 50 000
  // clients was O(n²) (docs/benchmarks.md, "Bulk assign").
  struct Positions {
    bool built = false;
    std::unordered_map<RecordId, uint32_t> at;
  };
  std::array<Positions, kKinds> positions_;
  // Ids of records not yet in a durable journal entry, per kind, so a
  // journal entry looks each one up instead of rescanning the book.
  // The settings travel in every entry; `settings` says they changed, so an
  // edit of the settings alone is saved too.
  struct Unsaved {
    std::array<std::set<RecordId>, kKinds> ids;
    bool settings = false;
    bool any() const;
  };
  Unsaved unsaved_;
  // Stamps the fields of AFTER that differ from the book's settings and
  // takes them; false when nothing differs.
  bool put_settings(Settings after, const Hlc& stamp);
  std::vector<std::pair<uint64_t, Unsaved>> in_flight_;
  uint64_t next_sequence_ = 1;
  bool snapshot_required_ = false;
  std::optional<Problem> take_problem_;
  bool regroup_ = false;  // an edit moved a record to another client: index afresh
};

}  // namespace rm
