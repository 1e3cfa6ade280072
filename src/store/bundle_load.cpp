// Reads and validates bundle text into a Book. Parsing uses nlohmann::json
// without exceptions; every value is type-checked before use, so malformed
// input of any shape yields Problems, never a crash. Problems carry the JSON
// path of the offending value. Nothing is returned unless everything passed.
#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include "core/calendar/lunar_calendar.h"
#include "core/model/uuid.h"
#include "store/bundle.h"
#include "store/bundle_problems.h"
#include "store/bundle_schema.h"
#include "store/json_text.h"
#include "store/migrations.h"

namespace rm {

namespace {
using nlohmann::json;
using namespace bundle;

template <class Want, class... C>
constexpr bool has_constraint() {
  return (std::is_same_v<Want, C> || ...);
}

// The first constraint of type Want among a field's constraints, if any.
template <class Want>
const Want* find_constraint() {
  return nullptr;
}
template <class Want, class First, class... Rest>
const Want* find_constraint(const First& first, const Rest&... rest) {
  if constexpr (std::is_same_v<Want, First>) {
    return &first;
  } else {
    return find_constraint<Want>(rest...);
  }
}

// The keys fields() lists for T, sorted for binary search.
struct KeyCollector {
  std::vector<std::string_view> keys;
  template <class T, class... C>
  void operator()(const char* key, T&, C...) {
    keys.emplace_back(key);
  }
};

template <class T>
const std::vector<std::string_view>& known_keys() {
  static const std::vector<std::string_view> keys = [] {
    KeyCollector c;
    T dummy{};
    fields(c, dummy);
    std::sort(c.keys.begin(), c.keys.end());
    return c.keys;
  }();
  return keys;
}

template <class T>
bool is_known_key(std::string_view key) {
  const auto& keys = known_keys<T>();
  return std::binary_search(keys.begin(), keys.end(), key);
}

constexpr std::string_view kMetaKeys[] = {"_clock", "_conflicts", "_replaced", "created", "deleted", "demo", "id", "updated"};

class Reader {
 public:
  Reader(Problems& problems, size_t max) : problems_(problems), max_(max) {}

  bool full() const { return problems_.size() >= max_; }
  void add(Problem p) {
    if (!full()) problems_.push_back(std::move(p));
  }

  // ---- paths: built incrementally, copied only into a Problem ----
  size_t push_key(std::string_view key) {
    const size_t n = path_.size();
    if (!path_.empty()) path_ += '.';
    path_ += key;
    return n;
  }
  size_t push_index(size_t i) {
    const size_t n = path_.size();
    path_ += '[';
    path_ += std::to_string(i);
    path_ += ']';
    return n;
  }
  void pop(size_t n) { path_.resize(n); }
  const std::string& path() const { return path_; }

  // ---- values ----
  template <class T, class... C>
  void value(const json& j, T& out, const C&... c) {
    if constexpr (std::is_same_v<T, std::string>) {
      if (!j.is_string()) return add(wrong_type(path_, "text", "文本"));
      out = j.get_ref<const json::string_t&>();
      if constexpr (has_constraint<Ref, C...>()) {
        if (!out.empty() && !is_uuid(out)) add(not_an_id(path_));
      }
      if constexpr (has_constraint<Required, C...>()) {
        if (out.empty() && !in_tombstone_) add(empty_text(path_));
      }
    } else if constexpr (std::is_same_v<T, RecordId>) {
      if (!j.is_string()) return add(wrong_type(path_, "text", "文本"));
      const std::optional<RecordId> id = RecordId::parse(j.get_ref<const json::string_t&>());
      if (!id) return add(not_an_id(path_));
      out = *id;
    } else if constexpr (std::is_same_v<T, bool>) {
      if (!j.is_boolean()) return add(wrong_type(path_, "true or false", "true 或 false"));
      out = j.get<bool>();
    } else if constexpr (std::is_same_v<T, Date>) {
      const auto d = j.is_string() ? Date::parse_iso(j.get_ref<const json::string_t&>()) : std::nullopt;
      if (!d) return add(not_a_date(path_));
      out = *d;
    } else if constexpr (std::is_same_v<T, RiskLevel>) {
      if (!j.is_string()) return add(wrong_type(path_, "a risk level C1…C5", "风险等级 C1…C5"));
      const auto& s = j.get_ref<const json::string_t&>();
      const auto level = parse_risk_level(s);
      if (!level) return add(unknown_code(path_, s));
      out = *level;
    } else if constexpr (std::is_same_v<T, ProductRisk>) {
      if (!j.is_string()) return add(wrong_type(path_, "a product risk R1…R5", "产品风险等级 R1…R5"));
      const auto& s = j.get_ref<const json::string_t&>();
      const auto risk = parse_product_risk(s);
      if (!risk) return add(unknown_code(path_, s));
      out = *risk;
    } else if constexpr (std::is_enum_v<T>) {
      if (!j.is_string()) return add(wrong_type(path_, "a code (text)", "代码（文本）"));
      const auto& s = j.get_ref<const json::string_t&>();
      const auto e = enum_from_code<T>(s);
      if (!e) return add(unknown_code(path_, s));
      out = *e;
    } else if constexpr (std::is_integral_v<T>) {
      Range range{std::numeric_limits<T>::min(), std::numeric_limits<T>::max()};
      if (const Range* r = find_constraint<Range>(c...)) range = *r;
      if (!j.is_number_integer()) return add(wrong_type(path_, "a whole number", "整数"));
      if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))
        return add(out_of_range(path_, range.lo, range.hi));
      const int64_t v = j.get<int64_t>();
      if (v < range.lo || v > range.hi) return add(out_of_range(path_, range.lo, range.hi));
      out = static_cast<T>(v);
    } else if constexpr (IsOptional<T>::value) {
      if (j.is_null()) {
        out.reset();
        return;
      }
      value(j, out.emplace(), c...);
    } else if constexpr (IsVector<T>::value) {
      if (!j.is_array()) return add(wrong_type(path_, "a list", "列表"));
      out.clear();
      out.reserve(j.size());
      for (size_t i = 0; i < j.size() && !full(); ++i) {
        const size_t mark = push_index(i);
        value(j[i], out.emplace_back(), c...);
        pop(mark);
      }
    } else {
      object(j, out);
    }
  }

  template <class T>
  void object(const json& j, T& out) {
    if (!j.is_object()) return add(wrong_type(path_, "an object", "对象"));
    for (const auto& [key, item] : j.items()) {
      if (!is_known_key<T>(key)) unknown(key);
    }
    Members<T> m{*this, j};
    fields(m, out);
    if constexpr (std::is_same_v<T, LunarDate>) check_lunar(out);
  }

  // Reads the members fields() lists, from one JSON object.
  template <class Owner>
  struct Members {
    Reader& r;
    const json& obj;
    template <class T, class... C>
    void operator()(const char* key, T& member, const C&... c) {
      if (r.full()) return;
      const auto it = obj.find(key);
      if (it == obj.end()) {
        if constexpr (has_constraint<Required, C...>()) {
          if (!r.in_tombstone_) {
            const size_t mark = r.push_key(key);
            r.add(missing(r.path_));
            r.pop(mark);
          }
        }
        return;
      }
      const size_t mark = r.push_key(key);
      r.value(*it, member, c...);
      r.pop(mark);
    }
  };

  template <class Record>
  void record(const json& j, Record& out) {
    if (!j.is_object()) return add(wrong_type(path_, "an object", "对象"));
    in_tombstone_ = false;
    read_meta(j, out.meta, is_known_key<Record>);
    for (const auto& [key, item] : j.items()) {
      if (!is_known_key<Record>(key) && !std::binary_search(std::begin(kMetaKeys), std::end(kMetaKeys), key))
        unknown(key);
    }
    in_tombstone_ = out.meta.deleted;
    Members<Record> m{*this, j};
    fields(m, out);
    in_tombstone_ = false;
  }

  template <class Records>
  void record_array(const json& doc, std::string_view key, Records& out) {
    const auto it = doc.find(key);
    if (it == doc.end()) return;
    const size_t mark = push_key(key);
    if (!it->is_array()) {
      add(wrong_type(path_, "a list", "列表"));
    } else {
      out.resize(it->size());
      for (size_t i = 0; i < out.size() && !full(); ++i) {
        const size_t m = push_index(i);
        record((*it)[i], out[i]);
        pop(m);
      }
    }
    pop(mark);
  }

  std::optional<Hlc> stamp(const json& j) {
    const auto h = j.is_string() ? parse_hlc(j.get_ref<const json::string_t&>()) : std::nullopt;
    if (!h) add(not_a_stamp(path_));
    return h;
  }

 private:
  void unknown(std::string_view key) {
    const size_t mark = push_key(key);
    add(unknown_field(path_));
    pop(mark);
  }

  void check_lunar(const LunarDate& d) {
    if (!full() && !from_lunar(d)) add(no_such_lunar_date(path_));
  }

  void read_meta(const json& j, RecordMeta& meta, bool (*is_field)(std::string_view)) {
    auto member = [&](std::string_view key) -> const json* {
      const auto it = j.find(key);
      return it == j.end() ? nullptr : &*it;
    };
    auto at = [&](std::string_view key, auto&& read) {
      const size_t mark = push_key(key);
      read();
      pop(mark);
    };
    if (const json* id = member("id")) {
      at("id", [&] {
        const std::optional<RecordId> parsed =
            id->is_string() ? RecordId::parse(id->get_ref<const json::string_t&>()) : std::nullopt;
        if (!parsed || parsed->empty()) return add(not_an_id(path_));
        meta.id = *parsed;
      });
    } else {
      at("id", [&] { add(missing(path_)); });
    }
    if (const json* created = member("created")) {
      at("created", [&] {
        if (auto h = stamp(*created)) meta.created = std::move(*h);
      });
    } else {
      at("created", [&] { add(missing(path_)); });
    }
    meta.updated = meta.created;
    if (const json* updated = member("updated")) {
      at("updated", [&] {
        if (auto h = stamp(*updated)) {
          if (*h < meta.created) return add(stamp_before_creation(path_));
          meta.updated = std::move(*h);
        }
      });
    }
    if (const json* deleted = member("deleted")) at("deleted", [&] { value(*deleted, meta.deleted); });
    if (const json* demo = member("demo")) at("demo", [&] { value(*demo, meta.demo); });
    if (const json* clock = member("_clock")) {
      at("_clock", [&] {
        if (!clock->is_object()) return add(wrong_type(path_, "an object", "对象"));
        meta.clocks.reserve(clock->size());
        // nlohmann's object is a sorted map, so clocks come out sorted by field.
        for (const auto& [field, text] : clock->items()) {
          const size_t mark = push_key(field);
          if (field != "deleted" && !is_field(field)) {
            add(unknown_field(path_));
          } else if (auto h = stamp(text)) {
            if (*h < meta.created) {
              add(stamp_before_creation(path_));
            } else {
              if (meta.updated < *h) meta.updated = *h;
              meta.clocks.push_back(FieldStamp{field, std::move(*h), {}});
            }
          }
          pop(mark);
        }
      });
    }
    // Optional (docs/data-format.md, "Merge"): books written before these
    // were kept load without them.
    if (const json* replaced = member("_replaced")) {
      at("_replaced", [&] {
        if (!replaced->is_object()) return add(wrong_type(path_, "an object", "对象"));
        for (const auto& [field, text] : replaced->items()) {
          const size_t mark = push_key(field);
          const auto it = std::lower_bound(meta.clocks.begin(), meta.clocks.end(), field,
                                           [](const FieldStamp& f, const std::string& name) { return f.field < name; });
          if (it == meta.clocks.end() || it->field != field) {
            add(unknown_field(path_));
          } else if (auto h = stamp(text)) {
            it->replaced = std::move(*h);
          }
          pop(mark);
        }
      });
    }
    if (const json* conflicts = member("_conflicts")) {
      at("_conflicts", [&] {
        if (!conflicts->is_array()) return add(wrong_type(path_, "a list", "列表"));
        for (size_t i = 0; i < conflicts->size(); ++i) {
          const json& c = (*conflicts)[i];
          const size_t mark = push_index(i);
          FieldConflict fc;
          const auto field = c.is_object() ? c.find("field") : c.end();
          const auto when = c.is_object() ? c.find("stamp") : c.end();
          if (!c.is_object() || field == c.end() || !field->is_string() || when == c.end()) {
            add(wrong_type(path_, "a conflict {field, stamp, value}", "冲突 {field, stamp, value}"));
          } else if (fc.field = field->get<std::string>(); !is_field(fc.field)) {
            add(unknown_field(path_));
          } else if (auto h = stamp(*when)) {
            fc.stamp = std::move(*h);
            if (const auto r = c.find("replaced"); r != c.end()) {
              if (auto hr = stamp(*r)) fc.replaced = std::move(*hr);
            }
            if (const auto d = c.find("deleted"); d != c.end()) value(*d, fc.deleted);
            if (const auto v = c.find("value"); v != c.end()) {
              if (v->is_string()) {
                fc.value = v->get<std::string>();
              } else {
                add(wrong_type(path_, "a JSON text", "JSON 文本"));
              }
            }
            meta.conflicts.push_back(std::move(fc));
          }
          pop(mark);
        }
        std::sort(meta.conflicts.begin(), meta.conflicts.end(), [](const FieldConflict& a, const FieldConflict& b) {
          return a.field != b.field ? a.field < b.field : a.stamp < b.stamp;
        });
      });
    }
  }

  Problems& problems_;
  size_t max_;
  std::string path_;
  bool in_tombstone_ = false;
};

// ---- Integrity across records: duplicate ids and references ------------------

class RefChecker {
 public:
  RefChecker(const BookIndex& index, Reader& r) : index_(index), r_(r) {}

  template <class T, class... C>
  void operator()(const char* key, const T& member, const C&... c) {
    if (r_.full()) return;
    if constexpr (std::is_same_v<T, RecordId>) {
      if constexpr (has_constraint<Ref, C...>()) {
        const Ref* ref = find_constraint<Ref>(c...);
        if (!member.empty() && !exists(ref->kind, member)) {
          const size_t mark = r_.push_key(key);
          r_.add(dangling_reference(r_.path(), member.str()));
          r_.pop(mark);
        }
      }
    } else if constexpr (IsVector<T>::value) {
      using E = typename T::value_type;  // only structs hold references; a date list holds none
      if constexpr (std::is_class_v<E> && !std::is_same_v<E, std::string> && !std::is_same_v<E, Date>) {
        const size_t mark = r_.push_key(key);
        for (size_t i = 0; i < member.size(); ++i) {
          const size_t m = r_.push_index(i);
          fields(*this, member[i]);
          r_.pop(m);
        }
        r_.pop(mark);
      }
    }
  }

  template <class Records>
  void records(std::string_view key, const Records& records) {
    const size_t mark = r_.push_key(key);
    std::unordered_set<RecordId> seen;
    seen.reserve(records.size());
    for (size_t i = 0; i < records.size() && !r_.full(); ++i) {
      const auto& rec = records[i];
      const size_t m = r_.push_index(i);
      if (!seen.insert(rec.meta.id).second) {
        const size_t k = r_.push_key("id");
        r_.add(duplicate_id(r_.path(), rec.meta.id.str()));
        r_.pop(k);
      }
      if (check_refs_ && !rec.meta.deleted) fields(*this, rec);
      r_.pop(m);
    }
    r_.pop(mark);
  }

  bool check_refs_ = true;

 private:
  // Actors (approvers) may sit outside the book, at a higher branch; contacts
  // are not indexed, and a report's contact may be archived elsewhere.
  bool exists(RefKind kind, const RecordId& id) const {
    switch (kind) {
      case RefKind::client: return index_.client(id) != BookIndex::npos;
      case RefKind::household: return index_.household(id) != BookIndex::npos;
      case RefKind::product: return index_.product(id) != BookIndex::npos;
      case RefKind::manager: return index_.manager(id) != BookIndex::npos;
      case RefKind::supervisor: return index_.supervisor(id) != BookIndex::npos;
      case RefKind::branch: return index_.branch(id) != BookIndex::npos;
      case RefKind::opportunity: return index_.opportunity(id) != BookIndex::npos;
      case RefKind::contact:
      case RefKind::actor: return true;
    }
    return true;
  }

  const BookIndex& index_;
  Reader& r_;
};

void check_integrity(const Book& book, Reader& r) {
  const BookIndex index(book);
  RefChecker checker(index, r);
  // A plan file is a subset of a book; what it refers to may live elsewhere.
  checker.check_refs_ = book.export_info.scope == BundleScope::book;
  if (checker.check_refs_ && !book.settings.meta.id.empty() && !book.settings.meta.deleted) {
    const size_t mark = r.push_key("settings");
    fields(checker, book.settings);
    r.pop(mark);
  }
  for_each_record_array(book, [&](std::string_view key, const auto& records) { checker.records(key, records); });
}

// ---- Streaming ------------------------------------------------------------------
//
// A 50 000-client book is a few hundred megabytes; a JSON DOM of it would take
// several times that (too much for wasm32). So the file is parsed as a stream
// of SAX events and only one record at a time becomes a small DOM, which is
// migrated, read into the Book and dropped. The envelope (format, version,
// settings…) is small and kept whole. Our own files put the envelope first;
// records that arrive before it is known are buffered and read afterwards.

bool is_record_array(std::string_view key) {
  bool found = false;
  Book dummy;
  for_each_record_array(dummy, [&](std::string_view k, auto&) { found = found || k == key; });
  return found;
}

constexpr std::string_view kEnvelopeKeys[] = {"exported_at", "exported_by", "format", "schema_version", "scope",
                                              "settings"};

class StreamLoader : public nlohmann::json_sax<json> {
 public:
  StreamLoader(Book& book, Reader& reader, BundleLoad& out, size_t max)
      : book_(book), r_(reader), out_(out), max_(max) {}

  // ---- SAX events ----
  bool null() override { return value(json(nullptr)); }
  bool boolean(bool v) override { return value(json(v)); }
  bool number_integer(number_integer_t v) override { return value(json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return value(json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return value(json(v)); }
  bool string(string_t& v) override { return value(json(std::move(v))); }
  bool binary(binary_t&) override { return true; }  // JSON text has no binary values
  bool key(string_t& k) override {
    if (depth_ == 1) {
      top_key_ = k;
      if (!seen_top_.insert(k).second) {
        r_.add(duplicate_key(k));
        return keep_going();
      }
    }
    pending_key_ = std::move(k);
    return true;
  }
  bool start_object(std::size_t) override {
    if (skip_container(false)) return limits_ok();
    return open(json::object());
  }
  bool start_array(std::size_t) override {
    if (skip_container(true)) return limits_ok();
    if (depth_ == 1 && !building() && is_record_array(top_key_)) {
      streaming_ = true;
      record_index_ = 0;
      ++depth_;
      return true;
    }
    return open(json::array());
  }
  bool end_object() override {
    if (end_skipped()) return keep_going();
    return close();
  }
  bool end_array() override {
    if (end_skipped()) return keep_going();
    if (streaming_ && depth_ == 2 && !building()) {
      streaming_ = false;
      --depth_;
      return keep_going();
    }
    return close();
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    parse_failed_ = true;
    error_position_ = position;
    const std::string what = ex.what();
    const size_t colon = what.find(": ", what.find("column"));
    error_detail_ = colon == std::string::npos ? what : what.substr(colon + 2);
    return false;
  }

  // ---- after the stream ----
  bool parse_failed() const { return parse_failed_; }
  bool refused() const { return refused_; }
  size_t error_position() const { return error_position_; }
  const std::string& error_detail() const { return error_detail_; }
  bool saw_top_object() const { return saw_top_object_; }

  // Checks the envelope if the stream did not get to, reads the buffered
  // records, then the envelope's own fields.
  void finish() {
    if (!refused_ && state_ == Envelope::unknown) judge_envelope(/*at_end=*/true);
    if (refused_ || r_.full()) return;
    for (auto& [key, index, rec] : buffered_) {
      read_record(key, index, rec);
      if (r_.full()) return;
    }
    buffered_.clear();
    read_envelope();
  }

 private:
  enum class Envelope { unknown, accepted };

  bool building() const { return !stack_.empty(); }
  bool keep_going() const { return !r_.full() && !refused_; }

  // ---- bounds on memory (kMaxBundleRecords…, bundle.h) ----
  // A top-level member that is neither a record array nor part of the
  // envelope is unknown: it is reported (as null) but never built, so a file
  // of junk under one key costs no memory.
  bool kept_top_key() const {
    return std::find(std::begin(kEnvelopeKeys), std::end(kEnvelopeKeys), top_key_) != std::end(kEnvelopeKeys);
  }
  // Opens a container that is not built (inside a skipped member, or a
  // skipped member itself); false when the container is to be built.
  bool skip_container(bool is_array) {
    if (skip_depth_ == 0) {
      const bool top_member = stack_.empty() && depth_ == 1 && !streaming_;
      if (!top_member || kept_top_key() || (is_array && is_record_array(top_key_))) return false;
      envelope_[top_key_] = nullptr;  // reported as unknown, or as "a list expected"
    }
    ++skip_depth_;
    ++depth_;
    return true;
  }
  bool end_skipped() {
    if (skip_depth_ == 0) return false;
    --skip_depth_;
    --depth_;
    return true;
  }
  // Checked at every container and value: depth, records, and the JSON
  // values held at once (envelope, buffered records, the record being read).
  bool limits_ok() {
    if (depth_ > static_cast<int>(kMaxBundleDepth)) {
      refuse(too_deep(kMaxBundleDepth));
    } else if (held_values_ > kMaxHeldBundleValues) {
      refuse(too_many_records(kMaxHeldBundleValues));
    } else if (records_ > kMaxBundleRecords) {
      refuse(too_many_records(kMaxBundleRecords));
    }
    return keep_going();
  }

  // Places V where the current event belongs; returns a pointer to it.
  json* place(json&& v) {
    ++held_values_;
    if (!streaming_) ++retained_values_;  // the envelope's, kept to the end
    if (stack_.empty()) {
      if (depth_ == 0) {  // the document itself
        if (!v.is_object()) {
          refused_ = true;
          r_.add(not_a_bundle(""));
          return nullptr;
        }
        saw_top_object_ = true;
        return nullptr;
      }
      if (streaming_ && depth_ == 2) {
        current_ = std::move(v);
        return &current_;
      }
      // A top-level member.
      json& slot = envelope_[top_key_];
      slot = std::move(v);
      return &slot;
    }
    json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    json& slot = top[pending_key_];
    slot = std::move(v);
    return &slot;
  }

  bool value(json&& v) {
    if (skip_depth_ > 0) return limits_ok();
    const bool top_member = stack_.empty() && depth_ == 1;
    if (top_member && !kept_top_key()) v = nullptr;  // unknown, or a record array that is not one
    const bool record = stack_.empty() && streaming_ && depth_ == 2;
    place(std::move(v));
    if (top_member && state_ == Envelope::unknown && (top_key_ == "format" || top_key_ == "schema_version"))
      judge_envelope(false);
    if (record) record_done();
    return limits_ok();
  }

  bool open(json&& container) {
    if (depth_ == 0 && stack_.empty()) {
      place(std::move(container));
      ++depth_;
      return keep_going();
    }
    json* p = place(std::move(container));
    stack_.push_back(p);
    ++depth_;
    return limits_ok();
  }

  bool close() {
    --depth_;
    if (stack_.empty()) return keep_going();  // the document's own end
    stack_.pop_back();
    if (stack_.empty() && streaming_ && depth_ == 2) record_done();
    return keep_going();
  }

  void record_done() {
    const size_t index = record_index_++;
    ++records_;
    if (state_ == Envelope::accepted) {
      read_record(top_key_, index, current_);
      held_values_ = retained_values_;  // the record's values are dropped with it
    } else {
      retained_values_ = held_values_;
      buffered_.push_back({top_key_, index, std::move(current_)});
    }
    current_ = json();
  }

  // Called once format and schema_version are both known (or at the end).
  void judge_envelope(bool at_end) {
    const auto format = envelope_.find("format");
    const auto version = envelope_.find("schema_version");
    if (!at_end && (format == envelope_.end() || version == envelope_.end())) return;
    if (format == envelope_.end() || !format->is_string() ||
        format->get_ref<const json::string_t&>() != kBundleFormat) {
      return refuse(not_a_bundle("format"));
    }
    if (version == envelope_.end()) return refuse(missing("schema_version"));
    if (!version->is_number_integer()) return refuse(wrong_type("schema_version", "a whole number", "整数"));
    const int64_t v = version->is_number_unsigned() && version->get<uint64_t>() > INT32_MAX
                          ? int64_t{INT32_MAX}
                          : version->get<int64_t>();
    out_.schema_version = static_cast<int>(std::clamp<int64_t>(v, INT32_MIN, INT32_MAX));
    if (out_.schema_version > kBundleSchemaVersion)
      return refuse(newer_schema(out_.schema_version, kBundleSchemaVersion));
    if (out_.schema_version < kOldestBundleSchemaVersion)
      return refuse(older_schema_unsupported(out_.schema_version, kOldestBundleSchemaVersion));
    state_ = Envelope::accepted;
  }

  void refuse(Problem p) {
    refused_ = true;
    r_.add(std::move(p));
  }

  void read_record(const std::string& key, size_t index, json& rec) {
    const std::string path = key + "[" + std::to_string(index) + "]";
    migrate_record(key, rec, path, out_.schema_version, out_.problems, max_);
    if (r_.full()) return;
    const size_t mark = r_.push_key(key);
    const size_t m = r_.push_index(index);
    for_each_record_array(book_, [&](std::string_view k, auto& records) {
      if (k != key) return;
      if (records.size() != index) records.resize(index);  // only after problems, when nothing is returned
      r_.record(rec, records.emplace_back());
    });
    r_.pop(m);
    r_.pop(mark);
  }

  void read_envelope() {
    migrate_envelope(envelope_, out_.schema_version, out_.problems, max_);
    if (r_.full()) return;
    for (const auto& [key, item] : envelope_.items()) {
      if (is_record_array(key)) {
        const size_t mark = r_.push_key(key);
        r_.add(wrong_type(r_.path(), "a list", "列表"));
        r_.pop(mark);
      } else if (std::find(std::begin(kEnvelopeKeys), std::end(kEnvelopeKeys), key) == std::end(kEnvelopeKeys)) {
        const size_t mark = r_.push_key(key);
        r_.add(unknown_field(r_.path()));
        r_.pop(mark);
      }
    }
    auto at = [&](std::string_view key, bool required, auto&& read) {
      const size_t mark = r_.push_key(key);
      const auto it = envelope_.find(key);
      if (it != envelope_.end()) {
        read(*it);
      } else if (required) {
        r_.add(missing(r_.path()));
      }
      r_.pop(mark);
    };
    at("scope", false, [&](const json& j) { r_.value(j, book_.export_info.scope); });
    at("exported_by", true, [&](const json& j) {
      if (!j.is_string() || !is_uuid(j.get_ref<const json::string_t&>())) return r_.add(not_an_id(r_.path()));
      book_.export_info.exported_by = j.get_ref<const json::string_t&>();
    });
    at("exported_at", true, [&](const json& j) {
      if (!j.is_string() ||
          !json_text::parse_utc_timestamp(j.get_ref<const json::string_t&>(), book_.export_info.exported_at_ms))
        r_.add(not_a_timestamp(r_.path()));
    });
    // A book without settings (a journal delta, a fresh workspace) leaves them out.
    at("settings", false, [&](const json& j) { r_.record(j, book_.settings); });
  }

  struct Buffered {
    std::string key;
    size_t index;
    json record;
  };

  Book& book_;
  Reader& r_;
  BundleLoad& out_;
  size_t max_;
  Envelope state_ = Envelope::unknown;
  json envelope_ = json::object();
  std::unordered_set<std::string> seen_top_;
  std::vector<Buffered> buffered_;
  std::vector<json*> stack_;  // containers being built, innermost last
  json current_;              // the record being built
  std::string top_key_, pending_key_;
  int depth_ = 0;  // containers open around the next event
  size_t skip_depth_ = 0;       // containers open inside a member that is not built
  size_t held_values_ = 0;      // JSON values held in memory now
  size_t retained_values_ = 0;  // of which in the envelope and buffered records
  size_t records_ = 0;          // records read or buffered so far
  bool streaming_ = false;
  size_t record_index_ = 0;
  bool refused_ = false, parse_failed_ = false, saw_top_object_ = false;
  size_t error_position_ = 0;
  std::string error_detail_;
};

Problem parse_problem(std::string_view text, size_t position, const std::string& detail) {
  const size_t end = std::min(position, text.size());
  size_t line = 1, column = 1;
  for (size_t i = 0; i + 1 < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return not_json(line, column, detail);
}
}  // namespace

namespace {
BundleLoad load_bundle_with(std::string_view text, size_t max_problems, bool as_plan) {
  BundleLoad out;
  max_problems = std::max<size_t>(max_problems, 1);
  if (text.size() > kMaxBundleBytes) {
    out.problems.push_back(too_large(text.size()));
    return out;
  }
  Book book;
  Reader reader(out.problems, max_problems);
  StreamLoader loader(book, reader, out, max_problems);
  json::sax_parse(text.begin(), text.end(), &loader);
  if (loader.parse_failed()) {
    // A damaged file says nothing reliable about its records: report only that.
    out.problems.assign(1, parse_problem(text, loader.error_position(), loader.error_detail()));
    return out;
  }
  if (!loader.refused() && !reader.full()) loader.finish();
  if (!out.problems.empty()) return out;
  if (as_plan) book.export_info.scope = BundleScope::plan;
  check_integrity(book, reader);
  if (out.problems.empty()) out.book = std::move(book);
  return out;
}
}  // namespace

BundleLoad load_bundle_checked(std::string_view text, size_t max_problems) {
  return load_bundle_with(text, max_problems, false);
}

Result<Book> load_held_book(std::string_view text) {
  BundleLoad whole = load_bundle_checked(text, 20);
  if (whole.book) return std::move(*whole.book);
  for (const Problem& p : whole.problems)
    if (p.code != "dangling_reference") return load_bundle(text);
  BundleLoad plan = load_bundle_with(text, 1, true);
  if (plan.book) return std::move(*plan.book);
  return load_bundle(text);
}

std::optional<Problem> check_import_stamps(const Book& book, int64_t now_ms) {
  std::optional<Problem> found;
  // The path is built only for the stamp refused: a 100 000-record import pays nothing for it.
  auto check = [&](const Hlc& h, std::string_view key, size_t i, std::string_view where, std::string_view field = {}) {
    if (found || stamp_acceptable(h, now_ms)) return;
    const std::string path = std::string(key) + "[" + std::to_string(i) + "]." + std::string(where) + std::string(field);
    found = h.counter > kMaxImportedCounter ? stamp_counter_too_large(path) : stamp_in_future(path);
  };
  for_each_record_array(book, [&](std::string_view key, const auto& records) {
    for (size_t i = 0; i < records.size() && !found; ++i) {
      const RecordMeta& m = records[i].meta;
      check(m.created, key, i, "created");
      check(m.updated, key, i, "updated");
      for (const FieldStamp& f : m.clocks) check(f.stamp, key, i, "_clock.", f.field);
    }
  });
  return found;
}

Result<Book> load_bundle(std::string_view text) {
  BundleLoad r = load_bundle_checked(text, 21);
  if (r.book) return std::move(*r.book);
  Problem first = std::move(r.problems.front());
  if (r.problems.size() > 1) {
    const size_t more = r.problems.size() - 1;
    const std::string n = more >= 20 ? "20+" : std::to_string(more);
    first.message_en += " (and " + n + " more problem" + (more == 1 ? "" : "s") + ")";
    first.message_zh += "（另有 " + n + " 处问题）";
  }
  return first;
}

}  // namespace rm
