// One request to a file share and its answer, and the transport that carries
// them (docs/data-format.md, "Sync"). The protocol logic (share_session.h)
// speaks only in these values, so it holds no socket, no file and no
// Emscripten: the CLI hands it a filesystem folder or libcurl, the browser
// its fetch, the tests an in-memory server.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rm::share {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// The value of header NAME (compared without case), or nullptr.
const std::string* find_header(const HttpHeaders& headers, std::string_view name);

// PATH as a URL path: every byte but the unreserved ones and "/" percent-encoded
// (a share path holds ids and hex, but a folder name may hold anything).
std::string encode_path(std::string_view path);

struct HttpRequest {
  std::string method;  // "PROPFIND", "GET", "PUT", "MKCOL"
  std::string path;    // relative to the share's root: "managers/<id>/book.rmplanner"
  HttpHeaders headers;
  std::string body;
};

// Why no answer arrived. Each maps to its own plain message (share_problem.h).
enum class TransportFailure {
  none,                // an HTTP answer arrived (status holds it)
  unreachable,         // no connection: no network, wrong host, server down, timeout
  connection_dropped,  // the connection broke mid-request: whether it arrived is unknown
  cors_refused,        // the browser withheld the answer (cross-origin not allowed)
};

struct HttpResponse {
  int status = 0;  // 0 when FAILURE is not none
  HttpHeaders headers;
  std::string body;
  TransportFailure failure = TransportFailure::none;
  std::string detail;  // the transport's own words for a failure ("Connection refused")
};

// Sends one request and waits for its answer; never throws.
class ShareTransport {
 public:
  virtual ~ShareTransport() = default;
  virtual HttpResponse send(const HttpRequest& request) = 0;
};

}  // namespace rm::share
