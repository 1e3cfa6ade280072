#include "cli/share_folder_transport.h"

#include <filesystem>
#include <system_error>

#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"

namespace rm::cli {

namespace fs = std::filesystem;
using share::HttpRequest;
using share::HttpResponse;

std::string content_hash(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : native::sha256(bytes)) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

namespace {

HttpResponse answer(int status, std::string body = {}, share::HttpHeaders headers = {}) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  return r;
}

std::string etag_of(const std::string& bytes) { return "\"" + content_hash(bytes).substr(0, 32) + "\""; }

std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

void append_entry(std::string& xml, const std::string& path, bool collection, const std::string* bytes) {
  xml += "<D:response><D:href>" + xml_escape("/" + share::encode_path(path)) + "</D:href><D:propstat><D:prop>";
  if (collection) {
    xml += "<D:resourcetype><D:collection/></D:resourcetype>";
  } else {
    xml += "<D:resourcetype/><D:getcontentlength>" + std::to_string(bytes->size()) + "</D:getcontentlength>";
    xml += "<D:getetag>" + xml_escape(etag_of(*bytes)) + "</D:getetag>";
  }
  xml += "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>\n";
}

}  // namespace

HttpResponse ShareFolderTransport::send(const HttpRequest& request) {
  // The protocol's paths are relative and never climb out of the share.
  if (request.path.find("..") != std::string::npos || (!request.path.empty() && request.path.front() == '/'))
    return answer(403, "path outside the share");
  std::string rel = request.path;
  while (!rel.empty() && rel.back() == '/') rel.pop_back();
  const fs::path where = rel.empty() ? fs::path(root_) : fs::path(root_) / rel;
  std::error_code ec;
  const bool is_dir = fs::is_directory(where, ec);
  const bool is_file = fs::is_regular_file(where, ec);

  if (request.method == "PROPFIND") {
    if (!is_dir && !is_file) return answer(404);
    std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">\n";
    if (is_file) {
      auto bytes = native::read_file(where.string());
      if (!bytes) return answer(500, "cannot read " + where.string());
      append_entry(xml, request.path, false, &*bytes);
    } else {
      append_entry(xml, request.path, true, nullptr);
      std::string prefix = request.path;
      if (!prefix.empty() && prefix.back() != '/') prefix += '/';
      for (const fs::directory_entry& e : fs::directory_iterator(where, ec)) {
        const std::string name = e.path().filename().string();
        if (name.empty() || name.front() == '.' || (name.size() > 4 && name.substr(name.size() - 4) == ".tmp"))
          continue;  // hidden files and write_file_atomic's temporaries
        if (e.is_directory(ec)) {
          append_entry(xml, prefix + name + "/", true, nullptr);
        } else if (e.is_regular_file(ec)) {
          auto bytes = native::read_file(e.path().string());
          if (bytes) append_entry(xml, prefix + name, false, &*bytes);
        }
      }
      if (ec) return answer(500, ec.message());
    }
    xml += "</D:multistatus>\n";
    return answer(207, std::move(xml));
  }
  if (request.method == "GET") {
    if (!is_file) return answer(404);
    std::string error;
    auto bytes = native::read_file(where.string(), &error);
    if (!bytes) return answer(500, error);
    const std::string etag = etag_of(*bytes);
    return answer(200, std::move(*bytes), {{"ETag", etag}});
  }
  if (request.method == "MKCOL") {
    if (is_dir || is_file) return answer(405);
    if (!fs::is_directory(where.parent_path(), ec)) return answer(409);
    fs::create_directory(where, ec);
    return ec ? answer(409, ec.message()) : answer(201);
  }
  if (request.method == "PUT") {
    if (is_dir) return answer(405);
    if (!fs::is_directory(where.parent_path(), ec)) return answer(409);
    std::optional<std::string> current;
    if (is_file) {
      current = native::read_file(where.string());
      if (!current) return answer(500, "cannot read " + where.string());
    }
    if (const std::string* match = share::find_header(request.headers, "If-Match"))
      if (!current || *match != etag_of(*current)) return answer(412);
    if (const std::string* none = share::find_header(request.headers, "If-None-Match"))
      if (*none == "*" && current) return answer(412);
    std::string error;
    if (!native::write_file_atomic(where.string(), request.body, &error)) return answer(507, error);
    return answer(current ? 204 : 201);
  }
  return answer(405);
}

}  // namespace rm::cli
