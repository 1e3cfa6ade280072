// One sync of a book with a share: what "sync" means, whoever asks for it
// (the CLI today; the browser through the same function). The layout and
// protocol are docs/data-format.md, "Sync":
//
//  - A manager pulls her own book file (written from another device) and the
//    review files her supervisor left her, merges them in, then pushes her
//    book and the week's hand-in. A supervisor pulls every manager's hand-ins
//    and pushes each manager a review file.
//  - Everything pulled merges field by field (sync/merge.h); nothing is
//    deleted for being absent; a pull that would delete many records stops
//    the sync until confirmed (sync/import_safety.h).
//  - A share that fails part-way leaves the book with what was pulled and
//    verified: the outcome's book is always safe to keep.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model/book.h"
#include "core/problem.h"
#include "sync/merge.h"
#include "sync/share/share_session.h"

namespace rm::share {

// How the book's own files are written and read on the share: as the book is
// kept — an encrypted backup under its passphrase, or bundle JSON. The
// caller's, because the cipher is platform code (OpenSSL, WebCrypto).
struct ShareFileCodec {
  std::function<std::string(const std::string& json)> encode;
  // The bundle JSON inside BYTES (BYTES itself when not encrypted).
  std::function<Result<std::string>(const std::string& bytes)> json_of;
};

struct ShareSyncRequest {
  ShareRole role = ShareRole::manager;
  RecordId self;  // the book's owner; a supervisor's may be empty
  Date today;     // whose week's hand-in is pushed
  bool confirm_deletions = false;
  std::function<int64_t()> now_ms;  // merge stamps and "last verified"
};

struct PulledFile {
  std::string path;
  MergeReport report;
};
struct SkippedFile {
  std::string path;
  Problem problem;
};
struct PushedFile {
  std::string path, validator;
  int64_t bytes = 0;
  int attempts = 0;
  bool already_there = false;
};

enum class ShareSyncStatus {
  synced,        // every pull and push done and verified
  refused,       // nothing applied or pushed: PROBLEM says why (a file that is not ours, deletions to confirm)
  share_failed,  // the share failed part-way: BOOK holds what was pulled and verified
};

struct ShareSyncOutcome {
  ShareSyncStatus status = ShareSyncStatus::synced;
  std::optional<Problem> problem;
  Book book;                  // the book to keep (the input itself when refused)
  bool book_changed = false;  // BOOK differs from the input
  std::vector<PulledFile> pulled;    // every merge, those a 412 or a foreign read-back made during a push too
  std::vector<SkippedFile> skipped;  // files on the share that could not be opened
  std::vector<PushedFile> pushed;
  std::vector<std::string> unchanged;  // files the share already held exactly
  ShareSyncState state;
  int64_t requests = 0;
};

ShareSyncOutcome sync_with_share(ShareSession& session, const Book& book, const ShareSyncRequest& request,
                                 const ShareFileCodec& codec);

}  // namespace rm::share
