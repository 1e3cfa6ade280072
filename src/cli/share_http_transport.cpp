#include "cli/share_http_transport.h"

#include <curl/curl.h>

#include <mutex>

namespace rm::cli {

using share::HttpRequest;
using share::HttpResponse;
using share::TransportFailure;

namespace {

size_t on_body(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<share::HttpHeaders*>(user);
  std::string_view line(data, size * count);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  // A new status line (after 100 Continue or an authentication round) starts over.
  if (line.substr(0, 5) == "HTTP/") {
    headers->clear();
  } else if (const size_t colon = line.find(':'); colon != std::string_view::npos) {
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    headers->emplace_back(std::string(line.substr(0, colon)), std::string(value));
  }
  return size * count;
}

}  // namespace

ShareHttpTransport::ShareHttpTransport(std::string base_url, std::string user, std::string password)
    : base_(std::move(base_url)), user_(std::move(user)), password_(std::move(password)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (base_.empty() || base_.back() != '/') base_ += '/';
  curl_ = curl_easy_init();
}

ShareHttpTransport::~ShareHttpTransport() {
  if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

HttpResponse ShareHttpTransport::send(const HttpRequest& request) {
  HttpResponse response;
  CURL* c = static_cast<CURL*>(curl_);
  if (!c) {
    response.failure = TransportFailure::unreachable;
    response.detail = "libcurl could not start";
    return response;
  }
  curl_easy_reset(c);
  const std::string url = base_ + share::encode_path(request.path);
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 300000L);
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
  if (request.method == "GET") {
    curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
  } else {
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    if (!request.body.empty() || request.method == "PUT") {
      curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.data());
      curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }
  }
  curl_slist* headers = nullptr;
  for (const auto& [name, value] : request.headers) headers = curl_slist_append(headers, (name + ": " + value).c_str());
  headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
  if (request.method != "PUT" && request.method != "PROPFIND")
    headers = curl_slist_append(headers, "Content-Type:");  // curl's POST default does not apply
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
  if (!user_.empty()) {
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(c, CURLOPT_USERNAME, user_.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, password_.c_str());
  }
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &response.headers);

  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(headers);
  if (rc == CURLE_OK) {
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    return response;
  }
  response.detail = curl_easy_strerror(rc);
  response.body.clear();
  response.headers.clear();
  curl_off_t connected = 0;
  curl_easy_getinfo(c, CURLINFO_CONNECT_TIME_T, &connected);
  switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
      response.failure = TransportFailure::unreachable;
      break;
    case CURLE_OPERATION_TIMEDOUT:
      // No connection at all is "unreachable"; a stall after connecting broke the transfer.
      response.failure = connected > 0 ? TransportFailure::connection_dropped : TransportFailure::unreachable;
      break;
    default:
      response.failure = TransportFailure::connection_dropped;
      break;
  }
  return response;
}

}  // namespace rm::cli
