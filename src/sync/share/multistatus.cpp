#include "sync/share/multistatus.h"

#include <utility>

#include "sync/share/share_problem.h"

namespace rm::share {

namespace {

constexpr std::string_view kDav = "DAV:";

// The parsed document as a flat tree: index 0 is a virtual root.
struct Node {
  std::string ns, local, text;
  std::vector<size_t> children;
};

Problem bad(std::string_view why) { return share_problem("bad_multistatus", "", why); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_name_char(char c) {
  return !is_space(c) && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' && c != '\'';
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// Appends RAW with the five predefined entities and character references decoded.
bool decode_text(std::string_view raw, std::string& out) {
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    const size_t end = raw.find(';', i);
    if (end == std::string_view::npos || end - i > 12) return false;
    const std::string_view name = raw.substr(i + 1, end - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      if (digits.empty()) return false;
      uint32_t cp = 0;
      for (char c : digits) {
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return false;
        cp = cp * (hex ? 16 : 10) + uint32_t(d);
        if (cp > 0x10FFFF) return false;
      }
      if (cp == 0) return false;
      append_utf8(out, cp);
    } else {
      return false;  // no other entity exists without a DTD, and DTDs are refused
    }
    i = end;
  }
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view xml) : s_(xml) { nodes_.push_back({}); }

  std::optional<Problem> run() {
    std::vector<size_t> open{0};
    std::vector<std::vector<std::pair<std::string, std::string>>> scopes{{{"xml", "http://www.w3.org/XML/1998/namespace"}}};
    std::vector<std::string> qnames{""};
    while (i_ < s_.size()) {
      if (s_[i_] != '<') {
        const size_t next = s_.find('<', i_);
        const std::string_view raw = s_.substr(i_, next == std::string_view::npos ? std::string_view::npos : next - i_);
        if (open.size() == 1) {
          for (char c : raw)
            if (!is_space(c)) return bad("text outside the root element");
        } else if (!decode_text(raw, nodes_[open.back()].text)) {
          return bad("an unknown entity or a broken character reference");
        }
        i_ = next == std::string_view::npos ? s_.size() : next;
        continue;
      }
      if (starts("<?")) {
        if (!skip_past("?>")) return bad("an unterminated processing instruction");
      } else if (starts("<!--")) {
        if (!skip_past("-->")) return bad("an unterminated comment");
      } else if (starts("<![CDATA[")) {
        const size_t from = i_ + 9;
        const size_t end = s_.find("]]>", from);
        if (end == std::string_view::npos || open.size() == 1) return bad("a misplaced or unterminated CDATA section");
        nodes_[open.back()].text.append(s_.substr(from, end - from));
        i_ = end + 3;
      } else if (starts("<!")) {
        return bad("a document type or entity declaration, which a listing never needs");
      } else if (starts("</")) {
        i_ += 2;
        const std::string_view name = read_name();
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '>') return bad("a broken closing tag");
        ++i_;
        if (open.size() == 1 || name != qnames.back()) return bad("a closing tag that does not match its opening tag");
        open.pop_back();
        qnames.pop_back();
        scopes.pop_back();
      } else {
        ++i_;
        const std::string_view qname = read_name();
        if (qname.empty()) return bad("an element without a name");
        if (open.size() == 1 && nodes_[0].children.size() == 1) return bad("a second root element");
        std::vector<std::pair<std::string, std::string>> scope;
        bool self_closing = false;
        while (true) {
          skip_space();
          if (i_ >= s_.size()) return bad("an unterminated tag");
          if (s_[i_] == '>') {
            ++i_;
            break;
          }
          if (starts("/>")) {
            i_ += 2;
            self_closing = true;
            break;
          }
          const std::string_view attr = read_name();
          skip_space();
          if (attr.empty() || i_ >= s_.size() || s_[i_] != '=') return bad("a broken attribute");
          ++i_;
          skip_space();
          if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) return bad("an unquoted attribute");
          const char quote = s_[i_++];
          const size_t end = s_.find(quote, i_);
          if (end == std::string_view::npos) return bad("an unterminated attribute");
          std::string value;
          if (!decode_text(s_.substr(i_, end - i_), value)) return bad("an unknown entity in an attribute");
          i_ = end + 1;
          if (attr == "xmlns") scope.emplace_back("", value);
          else if (attr.substr(0, 6) == "xmlns:") scope.emplace_back(std::string(attr.substr(6)), value);
        }
        scopes.push_back(std::move(scope));
        const size_t colon = qname.find(':');
        const std::string_view prefix = colon == std::string_view::npos ? "" : qname.substr(0, colon);
        const std::string_view local = colon == std::string_view::npos ? qname : qname.substr(colon + 1);
        const std::string* ns = lookup(scopes, prefix);
        if (!ns && !prefix.empty()) return bad("an undeclared namespace prefix \"" + std::string(prefix) + "\"");
        if (nodes_.size() > kMaxMultistatusEntries * 16) return bad("too many elements");
        nodes_.push_back({ns ? *ns : std::string(), std::string(local), {}, {}});
        nodes_[open.back()].children.push_back(nodes_.size() - 1);
        if (self_closing) {
          scopes.pop_back();
        } else {
          open.push_back(nodes_.size() - 1);
          qnames.emplace_back(qname);
          if (open.size() > kMaxMultistatusDepth) return bad("elements nested too deep");
        }
      }
    }
    if (open.size() != 1) return bad("the document ends inside an element (truncated?)");
    if (nodes_[0].children.empty()) return bad("no root element");
    return std::nullopt;
  }

  const std::vector<Node>& nodes() const { return nodes_; }

 private:
  bool starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }
  bool skip_past(std::string_view end) {
    const size_t at = s_.find(end, i_);
    if (at == std::string_view::npos) return false;
    i_ = at + end.size();
    return true;
  }
  void skip_space() {
    while (i_ < s_.size() && is_space(s_[i_])) ++i_;
  }
  std::string_view read_name() {
    const size_t from = i_;
    while (i_ < s_.size() && is_name_char(s_[i_])) ++i_;
    return s_.substr(from, i_ - from);
  }
  static const std::string* lookup(const std::vector<std::vector<std::pair<std::string, std::string>>>& scopes,
                                   std::string_view prefix) {
    for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope)
      for (const auto& [p, uri] : *scope)
        if (p == prefix) return &uri;
    return nullptr;
  }

  std::string_view s_;
  size_t i_ = 0;
  std::vector<Node> nodes_;
};

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// "HTTP/1.1 404 Not Found" → 404; 0 when it is not a status line.
int status_code(std::string_view line) {
  line = trimmed(line);
  if (line.substr(0, 5) != "HTTP/") return 0;
  const size_t space = line.find(' ');
  if (space == std::string_view::npos || line.size() < space + 4) return 0;
  int code = 0;
  for (size_t k = space + 1; k < space + 4; ++k) {
    if (line[k] < '0' || line[k] > '9') return 0;
    code = code * 10 + (line[k] - '0');
  }
  return code >= 100 && code <= 599 ? code : 0;
}

std::optional<std::string> decode_href(std::string_view href) {
  href = trimmed(href);
  for (std::string_view scheme : {"http://", "https://"}) {
    if (href.substr(0, scheme.size()) != scheme) continue;
    const size_t slash = href.find('/', scheme.size());
    href = slash == std::string_view::npos ? std::string_view("/") : href.substr(slash);
  }
  if (href.empty()) return std::nullopt;
  std::string out;
  for (size_t k = 0; k < href.size(); ++k) {
    if (href[k] != '%') {
      out += href[k];
      continue;
    }
    if (k + 2 >= href.size()) return std::nullopt;
    int v = 0;
    for (size_t d = k + 1; d <= k + 2; ++d) {
      const char c = href[d];
      v *= 16;
      if (c >= '0' && c <= '9') v += c - '0';
      else if (c >= 'a' && c <= 'f') v += c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v += c - 'A' + 10;
      else return std::nullopt;
    }
    out += char(v);
    k += 2;
  }
  return out;
}

}  // namespace

Result<std::vector<DavEntry>> parse_multistatus(std::string_view xml) {
  if (xml.size() > kMaxMultistatusBytes) return bad("larger than 16 MiB");
  Parser parser(xml);
  if (auto problem = parser.run()) return *problem;
  const std::vector<Node>& n = parser.nodes();
  const Node& root = n[n[0].children.front()];
  if (root.ns != kDav || root.local != "multistatus") return bad("the root element is not DAV:multistatus");

  const auto is = [&](size_t i, std::string_view local) { return n[i].ns == kDav && n[i].local == local; };
  const auto child = [&](const Node& parent, std::string_view local) -> const Node* {
    for (size_t c : parent.children)
      if (is(c, local)) return &n[c];
    return nullptr;
  };

  std::vector<DavEntry> entries;
  for (size_t r : root.children) {
    if (!is(r, "response")) continue;
    if (entries.size() >= kMaxMultistatusEntries) return bad("too many entries");
    const Node& response = n[r];
    DavEntry e;
    const Node* href = child(response, "href");
    if (!href) return bad("a response without href");
    auto path = decode_href(href->text);
    if (!path) return bad("a malformed href \"" + std::string(trimmed(href->text)) + "\"");
    e.href = *path;
    std::string_view name = e.href;
    while (name.size() > 1 && name.back() == '/') name.remove_suffix(1);
    e.name = std::string(name.substr(name.rfind('/') + 1));
    if (const Node* status = child(response, "status")) {
      e.status = status_code(status->text);
      if (e.status == 0) return bad("a malformed status line in a response");
    }
    int first_propstat_status = 0;
    for (size_t ps : response.children) {
      if (!is(ps, "propstat")) continue;
      const Node* status = child(n[ps], "status");
      const int code = status ? status_code(status->text) : 0;
      if (code == 0) return bad("a propstat without a valid status");
      if (first_propstat_status == 0) first_propstat_status = code;
      // Properties listed under a non-2xx propstat are ones the server does
      // not have (a 404 getetag means "no ETag"), never values.
      if (code < 200 || code > 299) continue;
      if (e.status == 0) e.status = code;
      const Node* prop = child(n[ps], "prop");
      if (!prop) continue;
      if (const Node* etag = child(*prop, "getetag")) {
        const std::string_view v = trimmed(etag->text);
        if (!v.empty()) e.etag = std::string(v);
      }
      if (const Node* length = child(*prop, "getcontentlength")) {
        const std::string_view v = trimmed(length->text);
        int64_t value = 0;
        bool ok = !v.empty() && v.size() <= 18;
        for (char c : v) {
          if (c < '0' || c > '9') ok = false;
          else value = value * 10 + (c - '0');
        }
        if (!ok) return bad("a getcontentlength that is not a whole number");
        e.content_length = value;
      }
      if (const Node* type = child(*prop, "resourcetype"))
        if (child(*type, "collection")) e.collection = true;
    }
    if (e.status == 0) e.status = first_propstat_status;
    if (e.status == 0) return bad("a response without any status");
    if (!e.href.empty() && e.href.back() == '/') e.collection = true;
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace rm::share
