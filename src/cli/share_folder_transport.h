// A folder on this computer (or a mounted network drive) as a sync share:
// answers the requests of the sync protocol (sync/share/share_session.h) the
// way a WebDAV server does — PROPFIND as a 207 listing, strong ETags (the
// SHA-256 of the content), If-Match and If-None-Match honoured, writes
// through a temporary file and a rename — so `rmplanner sync DIR` runs the
// very same protocol as a sync with a server (docs/data-format.md, "Sync").
#pragma once
#include <string>

#include "sync/share/http_exchange.h"

namespace rm::cli {

class ShareFolderTransport : public share::ShareTransport {
 public:
  explicit ShareFolderTransport(std::string root) : root_(std::move(root)) {}
  share::HttpResponse send(const share::HttpRequest& request) override;

 private:
  std::string root_;
};

// SHA-256 of BYTES as 64 lowercase hex digits (OpenSSL): the content hash of
// the sync protocol.
std::string content_hash(std::string_view bytes);

}  // namespace rm::cli
