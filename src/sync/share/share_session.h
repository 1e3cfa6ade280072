// The sync protocol over a WebDAV share, as plain functions of a transport
// (http_exchange.h): no I/O of its own, so the same code runs natively, in
// the browser and against the tests' in-memory servers. The rules, and why
// (docs/data-format.md, "Sync"):
//
//  - PROPFIND with Depth: 1 only (nginx refuses infinity; a listing never
//    needs more). A 207 entry whose status is 404 is a missing file.
//  - One opaque validator per file: OC-ETag or ETag, weak ones ignored,
//    "-gzip" dropped (validator.h); when the server gives none, the SHA-256
//    of the content stands in.
//  - Writes carry If-Match (the validator last read) or If-None-Match: * (a
//    file not there yet) as an extra guard only: one writer per file is what
//    makes it correct (share_layout.h), so a server that ignores both
//    (nginx) is still safe.
//  - A write counts only when a GET afterwards returns exactly the bytes
//    written. Only then does the caller get a VerifiedWrite — the one thing
//    ShareSyncState advances on.
//  - 412 (someone wrote meanwhile): re-read, merge (the caller's function),
//    write again, with bounded backoff. 423 (locked): wait and retry. Either
//    exhausted is a problem, never a silent success; so is every failed PUT.
//  - Nothing here deletes: a file missing on the share is missing, not a
//    deletion (deletions travel as tombstones inside the bundles).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "sync/share/http_exchange.h"
#include "sync/share/multistatus.h"
#include "sync/share/share_layout.h"

namespace rm::share {

// SHA-256 of BYTES as 64 lowercase hex digits: the caller's (OpenSSL
// natively, WebCrypto's digest in the browser), so the one hash the app
// uses for content is not written twice.
using ContentHasher = std::function<std::string(std::string_view bytes)>;
// Waits MS milliseconds before a retry (the caller's clock; tests record it).
using Wait = std::function<void(int64_t ms)>;

struct SessionOptions {
  ShareRole role = ShareRole::manager;
  RecordId self;  // the manager signed in (for a supervisor, may be empty)
  ContentHasher hash;
  Wait wait;
  int max_attempts = 5;  // per write, counting the first
  int64_t first_backoff_ms = 250;
  int64_t max_backoff_ms = 4000;
};

struct FolderListing {
  bool exists = false;            // false: the folder is not on the share (nothing to pull)
  std::vector<DavEntry> entries;  // its children that exist (404 entries dropped)
};

struct RemoteFile {
  std::string path;
  bool exists = false;
  std::string bytes;
  std::optional<std::string> etag;  // a usable validator from the GET, if any
  std::string content_hash;         // of BYTES (empty when missing)
  // What If-Match can carry: the ETag, or nothing when the server gave none.
  const std::optional<std::string>& validator() const { return etag; }
};

// A write the share has confirmed by reading it back. Only ShareSession
// makes one, so sync state cannot advance on an unverified push.
class VerifiedWrite {
 public:
  const std::string& path() const { return path_; }
  const std::string& bytes() const { return bytes_; }  // what was written (after any merge)
  const std::string& content_hash() const { return content_hash_; }
  // The ETag after the write, or "sha256:<hash>" when the server gave no usable one.
  const std::string& validator() const { return validator_; }
  bool validator_is_etag() const { return validator_is_etag_; }
  int attempts() const { return attempts_; }
  bool already_there() const { return already_there_; }  // a content-named file that was there before

 private:
  friend class ShareSession;
  VerifiedWrite() = default;
  std::string path_, bytes_, content_hash_, validator_;
  bool validator_is_etag_ = false;
  int attempts_ = 0;
  bool already_there_ = false;
};

// Given what is on the share now (after a 412 or a foreign read-back),
// the bytes to write instead: ours merged with it. A problem stops the push.
using MergeRemote = std::function<Result<std::string>(const RemoteFile& remote)>;
// Whether REMOTE_BYTES hold the same content as ours (a content-named file
// encrypted twice differs in bytes, not in content).
using SameContent = std::function<bool(const std::string& remote_bytes)>;

class ShareSession {
 public:
  ShareSession(ShareTransport& transport, SessionOptions options);

  // PROPFIND FOLDER ("" for the share's root, else ending in "/"), Depth: 1.
  Result<FolderListing> list(std::string_view folder);
  // GET PATH; a 404 is a RemoteFile that does not exist.
  Result<RemoteFile> read(std::string_view path);
  // MKCOL every level of FOLDER ("a/b/") that is not there yet.
  Result<bool> ensure_folder(std::string_view folder);
  // Writes BYTES over PATH, which LAST_READ (read just before) describes;
  // on 412 or a foreign read-back, merges with MERGE and writes again.
  Result<VerifiedWrite> replace(std::string_view path, std::string bytes, const RemoteFile& last_read,
                                const MergeRemote& merge);
  // Creates FOLDER + NAME_HASH + ".rmplanner" with BYTES, never over other
  // content: if it exists, it must hold the same content (SAME, or equal
  // bytes when SAME is empty), else name_taken.
  Result<VerifiedWrite> create_content_named(std::string_view folder, std::string_view name_hash, std::string bytes,
                                             const SameContent& same = {});

  // How many requests went out (tests and the CLI's report).
  int64_t requests() const { return requests_; }
  // The SHA-256 of BYTES, by the caller's hasher: the one content hash.
  std::string content_hash(std::string_view bytes) const { return options_.hash(bytes); }

 private:
  HttpResponse send(HttpRequest request);
  void back_off(int attempt);
  Result<VerifiedWrite> verified(std::string path, std::string bytes, const RemoteFile& back, int attempt);

  ShareTransport& transport_;
  SessionOptions options_;
  int64_t requests_ = 0;
};

// What is known to be on the share: per file, the validator and hash of the
// last verified write. It advances on VerifiedWrite only; "last verified
// sync" is what the status shows, never "last attempt".
struct SyncedFile {
  std::string path, validator, content_hash;
  int64_t verified_at_ms = 0;
};

class ShareSyncState {
 public:
  void advance(const VerifiedWrite& write, int64_t now_ms);
  const SyncedFile* find(std::string_view path) const;
  int64_t last_verified_ms() const { return last_verified_ms_; }
  const std::vector<SyncedFile>& files() const { return files_; }

 private:
  std::vector<SyncedFile> files_;
  int64_t last_verified_ms_ = 0;
};

}  // namespace rm::share
