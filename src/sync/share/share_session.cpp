#include "sync/share/share_session.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "sync/share/share_problem.h"
#include "sync/share/validator.h"

namespace rm::share {

namespace {

// Asks only for what a sync uses, so servers need not compute the rest.
constexpr std::string_view kPropfindBody =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getetag/><D:getcontentlength/></D:prop></D:propfind>\n";

bool success(int status) { return status >= 200 && status <= 299; }

// "/dav/" → 1, "/dav/managers/" → 2: how deep an href is, trailing slash or not.
size_t segments(std::string_view href) {
  while (!href.empty() && href.back() == '/') href.remove_suffix(1);
  return size_t(std::count(href.begin(), href.end(), '/'));
}

}  // namespace

ShareSession::ShareSession(ShareTransport& transport, SessionOptions options)
    : transport_(transport), options_(std::move(options)) {
  if (options_.max_attempts < 1) options_.max_attempts = 1;
}

HttpResponse ShareSession::send(HttpRequest request) {
  ++requests_;
  return transport_.send(request);
}

void ShareSession::back_off(int attempt) {
  if (!options_.wait) return;
  int64_t ms = options_.first_backoff_ms;
  for (int i = 1; i < attempt && ms < options_.max_backoff_ms; ++i) ms *= 2;
  options_.wait(std::min(ms, options_.max_backoff_ms));
}

Result<FolderListing> ShareSession::list(std::string_view folder) {
  HttpRequest request{"PROPFIND", std::string(folder), {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}},
                      std::string(kPropfindBody)};
  const HttpResponse response = send(std::move(request));
  if (response.failure == TransportFailure::none && response.status == 404) return FolderListing{};
  if (response.failure != TransportFailure::none || response.status != 207)
    return problem_for_response(response, "PROPFIND", std::string(folder));
  auto parsed = parse_multistatus(response.body);
  if (!parsed) {
    Problem p = parsed.problem();
    p.path = std::string(folder);
    return p;
  }
  FolderListing listing;
  listing.exists = true;
  // The folder itself comes back among its children; it is the shortest href.
  size_t self_segments = SIZE_MAX;
  for (const DavEntry& e : parsed.value()) self_segments = std::min(self_segments, segments(e.href));
  bool self_seen = false;
  for (DavEntry& e : parsed.value()) {
    if (!self_seen && segments(e.href) == self_segments) {
      self_seen = true;
      continue;
    }
    if (e.status == 404) continue;  // listed as missing: not there, and no deletion of anything
    if (!success(e.status)) continue;
    listing.entries.push_back(std::move(e));
  }
  return listing;
}

Result<RemoteFile> ShareSession::read(std::string_view path) {
  const HttpResponse response = send({"GET", std::string(path), {}, {}});
  RemoteFile file;
  file.path = std::string(path);
  if (response.failure == TransportFailure::none && (response.status == 404 || response.status == 410)) return file;
  if (response.failure != TransportFailure::none || response.status != 200)
    return problem_for_response(response, "GET", std::string(path));
  file.exists = true;
  file.bytes = response.body;
  file.etag = validator_of(response.headers);
  file.content_hash = options_.hash(file.bytes);
  return file;
}

Result<bool> ShareSession::ensure_folder(std::string_view folder) {
  if (!may_write(options_.role, options_.self, folder)) return share_problem("not_yours", std::string(folder));
  auto listing = list(folder);
  if (!listing) return listing.problem();
  if (listing->exists) return false;
  for (size_t slash = folder.find('/'); slash != std::string_view::npos; slash = folder.find('/', slash + 1)) {
    const std::string level(folder.substr(0, slash + 1));
    const HttpResponse response = send({"MKCOL", level, {}, {}});
    // 405: the folder is already there (RFC 4918 §9.3.1).
    if (response.failure == TransportFailure::none && (response.status == 201 || response.status == 405)) continue;
    return problem_for_response(response, "MKCOL", level);
  }
  return true;
}

Result<VerifiedWrite> ShareSession::verified(std::string path, std::string bytes, const RemoteFile& back,
                                             int attempt) {
  VerifiedWrite w;
  w.path_ = std::move(path);
  w.content_hash_ = back.content_hash;
  w.validator_is_etag_ = back.etag.has_value();
  w.validator_ = back.etag ? *back.etag : "sha256:" + back.content_hash;
  w.bytes_ = std::move(bytes);
  w.attempts_ = attempt;
  return w;
}

Result<VerifiedWrite> ShareSession::replace(std::string_view path_view, std::string bytes, const RemoteFile& last_read,
                                            const MergeRemote& merge) {
  const std::string path(path_view);
  if (!may_write(options_.role, options_.self, path)) return share_problem("not_yours", path);
  RemoteFile base = last_read;
  for (int attempt = 1; attempt <= options_.max_attempts; ++attempt) {
    HttpRequest request{"PUT", path, {{"Content-Type", "application/octet-stream"}}, bytes};
    if (base.exists && base.etag) request.headers.emplace_back("If-Match", *base.etag);
    else if (!base.exists) request.headers.emplace_back("If-None-Match", "*");
    const HttpResponse response = send(std::move(request));
    const bool answered = response.failure == TransportFailure::none;
    const bool last = attempt == options_.max_attempts;

    if (answered && response.status == 423) {
      if (last) return share_problem("locked", path, "HTTP 423 to PUT");
      back_off(attempt);
      continue;
    }
    if (answered && response.status == 412) {
      // Someone wrote since our read (or the server's ETag moved): take what
      // is there now into ours, then write again.
      auto now = read(path);
      if (!now) return now.problem();
      if (last) return share_problem("precondition_exhausted", path, std::to_string(attempt) + " tries");
      if (now->exists) {
        auto merged = merge(now.value());
        if (!merged) return merged.problem();
        bytes = std::move(merged.value());
      }
      base = std::move(now.value());
      back_off(attempt);
      continue;
    }
    // A failed PUT is reported as it is, never taken for a success.
    if (!answered || !success(response.status)) return problem_for_response(response, "PUT", path);

    auto back = read(path);
    if (!back) return back.problem();
    if (back->exists && back->bytes == bytes) return verified(path, std::move(bytes), back.value(), attempt);
    // Other bytes came back: another writer slipped in (a server that
    // ignores If-Match lets it), or the server altered ours. Merge with
    // what is there and try again; if it never settles, say so.
    if (last) return share_problem("read_back_mismatch", path, std::to_string(attempt) + " tries");
    if (back->exists) {
      auto merged = merge(back.value());
      if (!merged) return share_problem("read_back_mismatch", path, merged.problem().message_en);
      bytes = std::move(merged.value());
    }
    base = std::move(back.value());
    back_off(attempt);
  }
  return share_problem("precondition_exhausted", path);
}

Result<VerifiedWrite> ShareSession::create_content_named(std::string_view folder, std::string_view name_hash,
                                                         std::string bytes, const SameContent& same) {
  const std::string path = content_named(folder, name_hash);
  if (!may_write(options_.role, options_.self, path)) return share_problem("not_yours", path);
  const auto holds_ours = [&](const RemoteFile& f) { return f.exists && (f.bytes == bytes || (same && same(f.bytes))); };
  for (int attempt = 1; attempt <= options_.max_attempts; ++attempt) {
    const HttpResponse response =
        send({"PUT", path, {{"Content-Type", "application/octet-stream"}, {"If-None-Match", "*"}}, bytes});
    const bool answered = response.failure == TransportFailure::none;
    const bool last = attempt == options_.max_attempts;
    if (answered && response.status == 423) {
      if (last) return share_problem("locked", path, "HTTP 423 to PUT");
      back_off(attempt);
      continue;
    }
    if (answered && response.status == 412) {
      // Already there: fine when it is this content, which the name promises.
      auto there = read(path);
      if (!there) return there.problem();
      if (!holds_ours(there.value())) return share_problem("name_taken", path);
      auto w = verified(path, std::move(bytes), there.value(), attempt);
      w->already_there_ = true;
      return w;
    }
    if (!answered || !success(response.status)) return problem_for_response(response, "PUT", path);
    auto back = read(path);
    if (!back) return back.problem();
    if (back->exists && back->bytes == bytes) return verified(path, std::move(bytes), back.value(), attempt);
    if (last) return share_problem("read_back_mismatch", path, std::to_string(attempt) + " tries");
    back_off(attempt);
  }
  return share_problem("read_back_mismatch", path);
}

void ShareSyncState::advance(const VerifiedWrite& write, int64_t now_ms) {
  SyncedFile entry{write.path(), write.validator(), write.content_hash(), now_ms};
  auto it = std::find_if(files_.begin(), files_.end(), [&](const SyncedFile& f) { return f.path == write.path(); });
  if (it == files_.end()) files_.push_back(std::move(entry));
  else *it = std::move(entry);
  last_verified_ms_ = std::max(last_verified_ms_, now_ms);
}

const SyncedFile* ShareSyncState::find(std::string_view path) const {
  for (const SyncedFile& f : files_)
    if (f.path == path) return &f;
  return nullptr;
}

}  // namespace rm::share
