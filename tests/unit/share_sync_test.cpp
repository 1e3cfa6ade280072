// The sync protocol over a WebDAV share (docs/data-format.md, "Sync";
// src/sync/share/): one test per rule, against an in-memory server that
// behaves like Apache mod_dav (honours If-Match, strong ETags, weak ones
// right after a write) or like nginx dav-ext (ignores conditional headers,
// lists no getetag, sends no ETag), and that can lock, drop a connection,
// alter what it stores, or let another writer in.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "core/demo/demo_book.h"
#include "store/bundle.h"
#include "sync/merge.h"
#include "sync/share/multistatus.h"
#include "sync/share/share_layout.h"
#include "sync/share/share_session.h"
#include "sync/share/share_sync.h"
#include "sync/share/validator.h"
#include "test_ids.h"

using namespace rm;
using namespace rm::share;

namespace {

// Not SHA-256 (the app passes its own); any stable 64-hex-digit digest
// serves the protocol, which treats the hash as opaque.
std::string test_hash(std::string_view bytes) {
  std::string out;
  for (uint64_t seed : {1469598103934665603ull, 7ull, 1099511628211ull, 99ull}) {
    uint64_t h = seed;
    for (char c : bytes) h = (h ^ uint8_t(c)) * 1099511628211ull;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    out += buf;
  }
  return out;
}

// An in-memory WebDAV server at http://share.test/dav/.
struct FakeDav : ShareTransport {
  enum class Kind { apache, nginx };
  Kind kind = Kind::apache;
  bool weak_etags = false;           // Apache within a second of a write
  std::string etag_suffix;           // "-gzip" behind mod_deflate
  int locked_puts = 0;               // answer this many PUTs with 423
  bool drop_next_put = false;        // store it, then lose the answer
  bool alter_writes = false;         // store other bytes than were sent
  bool unreachable = false, cors = false;
  std::optional<int> status_for_put, status_for_propfind;
  std::optional<std::string> canned_propfind;  // a 207 body to answer with
  // Another writer: runs before each PUT (or after it, before the read-back).
  std::function<void(FakeDav&)> before_put, after_put;

  std::map<std::string, std::string> files;
  std::map<std::string, int> versions;
  std::set<std::string> folders{""};
  std::vector<HttpRequest> log;
  int next_version = 1;

  void write(const std::string& path, std::string bytes) {
    files[path] = std::move(bytes);
    versions[path] = next_version++;
  }
  std::string etag(const std::string& path) const {
    return std::string(weak_etags ? "W/" : "") + "\"v" + std::to_string(versions.at(path)) + etag_suffix + "\"";
  }
  static std::string parent(const std::string& path) {
    std::string p = path;
    if (!p.empty() && p.back() == '/') p.pop_back();
    const size_t slash = p.rfind('/');
    return slash == std::string::npos ? "" : p.substr(0, slash + 1);
  }
  static HttpResponse answer(int status, HttpHeaders headers = {}, std::string body = {}) {
    HttpResponse r;
    r.status = status;
    r.headers = std::move(headers);
    r.body = std::move(body);
    return r;
  }
  const std::string* header(const HttpRequest& r, std::string_view name) const { return find_header(r.headers, name); }

  HttpResponse send(const HttpRequest& r) override {
    log.push_back(r);
    if (unreachable) return {0, {}, {}, TransportFailure::unreachable, "Connection refused"};
    if (cors) return {0, {}, {}, TransportFailure::cors_refused, "TypeError: Failed to fetch"};
    if (r.method == "PROPFIND") return propfind(r);
    if (r.method == "GET") {
      auto it = files.find(r.path);
      if (it == files.end()) return answer(404, {}, "not found");
      HttpHeaders h;
      if (kind == Kind::apache) h.emplace_back("ETag", etag(r.path));
      return answer(200, h, it->second);
    }
    if (r.method == "MKCOL") {
      if (folders.count(r.path)) return answer(405, {}, {});
      if (!folders.count(parent(r.path))) return answer(409, {}, {});
      folders.insert(r.path);
      return answer(201, {}, {});
    }
    if (r.method == "PUT") return put(r);
    return answer(405, {}, {});
  }

  HttpResponse put(const HttpRequest& r) {
    if (before_put) before_put(*this);
    if (status_for_put) return answer(*status_for_put, {}, {});
    if (locked_puts > 0) {
      --locked_puts;
      return answer(423, {}, {});
    }
    if (!folders.count(parent(r.path))) return answer(409, {}, {});
    const bool exists = files.count(r.path) > 0;
    if (kind == Kind::apache) {
      if (const std::string* m = header(r, "If-Match")) {
        // A weak current ETag never matches in If-Match (strong comparison).
        if (!exists || weak_etags || *m != etag(r.path)) return answer(412, {}, {});
      }
      if (const std::string* n = header(r, "If-None-Match"); n && *n == "*" && exists) return answer(412, {}, {});
    }
    write(r.path, alter_writes ? r.body + "\n" : r.body);
    if (after_put) after_put(*this);
    if (drop_next_put) {
      drop_next_put = false;
      return {0, {}, {}, TransportFailure::connection_dropped, "Connection reset by peer"};
    }
    return answer(exists ? 204 : 201, {}, {});
  }

  HttpResponse propfind(const HttpRequest& r) {
    if (status_for_propfind) return answer(*status_for_propfind, {}, {});
    if (canned_propfind) return answer(207, {}, *canned_propfind);
    if (!folders.count(r.path)) return answer(404, {}, {});
    std::ostringstream x;
    x << "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\">";
    const auto entry = [&](const std::string& path, bool collection) {
      x << "<D:response><D:href>/dav/" << path << "</D:href><D:propstat><D:prop>";
      x << (collection ? "<D:resourcetype><D:collection/></D:resourcetype>" : "<D:resourcetype/>");
      if (!collection) {
        x << "<D:getcontentlength>" << files.at(path).size() << "</D:getcontentlength>";
        if (kind == Kind::apache) x << "<D:getetag>" << etag(path) << "</D:getetag>";
      }
      x << "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>";
    };
    entry(r.path, true);
    for (const std::string& f : folders)
      if (!f.empty() && f != r.path && parent(f) == r.path) entry(f, true);
    for (const auto& [path, bytes] : files)
      if (parent(path) == r.path) entry(path, false);
    x << "</D:multistatus>";
    return answer(207, {}, x.str());
  }

  int count(std::string_view method) const {
    return int(std::count_if(log.begin(), log.end(), [&](const HttpRequest& q) { return q.method == method; }));
  }
};

const RecordId kLi = test::tid("manager-li");
const std::string kBook = book_file(kLi);

struct Rig {
  FakeDav dav;
  std::vector<int64_t> waits;
  ShareSession session;
  explicit Rig(FakeDav::Kind kind = FakeDav::Kind::apache, int attempts = 5)
      : dav(make(kind)), session(dav, options(attempts)) {}
  static FakeDav make(FakeDav::Kind kind) {
    FakeDav d;
    d.kind = kind;
    d.folders.insert("managers/");
    d.folders.insert(manager_folder(kLi));
    return d;
  }
  SessionOptions options(int attempts) {
    SessionOptions o;
    o.role = ShareRole::manager;
    o.self = kLi;
    o.hash = test_hash;
    o.wait = [this](int64_t ms) { waits.push_back(ms); };
    o.max_attempts = attempts;
    return o;
  }
};

// The caller's merge in these tests: the union of the lines of both sides.
std::string union_lines(const std::string& a, const std::string& b) {
  std::set<std::string> lines;
  for (const std::string* s : {&a, &b}) {
    std::istringstream in(*s);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) lines.insert(line);
  }
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

MergeRemote merging_into(std::string& ours, int* calls = nullptr) {
  return [&ours, calls](const RemoteFile& remote) -> Result<std::string> {
    if (calls) ++*calls;
    ours = union_lines(ours, remote.bytes);
    return ours;
  };
}

RemoteFile missing(const std::string& path) {
  RemoteFile f;
  f.path = path;
  return f;
}

}  // namespace

// ---- The 207 multistatus parser ------------------------------------------------

TEST_CASE("multistatus: href, status, getetag, getcontentlength and collection per response", "[share]") {
  const auto entries = parse_multistatus(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<D:multistatus xmlns:D=\"DAV:\" xmlns:lp1=\"DAV:\">\n"
      "<D:response><D:href>/dav/managers/</D:href><D:propstat><D:prop><lp1:resourcetype><D:collection/>"
      "</lp1:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>\n"
      "<D:response><D:href>http://share.test/dav/managers/%E6%9D%8E/book.rmplanner</D:href>"
      "<D:propstat><D:prop><lp1:getetag>\"2a-5f1&amp;c\"</lp1:getetag><lp1:getcontentlength>42"
      "</lp1:getcontentlength><lp1:resourcetype/></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>"
      "<D:propstat><D:prop><D:quota/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>"
      "</D:response></D:multistatus>");
  REQUIRE(entries);
  REQUIRE(entries->size() == 2);
  CHECK(entries.value()[0].collection);
  CHECK(entries.value()[0].name == "managers");
  const DavEntry& f = entries.value()[1];
  CHECK(f.href == "/dav/managers/李/book.rmplanner");
  CHECK(f.name == "book.rmplanner");
  CHECK(f.status == 200);
  CHECK_FALSE(f.collection);
  CHECK(f.etag == "\"2a-5f1&c\"");
  CHECK(f.content_length == 42);
}

TEST_CASE("multistatus: a default DAV: namespace and any prefix read alike", "[share]") {
  const auto entries = parse_multistatus(
      "<multistatus xmlns=\"DAV:\"><response><href>/a/</href><propstat><prop><resourcetype><collection/>"
      "</resourcetype></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>");
  REQUIRE(entries);
  REQUIRE(entries->size() == 1);
  CHECK(entries.value()[0].collection);
  // Elements of another namespace with the same local name are not DAV's.
  const auto other = parse_multistatus("<x:multistatus xmlns:x=\"urn:other\"/>");
  REQUIRE_FALSE(other);
  CHECK(other.problem().code == "bad_multistatus");
}

TEST_CASE("multistatus: a response whose status is 404 is a missing file, and a listing leaves it out", "[share]") {
  const std::string xml =
      "<D:multistatus xmlns:D=\"DAV:\">"
      "<D:response><D:href>/dav/reviews/x/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/>"
      "</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
      "<D:response><D:href>/dav/reviews/x/gone.rmplanner</D:href><D:status>HTTP/1.1 404 Not Found</D:status>"
      "</D:response></D:multistatus>";
  const auto entries = parse_multistatus(xml);
  REQUIRE(entries);
  REQUIRE(entries->size() == 2);
  CHECK(entries.value()[1].status == 404);

  Rig rig;
  rig.dav.canned_propfind = xml;
  const auto listing = rig.session.list("reviews/x/");
  REQUIRE(listing);
  CHECK(listing->exists);
  CHECK(listing->entries.empty());
}

TEST_CASE("multistatus: malformed or hostile XML is a clear problem, never a guess", "[share]") {
  const char* bad[] = {
      "",
      "not xml at all",
      "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/a</D:href>",  // truncated
      "<D:multistatus xmlns:D=\"DAV:\"><D:response></D:multistatus>",      // mismatched tags
      "<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><D:multistatus xmlns:D=\"DAV:\">&lol;</D:multistatus>",
      "<!DOCTYPE multistatus SYSTEM \"http://evil.test/x.dtd\"><D:multistatus xmlns:D=\"DAV:\"/>",
      "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>&xxe;</D:href></D:response></D:multistatus>",
      "<D:multistatus xmlns:D=\"DAV:\"><D:response><D:status>HTTP/1.1 200 OK</D:status></D:response></D:multistatus>",
      "<Q:multistatus><Q:response/></Q:multistatus>",  // undeclared prefix
      ("<D:multistatus xmlns:D=\"DAV:\"><D:response><D:href>/a</D:href><D:status>banana</D:status></D:response>"
       "</D:multistatus>"),
  };
  for (const char* xml : bad) {
    INFO(xml);
    const auto r = parse_multistatus(xml);
    REQUIRE_FALSE(r);
    CHECK(r.problem().code == "bad_multistatus");
    CHECK_FALSE(r.problem().message_en.empty());
    CHECK_FALSE(r.problem().message_zh.empty());
  }
  std::string deep = "<D:multistatus xmlns:D=\"DAV:\">";
  for (int i = 0; i < 100; ++i) deep += "<D:x>";
  CHECK_FALSE(parse_multistatus(deep));

  Rig rig;
  rig.dav.canned_propfind = "<D:multistatus xmlns:D=\"DAV:\"><D:response>";
  const auto listing = rig.session.list("managers/");
  REQUIRE_FALSE(listing);
  CHECK(listing.problem().code == "bad_multistatus");
  CHECK(listing.problem().path == "managers/");
}

// ---- The validator ------------------------------------------------------------

TEST_CASE("validator: a strong ETag is used, a weak one is no validator, -gzip is dropped, OC-ETag first", "[share]") {
  CHECK(usable_etag("\"5f-61a\"") == "\"5f-61a\"");
  CHECK_FALSE(usable_etag("W/\"5f-61a\""));
  CHECK_FALSE(usable_etag(""));
  CHECK(usable_etag("\"5f-61a-gzip\"") == "\"5f-61a\"");
  CHECK(validator_of({{"etag", "\"a\""}, {"OC-ETag", "\"b\""}}) == "\"b\"");
  CHECK(validator_of({{"ETag", "\"a\""}}) == "\"a\"");
  CHECK_FALSE(validator_of({{"Content-Length", "4"}}));
}

// ---- Listing ------------------------------------------------------------------

TEST_CASE("list: PROPFIND with Depth: 1 only, the folder itself left out", "[share]") {
  Rig rig;
  rig.dav.write(kBook, "a\n");
  const auto listing = rig.session.list(manager_folder(kLi));
  REQUIRE(listing);
  REQUIRE(listing->entries.size() == 1);
  CHECK(listing->entries[0].name == "book.rmplanner");
  CHECK(listing->entries[0].etag.has_value());
  for (const HttpRequest& r : rig.dav.log) {
    if (r.method != "PROPFIND") continue;
    REQUIRE(find_header(r.headers, "Depth"));
    CHECK(*find_header(r.headers, "Depth") == "1");
  }
}

TEST_CASE("list: an empty or missing folder lists nothing, and nothing is deleted for it", "[share]") {
  Rig rig;
  const auto empty = rig.session.list(manager_folder(kLi));
  REQUIRE(empty);
  CHECK(empty->exists);
  CHECK(empty->entries.empty());
  const auto none = rig.session.list("reviews/nobody/");
  REQUIRE(none);
  CHECK_FALSE(none->exists);
  CHECK(rig.dav.count("DELETE") == 0);
}

TEST_CASE("list: a server that refuses PROPFIND is not a WebDAV share (405, 501)", "[share]") {
  for (int status : {405, 501}) {
    Rig rig;
    rig.dav.status_for_propfind = status;
    const auto r = rig.session.list("");
    REQUIRE_FALSE(r);
    CHECK(r.problem().code == "not_webdav");
  }
}

TEST_CASE("errors: unreachable, CORS refused, 401 and 403 each have their own plain message", "[share]") {
  Rig a;
  a.dav.unreachable = true;
  CHECK(a.session.list("").problem().code == "unreachable");
  Rig b;
  b.dav.cors = true;
  CHECK(b.session.read(kBook).problem().code == "cors_refused");
  Rig c;
  c.dav.status_for_propfind = 401;
  const Problem p401 = c.session.list("").problem();
  CHECK(p401.code == "unauthorized");
  CHECK(p401.message_zh.find("密码") != std::string::npos);
  Rig d;
  d.dav.status_for_propfind = 403;
  CHECK(d.session.list("").problem().code == "forbidden");
}

// ---- Pushing ------------------------------------------------------------------

TEST_CASE("push on Apache: If-None-Match: * for a new file, If-Match with the validator after", "[share]") {
  Rig rig;
  std::string ours = "a\n";
  auto first = rig.session.replace(kBook, ours, missing(kBook), merging_into(ours));
  REQUIRE(first);
  CHECK(first->validator_is_etag());
  REQUIRE(find_header(rig.dav.log[0].headers, "If-None-Match"));
  CHECK(*find_header(rig.dav.log[0].headers, "If-None-Match") == "*");

  auto read = rig.session.read(kBook);
  REQUIRE(read);
  ours = "a\nb\n";
  rig.dav.log.clear();
  auto second = rig.session.replace(kBook, ours, read.value(), merging_into(ours));
  REQUIRE(second);
  REQUIRE(find_header(rig.dav.log[0].headers, "If-Match"));
  CHECK(*find_header(rig.dav.log[0].headers, "If-Match") == *read->etag);
  CHECK(rig.dav.files[kBook] == "a\nb\n");
}

TEST_CASE("push: a 412 re-reads, merges through the caller's function and retries with backoff", "[share]") {
  Rig rig;
  rig.dav.write(kBook, "a\n");
  auto read = rig.session.read(kBook);
  REQUIRE(read);
  rig.dav.write(kBook, "a\nfrom-other-device\n");  // written meanwhile: our validator is stale
  std::string ours = "a\nmine\n";
  int merges = 0;
  auto w = rig.session.replace(kBook, ours, read.value(), merging_into(ours, &merges));
  REQUIRE(w);
  CHECK(merges == 1);
  CHECK(w->attempts() == 2);
  CHECK(rig.dav.files[kBook] == "a\nfrom-other-device\nmine\n");
  CHECK(w->bytes() == rig.dav.files[kBook]);
  CHECK(rig.waits == std::vector<int64_t>{250});
}

TEST_CASE("push: 412 every time gives up after the bounded retries, with growing, capped waits", "[share]") {
  Rig rig(FakeDav::Kind::apache, 6);
  rig.dav.write(kBook, "a\n");
  int n = 0;
  rig.dav.before_put = [&n](FakeDav& d) { d.write(kBook, "other " + std::to_string(++n) + "\n"); };
  auto read = rig.session.read(kBook);
  std::string ours = "mine\n";
  ShareSyncState state;
  auto w = rig.session.replace(kBook, ours, read.value(), merging_into(ours));
  REQUIRE_FALSE(w);
  CHECK(w.problem().code == "precondition_exhausted");
  CHECK(rig.dav.count("PUT") == 6);
  CHECK(rig.waits == std::vector<int64_t>{250, 500, 1000, 2000, 4000});
  CHECK(state.last_verified_ms() == 0);
}

TEST_CASE("push: 423 locked waits and retries; locked through every retry is a problem", "[share]") {
  Rig rig;
  rig.dav.locked_puts = 2;
  std::string ours = "a\n";
  auto w = rig.session.replace(kBook, ours, missing(kBook), merging_into(ours));
  REQUIRE(w);
  CHECK(w->attempts() == 3);
  CHECK(rig.waits.size() == 2);

  Rig stuck(FakeDav::Kind::apache, 3);
  stuck.dav.locked_puts = 100;
  auto never = stuck.session.replace(kBook, ours, missing(kBook), merging_into(ours));
  REQUIRE_FALSE(never);
  CHECK(never.problem().code == "locked");
  CHECK(stuck.dav.count("PUT") == 3);
}

TEST_CASE("push: weak ETags are never sent in If-Match; the content hash stands in", "[share]") {
  Rig rig;
  rig.dav.weak_etags = true;
  std::string ours = "a\n";
  auto first = rig.session.replace(kBook, ours, missing(kBook), merging_into(ours));
  REQUIRE(first);
  CHECK_FALSE(first->validator_is_etag());
  CHECK(first->validator() == "sha256:" + test_hash("a\n"));
  auto read = rig.session.read(kBook);
  REQUIRE(read);
  CHECK_FALSE(read->etag);
  ours = "a\nb\n";
  auto second = rig.session.replace(kBook, ours, read.value(), merging_into(ours));
  REQUIRE(second);
  CHECK(second->attempts() == 1);
  for (const HttpRequest& r : rig.dav.log) CHECK_FALSE(find_header(r.headers, "If-Match"));
}

TEST_CASE("push: a -gzip ETag is sent back without the suffix", "[share]") {
  Rig rig;
  rig.dav.etag_suffix = "-gzip";
  rig.dav.write(kBook, "a\n");
  auto read = rig.session.read(kBook);
  REQUIRE(read);
  REQUIRE(read->etag);
  CHECK(read->etag->find("-gzip") == std::string::npos);
}

TEST_CASE("push on nginx: no validators at all, still correct by read-back and merge", "[share]") {
  Rig rig(FakeDav::Kind::nginx);
  std::string ours = "a\n";
  auto first = rig.session.replace(kBook, ours, missing(kBook), merging_into(ours));
  REQUIRE(first);
  CHECK_FALSE(first->validator_is_etag());
  // Another device writes right after our PUT; nginx honoured no condition,
  // so only the read-back sees it: merge and write again.
  bool once = true;
  rig.dav.after_put = [&once](FakeDav& d) {
    if (once) d.write(kBook, "a\nfrom-other-device\n");
    once = false;
  };
  auto read = rig.session.read(kBook);
  ours = "a\nmine\n";
  auto second = rig.session.replace(kBook, ours, read.value(), merging_into(ours));
  REQUIRE(second);
  CHECK(second->attempts() == 2);
  CHECK(rig.dav.files[kBook] == "a\nfrom-other-device\nmine\n");
}

TEST_CASE("push: a read-back that never matches is read_back_mismatch, and state does not advance", "[share]") {
  Rig rig(FakeDav::Kind::apache, 3);
  rig.dav.alter_writes = true;
  std::string ours = "a\n";
  ShareSyncState state;
  auto w = rig.session.replace(kBook, ours, missing(kBook), [](const RemoteFile&) -> Result<std::string> {
    return std::string("a\n");
  });
  REQUIRE_FALSE(w);
  CHECK(w.problem().code == "read_back_mismatch");
  CHECK(rig.dav.count("GET") == 3);
  CHECK(state.files().empty());
}

TEST_CASE("push: a connection dropped mid-push is reported; the next push re-reads and completes", "[share]") {
  Rig rig;
  rig.dav.write(kBook, "a\n");
  auto read = rig.session.read(kBook);
  REQUIRE(read);
  rig.dav.drop_next_put = true;
  std::string ours = "a\nmine\n";
  ShareSyncState state;
  auto lost = rig.session.replace(kBook, ours, read.value(), merging_into(ours));
  REQUIRE_FALSE(lost);
  CHECK(lost.problem().code == "connection_dropped");
  CHECK(state.last_verified_ms() == 0);

  // The server did store it: our old validator is stale now (412), so the
  // retry re-reads, merges (nothing new) and verifies.
  ours += "later\n";
  auto retry = rig.session.replace(kBook, ours, read.value(), merging_into(ours));
  REQUIRE(retry);
  state.advance(retry.value(), 1000);
  CHECK(state.last_verified_ms() == 1000);
  CHECK(state.find(kBook)->content_hash == test_hash(rig.dav.files[kBook]));
  CHECK(rig.dav.files[kBook] == "a\nlater\nmine\n");
}

TEST_CASE("push: a failed PUT is never swallowed (507, 500, 409)", "[share]") {
  for (int status : {507, 500, 409, 403}) {
    Rig rig;
    rig.dav.status_for_put = status;
    std::string ours = "a\n";
    auto w = rig.session.replace(kBook, ours, missing(kBook), merging_into(ours));
    REQUIRE_FALSE(w);
    CHECK(w.problem().code == (status == 403 ? "forbidden" : "server_error"));
    CHECK(w.problem().message_en.find(std::to_string(status)) != std::string::npos);
  }
}

TEST_CASE("push: content-named files are created with If-None-Match: *, never over other content", "[share]") {
  Rig rig;
  rig.dav.folders.insert(hand_in_folder(kLi));
  const std::string h = test_hash("week\n");
  auto made = rig.session.create_content_named(hand_in_folder(kLi), h, "week\n");
  REQUIRE(made);
  CHECK_FALSE(made->already_there());
  REQUIRE(find_header(rig.dav.log[0].headers, "If-None-Match"));
  CHECK(*find_header(rig.dav.log[0].headers, "If-None-Match") == "*");
  auto again = rig.session.create_content_named(hand_in_folder(kLi), h, "week\n");
  REQUIRE(again);
  CHECK(again->already_there());
  auto clash = rig.session.create_content_named(hand_in_folder(kLi), h, "other\n");
  REQUIRE_FALSE(clash);
  CHECK(clash.problem().code == "name_taken");
  CHECK(rig.dav.files[content_named(hand_in_folder(kLi), h)] == "week\n");
}

// ---- Layout -------------------------------------------------------------------

TEST_CASE("layout: a manager writes only her own folder, a supervisor only review files", "[share]") {
  const RecordId wang = test::tid("manager-wang");
  CHECK(may_write(ShareRole::manager, kLi, book_file(kLi)));
  CHECK(may_write(ShareRole::manager, kLi, hand_in_folder(kLi)));
  CHECK_FALSE(may_write(ShareRole::manager, kLi, book_file(wang)));
  CHECK_FALSE(may_write(ShareRole::manager, kLi, review_folder(kLi)));
  CHECK_FALSE(may_write(ShareRole::manager, kLi, manager_folder(kLi) + "../" + wang.str() + "/book.rmplanner"));
  CHECK(may_write(ShareRole::supervisor, {}, content_named(review_folder(wang), test_hash("r"))));
  CHECK_FALSE(may_write(ShareRole::supervisor, {}, book_file(wang)));
  CHECK_FALSE(may_write(ShareRole::supervisor, {}, review_folder(wang) + "book.rmplanner"));
  CHECK(is_content_name(test_hash("x") + ".rmplanner"));
  CHECK_FALSE(is_content_name("book.rmplanner"));

  Rig rig;
  std::string ours = "a\n";
  auto w = rig.session.replace(book_file(wang), ours, missing(book_file(wang)), merging_into(ours));
  REQUIRE_FALSE(w);
  CHECK(w.problem().code == "not_yours");
  CHECK(rig.dav.log.empty());
}

TEST_CASE("folders: MKCOL creates each missing level; an existing one answers 405 and is fine", "[share]") {
  Rig rig;
  auto made = rig.session.ensure_folder(hand_in_folder(kLi));
  REQUIRE(made);
  CHECK(made.value());
  CHECK(rig.dav.folders.count(hand_in_folder(kLi)));
  auto again = rig.session.ensure_folder(hand_in_folder(kLi));
  REQUIRE(again);
  CHECK_FALSE(again.value());
}

TEST_CASE("list: the folder itself is left out by depth, in any order, at the server's root too", "[share]") {
  Rig rig;
  rig.dav.canned_propfind =
      "<D:multistatus xmlns:D=\"DAV:\">"
      "<D:response><D:href>/managers/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype>"
      "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>"
      "<D:response><D:href>/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype>"
      "</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>";
  const auto listing = rig.session.list("");
  REQUIRE(listing);
  REQUIRE(listing->entries.size() == 1);
  CHECK(listing->entries[0].name == "managers");
}

TEST_CASE("push: on a 412 the books meet through merge_books, so both devices' clients survive", "[share]") {
  const Hlc stamp{1'796'300'000'000, 0, "aaaaaaaa-0000-4000-8000-000000000001"};
  const auto book_with = [&](const char* client, const char* name) {
    Book b;
    b.export_info.exported_by = stamp.actor;
    b.export_info.scope = BundleScope::plan;
    Client c;
    c.meta = new_meta(test::tid(client), stamp);
    c.name = name;
    b.clients.push_back(c);
    return b;
  };
  Rig rig;
  rig.dav.write(kBook, save_bundle(book_with("c-old", "王芳")));
  auto read = rig.session.read(kBook);
  REQUIRE(read);
  rig.dav.write(kBook, save_bundle(book_with("c-laptop", "张伟")));  // her other device, meanwhile
  Book ours = book_with("c-desk", "李娜");
  auto w = rig.session.replace(kBook, save_bundle(ours), read.value(),
                               [&ours](const RemoteFile& remote) -> Result<std::string> {
                                 auto theirs = load_bundle(remote.bytes);
                                 if (!theirs) return theirs.problem();
                                 ours = merge_books(ours, theirs.value(), 1'796'300'000'000).book;
                                 return save_bundle(ours);
                               });
  REQUIRE(w);
  auto on_share = load_bundle(rig.dav.files[kBook]);
  REQUIRE(on_share);
  CHECK(on_share->clients.size() == 2);  // c-desk and c-laptop; c-old was only ever on the share before
  CHECK(std::any_of(on_share->clients.begin(), on_share->clients.end(), [](const Client& c) { return c.name == "张伟"; }));
  CHECK(std::any_of(on_share->clients.begin(), on_share->clients.end(), [](const Client& c) { return c.name == "李娜"; }));
}

// ---- One whole sync (sync_with_share) ----------------------------------------------

namespace {

constexpr int64_t kSyncNow = 1'900'000'000'000;  // after every demo stamp
const Hlc kLaterEdit{kSyncNow - 1000, 0, "dddddddd-0000-4000-8000-000000000004"};

// The share's copy of CLIENT (a saved bundle lists records by id, not as the book does).
const Client& on_share(const Book& share_book, const Client& client) {
  const auto it = std::find_if(share_book.clients.begin(), share_book.clients.end(),
                               [&](const Client& c) { return c.meta.id == client.meta.id; });
  REQUIRE(it != share_book.clients.end());
  return *it;
}

struct SyncRig {
  FakeDav dav;
  Book book;
  RecordId self;
  SyncRig() {
    DemoOptions o;
    o.clients = 12;
    book = make_demo_book(o);
    self = book.settings.owner_manager_id;
  }
  ShareSyncOutcome sync(const Book& b, bool confirm = false, ShareRole role = ShareRole::manager) {
    SessionOptions o;
    o.role = role;
    o.self = role == ShareRole::manager ? self : RecordId{};
    o.hash = test_hash;
    o.wait = [](int64_t) {};
    ShareSession session(dav, o);
    ShareSyncRequest r;
    r.role = role;
    r.self = o.self;
    r.today = Date::from_ymd(2026, 1, 5);
    r.confirm_deletions = confirm;
    r.now_ms = [] { return kSyncNow; };
    const ShareFileCodec plain{[](const std::string& json) { return json; },
                               [](const std::string& bytes) -> Result<std::string> { return bytes; }};
    return sync_with_share(session, b, r, plain);
  }
};

}  // namespace

TEST_CASE("sync: a manager's first sync makes her folders and pushes book and hand-in; the next has nothing to do",
          "[share]") {
  SyncRig rig;
  REQUIRE(!rig.self.empty());
  const ShareSyncOutcome first = rig.sync(rig.book);
  REQUIRE(first.status == ShareSyncStatus::synced);
  CHECK(first.pushed.size() == 2);  // the book and the week's hand-in
  CHECK(rig.dav.files.count(book_file(rig.self)) == 1);
  CHECK(!first.book_changed);
  CHECK(first.state.last_verified_ms() == kSyncNow);
  const int puts = rig.dav.count("PUT");
  const ShareSyncOutcome second = rig.sync(first.book);
  REQUIRE(second.status == ShareSyncStatus::synced);
  CHECK(second.pushed.empty());
  CHECK(second.unchanged.size() == 2);
  CHECK(rig.dav.count("PUT") == puts);
}

TEST_CASE("sync: her other device's edit and this one's both survive, field by field", "[share]") {
  SyncRig rig;
  REQUIRE(rig.sync(rig.book).status == ShareSyncStatus::synced);
  Book laptop = rig.book, desk = rig.book;
  laptop.clients[0].name = "王芳（笔记本）";
  stamp_field(laptop.clients[0].meta, "name", kLaterEdit);
  REQUIRE(rig.sync(laptop).status == ShareSyncStatus::synced);
  desk.clients[0].employer = "新单位";
  stamp_field(desk.clients[0].meta, "employer", Hlc{kLaterEdit.wall_ms + 1, 0, kLaterEdit.actor});
  const ShareSyncOutcome out = rig.sync(desk);
  REQUIRE(out.status == ShareSyncStatus::synced);
  CHECK(out.book_changed);
  CHECK(out.book.clients[0].name == "王芳（笔记本）");
  CHECK(out.book.clients[0].employer == "新单位");
  auto shared = load_bundle(rig.dav.files[book_file(rig.self)]);
  REQUIRE(shared);
  CHECK(on_share(shared.value(), desk.clients[0]).name == "王芳（笔记本）");
  CHECK(on_share(shared.value(), desk.clients[0]).employer == "新单位");
}

TEST_CASE("sync: an empty share deletes nothing", "[share]") {
  SyncRig rig;
  rig.dav.folders.insert("managers/");
  rig.dav.folders.insert(manager_folder(rig.self));  // her folder, emptied on the server
  const ShareSyncOutcome out = rig.sync(rig.book);
  REQUIRE(out.status == ShareSyncStatus::synced);
  CHECK(!out.book_changed);
  CHECK(save_bundle(out.book) == save_bundle(rig.book));
}

TEST_CASE("sync: a pulled book that deletes most clients waits for a confirmation", "[share]") {
  SyncRig rig;
  Book wiped = rig.book;
  for (Client& c : wiped.clients) make_tombstone(c, kLaterEdit);
  rig.dav.folders.insert("managers/");
  rig.dav.folders.insert(manager_folder(rig.self));
  rig.dav.write(book_file(rig.self), save_bundle(wiped));
  const ShareSyncOutcome held = rig.sync(rig.book);
  REQUIRE(held.status == ShareSyncStatus::refused);
  CHECK(held.problem->code == "confirm_deletions");
  CHECK(!held.problem->message_zh.empty());
  CHECK(!held.book_changed);
  CHECK(rig.dav.count("PUT") == 0);
  const ShareSyncOutcome applied = rig.sync(rig.book, true);
  REQUIRE(applied.status == ShareSyncStatus::synced);
  CHECK(std::all_of(applied.book.clients.begin(), applied.book.clients.end(),
                    [](const Client& c) { return c.meta.deleted; }));
}

TEST_CASE("sync: the share failing mid-push keeps what was pulled, and the next sync completes", "[share]") {
  SyncRig rig;
  REQUIRE(rig.sync(rig.book).status == ShareSyncStatus::synced);
  Book laptop = rig.book;
  laptop.clients[1].name = "张伟（笔记本）";
  stamp_field(laptop.clients[1].meta, "name", kLaterEdit);
  REQUIRE(rig.sync(laptop).status == ShareSyncStatus::synced);
  Book desk = rig.book;
  desk.clients[2].name = "李娜（台式机）";
  stamp_field(desk.clients[2].meta, "name", Hlc{kLaterEdit.wall_ms + 5, 0, kLaterEdit.actor});
  rig.dav.status_for_put = 507;  // the server's disk is full
  const ShareSyncOutcome failed = rig.sync(desk);
  REQUIRE(failed.status == ShareSyncStatus::share_failed);
  REQUIRE(failed.problem);
  CHECK(!failed.problem->message_en.empty());
  CHECK(failed.state.last_verified_ms() == 0);
  CHECK(failed.book.clients[1].name == "张伟（笔记本）");  // pulled before the push failed
  CHECK(failed.book.clients[2].name == "李娜（台式机）");
  rig.dav.status_for_put.reset();
  const ShareSyncOutcome retried = rig.sync(failed.book);
  REQUIRE(retried.status == ShareSyncStatus::synced);
  auto shared = load_bundle(rig.dav.files[book_file(rig.self)]);
  REQUIRE(shared);
  CHECK(on_share(shared.value(), desk.clients[1]).name == "张伟（笔记本）");
  CHECK(on_share(shared.value(), desk.clients[2]).name == "李娜（台式机）");
}

TEST_CASE("sync: a supervisor pulls every manager's hand-ins and leaves each a review file", "[share]") {
  SyncRig rig;
  REQUIRE(rig.sync(rig.book).status == ShareSyncStatus::synced);
  Book desk;  // the supervisor's own book, begun empty
  desk.export_info.scope = BundleScope::plan;
  const ShareSyncOutcome out = rig.sync(desk, false, ShareRole::supervisor);
  REQUIRE(out.status == ShareSyncStatus::synced);
  CHECK(out.pulled.size() == 1);
  CHECK(out.book.clients.size() == rig.book.clients.size());
  REQUIRE(out.pushed.size() == 1);
  CHECK(out.pushed[0].path.rfind(review_folder(rig.self), 0) == 0);
}
