// A WebDAV server as a sync share, through libcurl: the CLI's side of
// `rmplanner sync https://…` (docs/data-format.md, "Sync"). It only carries
// requests; every rule of the protocol is in sync/share/share_session.h.
// Native only: the browser build never links libcurl.
#pragma once
#include <memory>
#include <string>

#include "sync/share/http_exchange.h"

namespace rm::cli {

class ShareHttpTransport : public share::ShareTransport {
 public:
  // BASE_URL names the share's root ("https://dav.branch.example/rm/");
  // USER and PASSWORD go as HTTP Basic authentication when USER is not empty.
  ShareHttpTransport(std::string base_url, std::string user, std::string password);
  ~ShareHttpTransport() override;
  share::HttpResponse send(const share::HttpRequest& request) override;

 private:
  std::string base_, user_, password_;
  void* curl_ = nullptr;  // one handle, so its connection is reused between requests
};

}  // namespace rm::cli
