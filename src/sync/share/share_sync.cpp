#include "sync/share/share_sync.h"

#include <set>
#include <utility>

#include "store/bundle.h"
#include "sync/hand_in.h"
#include "sync/import_safety.h"
#include "sync/review_file.h"

namespace rm::share {

namespace {

// A book merged with plan-scope files (hand-ins, review files) may name
// records those files left out — a hand-in's client without its household.
// Such a book is no longer whole, so it takes scope `plan` (only `book`
// requires every reference to resolve: docs/data-format.md, "The bundle")
// and loads again. Any other problem is left for the loader to report.
void settle_scope(Book& book) {
  if (book.export_info.scope != BundleScope::book) return;
  const BundleLoad check = load_bundle_checked(save_bundle(book), 20);
  if (check.book || check.problems.empty()) return;
  for (const Problem& p : check.problems)
    if (p.code != "dangling_reference") return;
  book.export_info.scope = BundleScope::plan;
}

Problem refused(std::string code, std::string path, std::string en, std::string zh) {
  return Problem{std::move(code), std::move(path), std::move(en), std::move(zh)};
}

class Sync {
 public:
  Sync(ShareSession& session, const Book& book, const ShareSyncRequest& request, const ShareFileCodec& codec)
      : session_(session), own_(book), request_(request), codec_(codec), merged_(book) {}

  ShareSyncOutcome run() {
    // The share answers at all, as WebDAV, to this user.
    if (auto root = session_.list(""); !root) {
      failed(root.problem());
      return finish();
    }
    original_json_ = save_bundle(merged_);
    if (request_.role == ShareRole::manager ? !pull_as_manager() : !pull_as_supervisor()) return refuse();
    if (!request_.confirm_deletions && !deletions_confirmed()) return refuse();
    if (!out_.pulled.empty()) settle_scope(merged_);
    if (!failure()) request_.role == ShareRole::manager ? push_as_manager() : push_as_supervisor();
    return finish();
  }

 private:
  bool failure() const { return out_.status == ShareSyncStatus::share_failed; }
  void failed(const Problem& p) {
    out_.status = ShareSyncStatus::share_failed;
    out_.problem = p;
  }

  // ---- Pull ----

  // Merges FILE into the book; one that cannot be opened is skipped, not fatal.
  void pull_file(const RemoteFile& file) {
    auto theirs = decode(file.bytes);
    if (!theirs) {
      out_.skipped.push_back({file.path, theirs.problem()});
      return;
    }
    MergeResult m = merge_books(merged_, theirs.value(), request_.now_ms());
    merged_ = std::move(m.book);
    out_.pulled.push_back({file.path, std::move(m.report)});
  }

  // Reads every content-named file in FOLDER and merges it.
  void pull_folder(const std::string& folder) {
    auto listing = session_.list(folder);
    if (!listing) return failed(listing.problem());
    for (const DavEntry& e : listing->entries) {
      if (e.collection || !is_content_name(e.name)) continue;
      auto file = session_.read(folder + e.name);
      if (!file) return failed(file.problem());
      if (file->exists) pull_file(file.value());  // gone since the listing: nothing to do
    }
  }

  // False: refused (PROBLEM set).
  bool pull_as_manager() {
    const RecordId& self = request_.self;
    auto file = session_.read(book_file(self));
    if (!file) {
      failed(file.problem());
      return true;
    }
    remote_book_ = file.value();
    // The share holding exactly this book (the last push, from here) has nothing to merge.
    if (remote_book_.exists && !holds_exactly(remote_book_, original_json_)) {
      // Her own book from another device must open, or pushing over it would lose its work.
      auto theirs = decode(remote_book_.bytes);
      if (!theirs) {
        out_.problem = refused("not_this_book", remote_book_.path,
                               "the book on the share cannot be opened as this book's: " + theirs.problem().describe_en(),
                               "共享上的数据无法按此数据打开：" + theirs.problem().describe_zh());
        return false;
      }
      pull_file(remote_book_);
    }
    if (!failure()) pull_folder(review_folder(self));
    // Her own hand-ins are already in her book: only their names are needed.
    if (!failure()) {
      auto listing = session_.list(hand_in_folder(self));
      if (!listing) failed(listing.problem());
      else
        for (const DavEntry& e : listing->entries) hand_ins_there_.insert(e.name);
    }
    return true;
  }

  bool pull_as_supervisor() {
    auto listing = session_.list(std::string(kManagersFolder));
    if (!listing) {
      failed(listing.problem());
      return true;
    }
    for (const DavEntry& e : listing->entries) {
      const auto id = RecordId::parse(e.name);
      if (!e.collection || !id || id->empty() || failure()) continue;
      managers_pulled_.push_back(*id);
      pull_folder(hand_in_folder(*id));
    }
    return true;
  }

  // Many deletions from pulled files wait for a confirmation (docs/data-format.md, "Importing safely").
  bool deletions_confirmed() {
    for (const PulledFile& p : out_.pulled) {
      const DeletionCheck check = check_deletions(own_, p.report);
      if (!check.needs_confirmation) continue;
      out_.problem = refused(
          "confirm_deletions", p.path,
          "this file would delete " + std::to_string(check.deleted) + " records (" + std::to_string(check.kind_deleted) +
              " of " + std::to_string(check.kind_live) + " " + check.kind + "); confirm to apply it",
          "此文件将删除 " + std::to_string(check.deleted) + " 条记录（" + check.kind + " " +
              std::to_string(check.kind_live) + " 条中的 " + std::to_string(check.kind_deleted) + " 条）；确认后才会应用");
      return false;
    }
    return true;
  }

  // ---- Push ----

  void record(const VerifiedWrite& w) {
    out_.state.advance(w, request_.now_ms());
    out_.pushed.push_back({w.path(), w.validator(), static_cast<int64_t>(w.bytes().size()), w.attempts(),
                           w.already_there()});
  }

  // Writes a content-named file of JSON into FOLDER unless THERE lists it.
  void push_named(const std::string& folder, const std::string& json, const std::set<std::string>& there) {
    const std::string hash = session_.content_hash(json);
    if (there.count(hash + std::string(kFileSuffix))) {
      out_.unchanged.push_back(content_named(folder, hash));
      return;
    }
    if (auto made = session_.ensure_folder(folder); !made) return failed(made.problem());
    auto w = session_.create_content_named(folder, hash, codec_.encode(json), [&](const std::string& remote) {
      auto inner = codec_.json_of(remote);
      return inner && session_.content_hash(inner.value()) == hash;
    });
    if (!w) return failed(w.problem());
    record(w.value());
  }

  void push_as_manager() {
    const RecordId& self = request_.self;
    const std::string path = book_file(self);
    const std::string json = save_bundle(merged_);
    if (remote_book_.exists && holds_exactly(remote_book_, json)) {
      out_.unchanged.push_back(path);  // the share holds exactly this book: the read verified it
    } else if (auto made = session_.ensure_folder(manager_folder(self)); !made) {
      return failed(made.problem());
    } else {
      auto w = session_.replace(path, codec_.encode(json), remote_book_, [&](const RemoteFile& now_there) -> Result<std::string> {
        auto theirs = decode(now_there.bytes);
        if (!theirs) return theirs.problem();
        MergeResult m = merge_books(merged_, theirs.value(), request_.now_ms());
        merged_ = std::move(m.book);
        settle_scope(merged_);
        out_.pulled.push_back({now_there.path, std::move(m.report)});
        return codec_.encode(save_bundle(merged_));
      });
      if (!w) return failed(w.problem());
      record(w.value());
    }
    push_named(hand_in_folder(self), save_bundle(weekly_hand_in(merged_, request_.today)), hand_ins_there_);
  }

  void push_as_supervisor() {
    for (const RecordId& manager : managers_pulled_) {
      const std::string folder = review_folder(manager);
      auto listing = session_.list(folder);
      if (!listing) return failed(listing.problem());
      std::set<std::string> there;
      for (const DavEntry& e : listing->entries) there.insert(e.name);
      push_named(folder, save_bundle(review_file_for(merged_, manager)), there);
      if (failure()) return;
    }
  }

  // ---- Files ----

  Result<Book> decode(const std::string& bytes) const {
    auto json = codec_.json_of(bytes);
    if (!json) return json.problem();
    return load_bundle(json.value());
  }
  bool holds_exactly(const RemoteFile& file, const std::string& json) const {
    auto inner = codec_.json_of(file.bytes);
    return inner && inner.value() == json;
  }

  ShareSyncOutcome refuse() {
    out_.status = ShareSyncStatus::refused;
    out_.book = own_;
    out_.book_changed = false;
    out_.requests = session_.requests();
    return std::move(out_);
  }

  ShareSyncOutcome finish() {
    if (!original_json_.empty()) out_.book_changed = save_bundle(merged_) != original_json_;
    out_.book = std::move(merged_);
    out_.requests = session_.requests();
    return std::move(out_);
  }

  ShareSession& session_;
  const Book& own_;
  const ShareSyncRequest& request_;
  const ShareFileCodec& codec_;
  Book merged_;
  std::string original_json_;
  RemoteFile remote_book_;
  std::set<std::string> hand_ins_there_;
  std::vector<RecordId> managers_pulled_;
  ShareSyncOutcome out_;
};

}  // namespace

ShareSyncOutcome sync_with_share(ShareSession& session, const Book& book, const ShareSyncRequest& request,
                                 const ShareFileCodec& codec) {
  return Sync(session, book, request, codec).run();
}

}  // namespace rm::share
