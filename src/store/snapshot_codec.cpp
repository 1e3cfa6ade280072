// Binary snapshot payload; see snapshot_codec.h and docs/storage.md
// ("Snapshot payload") for the layout.
//
// Shape of the code: a Descriptor walker turns the schema into a byte string
// (keys and member shapes), an Encoder and a Decoder walk the same fields()
// lists as the JSON writer and reader. When a snapshot's descriptor equals
// this build's, the decoder reads fields positionally (the fast path). When
// it differs — a snapshot written before a field was added — a Plan maps
// each stored field to the current member by key.
#include "store/snapshot_codec.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "core/calendar/lunar_calendar.h"
#include "store/bundle_schema.h"

namespace rm {

namespace {
using namespace bundle;

// ---- Member shapes ----------------------------------------------------------
//
// One letter per kind of member, as written in the descriptor:
//   s text   b bool   i integer   e enumeration   d date
//   o optional (then the inner shape)   v list (then the element shape)
//   t struct (then its field list)

template <class T>
constexpr bool is_risk_enum = std::is_same_v<T, RiskLevel> || std::is_same_v<T, ProductRisk>;

template <class T>
constexpr char shape_letter() {
  // An id is stored as a text (see "Texts"): a snapshot written when ids
  // were strings reads the same.
  if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, RecordId>) return 's';
  else if constexpr (std::is_same_v<T, bool>) return 'b';
  else if constexpr (std::is_same_v<T, Date>) return 'd';
  else if constexpr (std::is_enum_v<T>) return 'e';
  else if constexpr (std::is_integral_v<T>) return 'i';
  else if constexpr (IsOptional<T>::value) return 'o';
  else if constexpr (IsVector<T>::value) return 'v';
  else return 't';
}

// ---- Varints (LEB128) and zigzag -------------------------------------------

inline void put_varint(std::string& out, uint64_t v) {
  char buf[10];
  size_t n = 0;
  while (v >= 0x80) {
    buf[n++] = static_cast<char>(static_cast<uint8_t>(v) | 0x80);
    v >>= 7;
  }
  buf[n++] = static_cast<char>(v);
  out.append(buf, n);
}

inline uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
inline int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// Differences of stamps wrap rather than overflow, so any pair of int64
// values survives encode → decode exactly.
inline int64_t wrapping_sub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
inline int64_t wrapping_add(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

// ---- Texts ------------------------------------------------------------------
//
// Plain texts (field lists, the name table, and every text of a version-1
// body): varint n, then n = 0 empty; n = 1 a canonical lowercase UUID as 16
// raw bytes; n ≥ 2 n − 1 bytes of text.
//
// Body texts from version 2 on: varint n, then n = 0 empty; n = 1 a UUID not
// seen before in this payload, 16 raw bytes, which joins the id table; n even
// ≥ 2 the id table's entry (n − 2) / 2; n odd ≥ 3 (n − 1) / 2 bytes of text.
// Every reference names an id stored elsewhere in the book, so after the
// first time a UUID costs 1–3 bytes instead of 17. Folding the index into the
// same varint (rather than a tag and then an index) saves a byte on most
// references; the index counts from the table's start because references
// mostly point at a few early ids (the manager, products, clients), which a
// distance from the newest entry would make long.

constexpr char kHex[] = "0123456789abcdef";
// Byte → its two lowercase hex digits.
constexpr auto kHexPairs = [] {
  std::array<char, 512> t{};
  for (int i = 0; i < 256; ++i) {
    t[static_cast<size_t>(2 * i)] = kHex[i >> 4];
    t[static_cast<size_t>(2 * i + 1)] = kHex[i & 15];
  }
  return t;
}();

// Lowercase hex digit → value; anything else → 16, so one OR over a UUID's
// digits tells whether it was canonical.
constexpr auto kHexValue = [] {
  std::array<uint8_t, 256> t{};
  t.fill(16);
  for (int i = 0; i < 16; ++i) t[static_cast<uint8_t>(kHex[i])] = static_cast<uint8_t>(i);
  return t;
}();

// Packs a canonical lowercase UUID into 16 bytes in one pass; false for any
// other text (upper case, braces, other lengths), which is then kept as text.
bool pack_uuid(std::string_view s, char* out16) {
  if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return false;
  uint8_t bad = 0;
  size_t j = 0;
  for (int i = 0; i < 16; ++i) {
    if (j == 8 || j == 13 || j == 18 || j == 23) ++j;
    const uint8_t hi = kHexValue[static_cast<uint8_t>(s[j])];
    const uint8_t lo = kHexValue[static_cast<uint8_t>(s[j + 1])];
    bad |= hi | lo;
    j += 2;
    out16[i] = static_cast<char>((hi << 4) | (lo & 15));
  }
  return bad < 16;
}

void put_text(std::string& out, std::string_view s) {
  char buf[17];
  if (s.empty()) {
    out += '\0';
  } else if (pack_uuid(s, buf + 1)) {
    buf[0] = 1;
    out.append(buf, sizeof buf);
  } else {
    put_varint(out, uint64_t{s.size()} + 1);
    out += s;
  }
}

// The encoder's id table: UUID (16 raw bytes) → its index, in first-seen
// order. Open addressing in one flat array: a book has about as many ids as
// records, and std::unordered_map's node per id made encoding twice as slow.
// 24 bytes a slot, at most 3/4 full: 25 MB for a 50 000-client book.
class IdTable {
 public:
  explicit IdTable(size_t expected) {
    size_t capacity = 64;
    while (capacity < expected + expected / 2) capacity *= 2;
    slots_.resize(capacity);
  }

  // The index of RAW16; a UUID not seen before gets the next index and
  // `inserted` is set.
  uint32_t find_or_add(const char* raw16, bool& inserted) {
    uint64_t lo, hi;
    std::memcpy(&lo, raw16, 8);
    std::memcpy(&hi, raw16 + 8, 8);
    const size_t mask = slots_.size() - 1;
    // Random UUIDs are well mixed already; the multiplies spread made-up ones
    // that differ in a few bits only.
    const uint64_t h = (lo ^ (hi * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
    for (size_t i = static_cast<size_t>(h >> 32);; ++i) {
      Slot& s = slots_[i & mask];
      if (s.index_plus_1 == 0) {
        s = {lo, hi, ++size_};
        inserted = true;
        if (size_ > slots_.size() / 4 * 3) grow();
        return size_ - 1;
      }
      if (s.lo == lo && s.hi == hi) {
        inserted = false;
        return s.index_plus_1 - 1;
      }
    }
  }

 private:
  struct Slot {
    uint64_t lo = 0, hi = 0;
    uint32_t index_plus_1 = 0;  // 0: empty
  };

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.index_plus_1 == 0) continue;
      const uint64_t h = (s.lo ^ (s.hi * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
      size_t i = static_cast<size_t>(h >> 32);
      while (slots_[i & mask].index_plus_1 != 0) ++i;
      slots_[i & mask] = s;
    }
  }

  std::vector<Slot> slots_;
  uint32_t size_ = 0;
};

// Every id the decoder reads passes through here, so it is written to
// unroll: fixed groups of 4-2-2-2-6 bytes, two digits per table lookup.
void uuid_text(const uint8_t* raw, char* out36) {
  auto hex = [&](int from, int to, char* out) {
    for (int i = from; i < to; ++i, out += 2) std::memcpy(out, &kHexPairs[size_t{raw[i]} * 2], 2);
  };
  hex(0, 4, out36);
  out36[8] = '-';
  hex(4, 6, out36 + 9);
  out36[13] = '-';
  hex(6, 8, out36 + 14);
  out36[18] = '-';
  hex(8, 10, out36 + 19);
  out36[23] = '-';
  hex(10, 16, out36 + 24);
}

// ---- Descriptor: the schema as bytes ----------------------------------------
//
//   struct := varint field_count, { text key, shape }*
//   shape  := 's' | 'b' | 'i' | 'e' | 'd' | 'o' shape | 'v' shape | 't' struct
//   top    := struct (settings), varint array_count, { text key, struct }*

class DescriptorWriter {
 public:
  explicit DescriptorWriter(std::string& out) : out_(out) {}

  template <class T>
  void structure() {
    T dummy{};
    size_t count = 0;
    auto counter = [&count](const char*, auto&, auto&&...) { ++count; };
    fields(counter, dummy);
    put_varint(out_, count);
    fields(*this, dummy);
  }

  template <class T, class... C>
  void operator()(const char* key, T&, const C&...) {
    put_text(out_, key);
    shape<T>();
  }

 private:
  template <class T>
  void shape() {
    out_ += shape_letter<T>();
    if constexpr (IsOptional<T>::value || IsVector<T>::value) {
      shape<typename T::value_type>();
    } else if constexpr (shape_letter<T>() == 't') {
      structure<T>();
    }
  }

  std::string& out_;
};

const std::string& current_descriptor() {
  static const std::string d = [] {
    std::string out;
    DescriptorWriter w(out);
    w.structure<Settings>();
    size_t arrays = 0;
    Book dummy;
    for_each_record_array(dummy, [&](std::string_view, auto&) { ++arrays; });
    put_varint(out, arrays);
    for_each_record_array(dummy, [&](std::string_view key, auto& records) {
      put_text(out, key);
      w.structure<typename std::remove_reference_t<decltype(records)>::value_type>();
    });
    return out;
  }();
  return d;
}

// ---- Encoder ----------------------------------------------------------------

// Meta flags: one byte per record. kSameActor exists from version 2 on,
// kMergeInfo (replaced stamps and kept conflicts, docs/data-format.md
// "Merge") from version 3 on.
constexpr uint8_t kDeleted = 1, kDemo = 2, kUpdated = 4, kClocks = 8, kSameActor = 16, kMergeInfo = 32;
constexpr uint8_t kAllFlagsV1 = 15, kAllFlagsV2 = 31, kAllFlagsV3 = 63;

class Encoder {
 public:
  Encoder(std::string& body, size_t expected_ids) : out_(body), ids_(expected_ids) {}

  template <class T>
  void value(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      text(v);
    } else if constexpr (std::is_same_v<T, RecordId>) {
      id(v);
    } else if constexpr (std::is_same_v<T, bool>) {
      out_ += static_cast<char>(v ? 1 : 0);
    } else if constexpr (std::is_same_v<T, Date>) {
      put_varint(out_, zigzag(v.days()));
    } else if constexpr (std::is_enum_v<T>) {
      put_varint(out_, static_cast<uint64_t>(static_cast<std::underlying_type_t<T>>(v)));
    } else if constexpr (std::is_integral_v<T>) {
      put_varint(out_, zigzag(static_cast<int64_t>(v)));
    } else if constexpr (IsOptional<T>::value) {
      out_ += static_cast<char>(v ? 1 : 0);
      if (v) value(*v);
    } else if constexpr (IsVector<T>::value) {
      put_varint(out_, v.size());
      for (const auto& x : v) value(x);
    } else {
      fields(*this, v);
    }
  }

  template <class T, class... C>
  void operator()(const char*, const T& v, const C&...) {
    value(v);
  }

  // `created` is stored relative to the previous record of the same list;
  // the settings record is a list of its own.
  void begin_list() {
    prev_wall_ = 0;
    prev_actor_ = {};
  }

  // Identity and stamps; a tombstone's fields are not stored (as in the
  // bundle: a deleted client's data must not linger in saved files).
  template <class Record>
  void record(const Record& r) {
    const RecordMeta& m = r.meta;
    uint8_t flags = 0;
    if (m.deleted) flags |= kDeleted;
    if (m.demo) flags |= kDemo;
    if (m.updated != m.created) flags |= kUpdated;
    if (!m.clocks.empty()) flags |= kClocks;
    const bool merge_info = !m.conflicts.empty() || std::any_of(m.clocks.begin(), m.clocks.end(), [](const FieldStamp& f) {
                              return f.replaced != Hlc{};
                            });
    if (merge_info) flags |= kMergeInfo;
    // One person's device writes nearly every record of a book, rarely two
    // in the same millisecond: counter 0 and the same actor is the rule.
    if (m.created.counter == 0 && m.created.actor == prev_actor_) flags |= kSameActor;
    out_ += static_cast<char>(flags);
    id(m.id);
    // Records are mostly appended as they are made, so consecutive stamps
    // are close: a difference of minutes or days, not 41 bits of epoch.
    put_varint(out_, zigzag(wrapping_sub(m.created.wall_ms, prev_wall_)));
    if (!(flags & kSameActor)) {
      put_varint(out_, m.created.counter);
      put_varint(out_, intern(m.created.actor.str()));
    }
    prev_wall_ = m.created.wall_ms;
    prev_actor_ = m.created.actor.str();
    if (flags & kUpdated) stamp_after(m.updated, m.created);
    if (flags & kClocks) {
      put_varint(out_, m.clocks.size());
      for (const FieldStamp& fs : m.clocks) {
        put_varint(out_, intern(fs.field));
        stamp_after(fs.stamp, m.created);
      }
    }
    if (flags & kMergeInfo) {
      for (const FieldStamp& fs : m.clocks) optional_stamp(fs.replaced, m.created);
      put_varint(out_, m.conflicts.size());
      for (const FieldConflict& c : m.conflicts) {
        put_varint(out_, intern(c.field));
        stamp_after(c.stamp, m.created);
        optional_stamp(c.replaced, m.created);
        out_ += static_cast<char>(c.deleted ? 1 : 0);
        text(c.value);
      }
    }
    if (!m.deleted) fields(*this, r);
  }

  // A body text (version 2 rules, see "Texts").
  void text(std::string_view s) {
    char raw[16];
    if (s.empty()) {
      out_ += '\0';
    } else if (pack_uuid(s, raw)) {
      packed_uuid(raw);
    } else {
      put_varint(out_, uint64_t{s.size()} * 2 + 1);
      out_ += s;
    }
  }

  void id(const RecordId& v) {
    if (v.empty()) {
      out_ += '\0';
    } else {
      packed_uuid(reinterpret_cast<const char*>(v.bytes().data()));
    }
  }

  const std::vector<std::string_view>& table() const { return table_; }

 private:
  // The 16 bytes the first time, the id table's index after.
  void packed_uuid(const char* raw) {
    bool inserted;
    const uint32_t index = ids_.find_or_add(raw, inserted);
    if (inserted) {
      out_ += '\1';
      out_.append(raw, 16);
    } else {
      put_varint(out_, uint64_t{index} * 2 + 2);
    }
  }

  // Later stamps are stored relative to `created`: a few bytes instead of six.
  void stamp_after(const Hlc& h, const Hlc& created) {
    put_varint(out_, zigzag(wrapping_sub(h.wall_ms, created.wall_ms)));
    put_varint(out_, h.counter);
    put_varint(out_, intern(h.actor.str()));
  }
  // A stamp that may be empty (no actor): byte 0, or byte 1 and the stamp.
  void optional_stamp(const Hlc& h, const Hlc& created) {
    // Absent is the default stamp, whatever a stamp's fields hold otherwise.
    const bool present = h != Hlc{};
    out_ += static_cast<char>(present ? 1 : 0);
    if (present) stamp_after(h, created);
  }

  // Actors and clock field names repeat on almost every record: each is
  // stored once in the table and referred to by its index. Views point into
  // the book, which outlives the encoder.
  uint32_t intern(std::string_view s) {
    if (has_last_ && s == last_text_) return last_index_;
    auto [it, inserted] = index_.try_emplace(s, static_cast<uint32_t>(table_.size()));
    if (inserted) table_.push_back(s);
    has_last_ = true;
    last_text_ = s;
    last_index_ = it->second;
    return it->second;
  }

  std::string& out_;
  std::vector<std::string_view> table_;
  std::unordered_map<std::string_view, uint32_t> index_;
  bool has_last_ = false;
  std::string_view last_text_;
  uint32_t last_index_ = 0;
  IdTable ids_;
  int64_t prev_wall_ = 0;
  std::string_view prev_actor_;
};

// ---- Plans: reading a snapshot written with another field list ------------

struct DescStruct;
struct DescShape {
  char letter = 0;
  std::unique_ptr<DescShape> inner;     // o, v
  std::unique_ptr<DescStruct> members;  // t
};
struct DescField {
  std::string key;
  DescShape shape;
};
struct DescStruct {
  std::vector<DescField> fields;
};
struct DescTop {
  DescStruct settings;
  std::vector<std::pair<std::string, DescStruct>> arrays;
};

// For each stored field in stored order: which current member receives it,
// and the plan of that member's struct (null for non-structs).
struct Plan {
  struct Entry {
    uint32_t member;
    std::unique_ptr<Plan> child;
  };
  std::vector<Entry> entries;
};

// Parses a descriptor; depth and counts are bounded so a crafted one cannot
// exhaust the stack or the heap.
class DescParser {
 public:
  DescParser(const uint8_t* p, const uint8_t* end) : p_(p), end_(end) {}

  bool top(DescTop& out) {
    if (!structure(out.settings, 0)) return false;
    uint64_t n;
    if (!varint(n) || n > 64) return false;
    out.arrays.resize(static_cast<size_t>(n));
    for (auto& [key, s] : out.arrays)
      if (!text(key) || !structure(s, 0)) return false;
    return p_ == end_;
  }

 private:
  static constexpr int kMaxDepth = 12;

  bool structure(DescStruct& s, int depth) {
    uint64_t n;
    if (depth > kMaxDepth || !varint(n) || n == 0 || n > 256) return false;
    s.fields.resize(static_cast<size_t>(n));
    for (auto& f : s.fields)
      if (!text(f.key) || !shape(f.shape, depth)) return false;
    return true;
  }

  bool shape(DescShape& s, int depth) {
    if (p_ == end_ || depth > kMaxDepth) return false;
    s.letter = static_cast<char>(*p_++);
    switch (s.letter) {
      case 's': case 'b': case 'i': case 'e': case 'd': return true;
      case 'o': case 'v':
        s.inner = std::make_unique<DescShape>();
        return shape(*s.inner, depth + 1);
      case 't':
        s.members = std::make_unique<DescStruct>();
        return structure(*s.members, depth + 1);
      default: return false;
    }
  }

  bool varint(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64 && p_ != end_; shift += 7) {
      const uint8_t b = *p_++;
      v |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }

  // Keys are plain text (never UUIDs) and short.
  bool text(std::string& out) {
    uint64_t n;
    if (!varint(n) || n < 2 || n > 257 || n - 1 > static_cast<uint64_t>(end_ - p_)) return false;
    out.assign(reinterpret_cast<const char*>(p_), static_cast<size_t>(n - 1));
    p_ += n - 1;
    return true;
  }

  const uint8_t* p_;
  const uint8_t* end_;
};

enum class PlanError { none, unknown_field, corrupt };

// Matches a stored struct to the current one by key. A stored field the
// current schema lacks, or whose shape differs, means the snapshot comes
// from a newer (or different) schema: refused rather than dropped.
PlanError match(const DescStruct& stored, const DescStruct& current, Plan& plan) {
  plan.entries.reserve(stored.fields.size());
  std::vector<bool> used(current.fields.size(), false);
  for (const DescField& f : stored.fields) {
    uint32_t j = 0;
    while (j < current.fields.size() && current.fields[j].key != f.key) ++j;
    if (j == current.fields.size()) return PlanError::unknown_field;
    if (used[j]) return PlanError::corrupt;  // the same key twice
    used[j] = true;
    const DescShape* a = &f.shape;
    const DescShape* b = &current.fields[j].shape;
    while (a->letter == b->letter && (a->letter == 'o' || a->letter == 'v')) {
      a = a->inner.get();
      b = b->inner.get();
    }
    if (a->letter != b->letter) return PlanError::unknown_field;
    Plan::Entry e{j, nullptr};
    if (a->letter == 't') {
      e.child = std::make_unique<Plan>();
      if (const PlanError err = match(*a->members, *b->members, *e.child); err != PlanError::none) return err;
    }
    plan.entries.push_back(std::move(e));
  }
  return PlanError::none;
}

// ---- Decoder ----------------------------------------------------------------

struct Failure {
  const char* en;
  const char* zh;
};

const Date kFirstDate = Date::from_ymd(1, 1, 1);
const Date kLastDate = Date::from_ymd(9999, 12, 31);

// The fewest bytes a list element can take, to bound the list's count by the
// bytes left before reserving. Records are counted in decode_snapshot.
constexpr size_t kMinElementSize = 1;
// A record's flags, id and `created` varints: three of them in version 1,
// one in version 2 (when kSameActor leaves out counter and actor).
constexpr size_t min_record_size(unsigned version) { return version == 1 ? 5 : 3; }

class Decoder {
 public:
  Decoder(const uint8_t* begin, const uint8_t* end, unsigned version)
      : begin_(begin), p_(begin), end_(end), v1_(version == 1), version_(version) {}

  bool failed() const { return failure_.en != nullptr; }
  const Failure& failure() const { return failure_; }
  size_t offset() const { return static_cast<size_t>(fail_at_ - begin_); }
  size_t left() const { return static_cast<size_t>(end_ - p_); }
  const uint8_t* position() const { return p_; }
  void skip(size_t n) { p_ += n; }  // caller checked n <= left()
  bool at_end() const { return p_ == end_; }

  void fail(const char* en, const char* zh) {
    if (failed()) return;
    failure_ = {en, zh};
    fail_at_ = p_;
    p_ = end_;  // every later read fails at once
  }

  uint8_t byte() {
    if (p_ == end_) {
      fail("ends too early", "数据提前结束");
      return 0;
    }
    return *p_++;
  }

  uint64_t varint() {
    // One byte covers most values (counts, codes, table indices).
    if (p_ != end_ && *p_ < 0x80) return *p_++;
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) {
        fail("ends too early", "数据提前结束");
        return 0;
      }
      const uint8_t b = *p_++;
      if (shift == 63 && b > 1) break;
      v |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return v;
    }
    fail("a number is too long", "数字过长");
    return 0;
  }

  // A count of elements of at least MIN_SIZE bytes each, checked against
  // what is left so a damaged count cannot make us reserve gigabytes.
  size_t count(size_t min_size) {
    const uint64_t n = varint();
    if (n > left() / min_size) {
      fail("a count is larger than the data", "数量超出数据长度");
      return 0;
    }
    return static_cast<size_t>(n);
  }

  // A text of the name table, or of a version-1 body.
  void plain_text(std::string& out) {
    const uint64_t n = varint();
    if (n == 0) {
      out.clear();
    } else if (n == 1) {
      if (left() < 16) return fail("ends too early", "数据提前结束");
      char buf[36];
      uuid_text(p_, buf);
      out.assign(buf, sizeof buf);
      p_ += 16;
    } else {
      if (n - 1 > left()) return fail("a text is longer than the data", "文本长度超出数据");
      out.assign(reinterpret_cast<const char*>(p_), static_cast<size_t>(n - 1));
      p_ += n - 1;
    }
  }

  // A text of the body: version 2 adds the id table (see "Texts").
  void text(std::string& out) {
    if (v1_) return plain_text(out);
    const uint64_t n = varint();
    if (n == 0) {
      out.clear();
    } else if (n == 1) {
      if (left() < 16) return fail("ends too early", "数据提前结束");
      ids_.push_back(p_);
      char buf[36];
      uuid_text(p_, buf);
      out.assign(buf, sizeof buf);
      p_ += 16;
    } else if (n & 1) {
      if ((n - 1) / 2 > left()) return fail("a text is longer than the data", "文本长度超出数据");
      out.assign(reinterpret_cast<const char*>(p_), static_cast<size_t>((n - 1) / 2));
      p_ += (n - 1) / 2;
    } else {
      if ((n - 2) / 2 >= ids_.size()) return fail("a text refers past the id table", "文本编号超出编号表");
      char buf[36];
      uuid_text(ids_[static_cast<size_t>((n - 2) / 2)], buf);
      out.assign(buf, sizeof buf);
    }
  }

  // An id: a text as above, which must be empty or a UUID. Packed UUIDs,
  // nearly all of them, become the id with no text in between.
  void id(RecordId& out) {
    const uint64_t n = v1_ ? 0 : varint();
    if (v1_ || (n > 1 && (n & 1))) {
      // Version 1 bodies, and UUIDs someone wrote as text (never by this
      // encoder): read the text and parse it.
      std::string text;
      if (v1_) {
        plain_text(text);
      } else {
        if ((n - 1) / 2 > left()) return fail("a text is longer than the data", "文本长度超出数据");
        text.assign(reinterpret_cast<const char*>(p_), static_cast<size_t>((n - 1) / 2));
        p_ += (n - 1) / 2;
      }
      if (failed()) return;
      const std::optional<RecordId> parsed = RecordId::parse(text);
      if (!parsed) return fail("an id is not a UUID", "编号不是 UUID");
      out = *parsed;
    } else if (n == 0) {
      out.clear();
    } else if (n == 1) {
      if (left() < 16) return fail("ends too early", "数据提前结束");
      ids_.push_back(p_);
      out = RecordId::from_bytes(p_);
      p_ += 16;
    } else {
      if ((n - 2) / 2 >= ids_.size()) return fail("a text refers past the id table", "文本编号超出编号表");
      out = RecordId::from_bytes(ids_[static_cast<size_t>((n - 2) / 2)]);
    }
  }

  // Returns the entry read, for kSameActor; the table is complete before
  // the body is read, so the pointer stays valid.
  const std::string* table_text(std::string& out) {
    const uint64_t i = varint();
    if (i >= table_.size()) {
      fail("a name refers past the table", "名称编号超出名称表");
      return &kEmpty;
    }
    out = table_[static_cast<size_t>(i)];
    return &table_[static_cast<size_t>(i)];
  }

  // An actor from the table, shared with every other stamp naming it (one
  // ActorId per table entry, made on first use): no allocation per stamp.
  const ActorId* table_actor(ActorId& out) {
    const uint64_t i = varint();
    if (i >= table_.size()) {
      fail("a name refers past the table", "名称编号超出名称表");
      return &kNoActor;
    }
    if (actors_.size() != table_.size()) actors_.resize(table_.size());
    ActorId& actor = actors_[static_cast<size_t>(i)];
    if (actor.empty()) actor = ActorId(table_[static_cast<size_t>(i)]);
    out = actor;
    return &actor;
  }

  void begin_list() {
    prev_wall_ = 0;
    prev_actor_ = &kNoActor;
  }

  void created(Hlc& h, bool same_actor) {
    if (v1_) {
      h.wall_ms = unzigzag(varint());
      counter(h.counter);
      table_actor(h.actor);
      return;
    }
    h.wall_ms = wrapping_add(prev_wall_, unzigzag(varint()));
    if (same_actor) {
      h.counter = 0;
      h.actor = *prev_actor_;
    } else {
      counter(h.counter);
      prev_actor_ = table_actor(h.actor);
    }
    prev_wall_ = h.wall_ms;
  }

  void stamp_after(Hlc& h, const Hlc& created) {
    h.wall_ms = wrapping_add(created.wall_ms, unzigzag(varint()));
    counter(h.counter);
    table_actor(h.actor);
  }
  void optional_stamp(Hlc& h, const Hlc& created) {
    const uint8_t present = byte();
    if (present > 1) return fail("a yes/no value is neither", "是/否取值无效");
    if (present) stamp_after(h, created);
  }

  template <class T, class... C>
  void value(T& out, const Plan* plan, const C&... c) {
    if constexpr (std::is_same_v<T, std::string>) {
      text(out);
    } else if constexpr (std::is_same_v<T, RecordId>) {
      id(out);
    } else if constexpr (std::is_same_v<T, bool>) {
      const uint8_t b = byte();
      if (b > 1) return fail("a yes/no value is neither", "是/否取值无效");
      out = b != 0;
    } else if constexpr (std::is_same_v<T, Date>) {
      const int64_t days = unzigzag(varint());
      if (days < kFirstDate.days() || days > kLastDate.days()) return fail("a date is out of range", "日期超出范围");
      out = Date(static_cast<int32_t>(days));
    } else if constexpr (is_risk_enum<T>) {
      const uint64_t v = varint();
      if (v > 100 || risk_code(static_cast<T>(v)).empty()) return fail("unknown risk level", "无法识别的风险等级");
      out = static_cast<T>(v);
    } else if constexpr (std::is_enum_v<T>) {
      const uint64_t v = varint();
      if (v >= EnumCodes<T>::codes.size()) return fail("unknown code", "无法识别的代码");
      out = static_cast<T>(v);
    } else if constexpr (std::is_integral_v<T>) {
      static_assert(sizeof(T) < 8 || std::is_signed_v<T>, "a uint64 member needs its own encoding");
      int64_t lo = std::numeric_limits<T>::min(), hi = static_cast<int64_t>(std::numeric_limits<T>::max());
      (narrow(lo, hi, c), ...);
      const int64_t v = unzigzag(varint());
      if (v < lo || v > hi) return fail("a number is out of range", "数值超出范围");
      out = static_cast<T>(v);
    } else if constexpr (IsOptional<T>::value) {
      const uint8_t b = byte();
      if (b > 1) return fail("a presence flag is invalid", "有无标记无效");
      if (b) {
        value(out.emplace(), plan, c...);
      } else {
        out.reset();
      }
    } else if constexpr (IsVector<T>::value) {
      const size_t n = count(kMinElementSize);
      out.clear();
      out.reserve(n);
      for (size_t i = 0; i < n && !failed(); ++i) value(out.emplace_back(), plan, c...);
    } else {
      structure(out, plan);
      if constexpr (std::is_same_v<T, LunarDate>) {
        if (!failed() && !from_lunar(out)) fail("no such lunar date", "不存在的农历日期");
      }
    }
  }

  // Called by fields() on the fast path: members in schema order.
  template <class T, class... C>
  void operator()(const char*, T& member, const C&... c) {
    if (!failed()) value(member, nullptr, c...);
  }

  template <class T>
  void structure(T& x, const Plan* plan) {
    if (!plan) {
      fields(*this, x);
      return;
    }
    for (const Plan::Entry& e : plan->entries) {
      if (failed()) return;
      Pick pick{*this, e.member, e.child.get()};
      fields(pick, x);
    }
  }

  template <class Record>
  void record(Record& r, const Plan* plan) {
    RecordMeta& m = r.meta;
    const uint8_t flags = byte();
    if (flags & ~(v1_ ? kAllFlagsV1 : version_ == 2 ? kAllFlagsV2 : kAllFlagsV3))
      return fail("unknown record flags", "无法识别的记录标记");
    m.deleted = flags & kDeleted;
    m.demo = flags & kDemo;
    id(m.id);
    created(m.created, flags & kSameActor);
    if (flags & kUpdated) {
      stamp_after(m.updated, m.created);
    } else {
      m.updated = m.created;
    }
    if (flags & kClocks) {
      const size_t n = count(3);
      if (n == 0) return fail("an empty change-stamp list", "修改时间戳列表为空");
      m.clocks.resize(n);
      for (FieldStamp& fs : m.clocks) {
        table_text(fs.field);
        stamp_after(fs.stamp, m.created);
      }
    }
    if (flags & kMergeInfo) {
      for (FieldStamp& fs : m.clocks) optional_stamp(fs.replaced, m.created);
      const size_t n = count(4);
      m.conflicts.resize(n);
      for (FieldConflict& c : m.conflicts) {
        table_text(c.field);
        stamp_after(c.stamp, m.created);
        optional_stamp(c.replaced, m.created);
        const uint8_t deleted = byte();
        if (deleted > 1) return fail("a yes/no value is neither", "是/否取值无效");
        c.deleted = deleted != 0;
        text(c.value);
        if (failed()) return;
      }
    }
    if (!m.deleted) structure(r, plan);
  }

  std::vector<std::string>& table() { return table_; }

 private:
  // Picks one member, by position, out of a fields() walk.
  struct Pick {
    Decoder& d;
    uint32_t target;
    const Plan* child;
    uint32_t i = 0;
    template <class T, class... C>
    void operator()(const char*, T& member, const C&... c) {
      if (i++ == target) d.value(member, child, c...);
    }
  };

  // The schema's Range constraints narrow an integer's accepted values.
  template <class C>
  static void narrow(int64_t& lo, int64_t& hi, const C& c) {
    if constexpr (std::is_same_v<C, Range>) {
      lo = std::max(lo, c.lo);
      hi = std::min(hi, c.hi);
    }
  }

  void counter(uint32_t& out) {
    const uint64_t v = varint();
    if (v > UINT32_MAX) return fail("a stamp counter is out of range", "时间戳计数超出范围");
    out = static_cast<uint32_t>(v);
  }

  const uint8_t* begin_;
  const uint8_t* p_;
  const uint8_t* end_;
  const uint8_t* fail_at_ = nullptr;
  Failure failure_{nullptr, nullptr};
  const bool v1_;
  const unsigned version_;
  std::vector<std::string> table_;
  // The id table: where each UUID's 16 bytes are in the payload (which
  // outlives the decoder), rather than a copy of its text: a pointer a UUID
  // instead of 36 bytes, and no slower.
  std::vector<const uint8_t*> ids_;
  int64_t prev_wall_ = 0;
  std::vector<ActorId> actors_;  // table_ as shared actor ids, filled on use
  const ActorId* prev_actor_ = &kNoActor;
  static inline const std::string kEmpty;
  static inline const ActorId kNoActor;
};

// ---- Problems ---------------------------------------------------------------

Problem not_a_snapshot() {
  return Problem{"not_a_snapshot", "", "not an RM Planner snapshot", "不是客户经理工作台的快照数据"};
}

Problem newer_version(const std::string& why_en, const std::string& why_zh) {
  return Problem{"snapshot_newer_version", "",
                 "this snapshot was written by a newer RM Planner (" + why_en +
                     "). Update RM Planner to open it; nothing was changed.",
                 "此快照由更新版本的客户经理工作台写入（" + why_zh + "）。请更新后再打开，数据未作任何改动。"};
}

Problem corrupt(std::string path, size_t offset, const char* en, const char* zh) {
  const std::string at = std::to_string(offset);
  return Problem{"snapshot_corrupt", std::move(path),
                 "the snapshot is damaged (byte " + at + ": " + en + "); restore an older snapshot",
                 "快照已损坏（第 " + at + " 字节：" + zh + "），请恢复较早的快照"};
}

constexpr size_t kHeaderSize = 8;  // magic + version
constexpr size_t kMaxTableSize = size_t{1} << 20;

}  // namespace

bool is_binary_snapshot(std::string_view bytes) {
  return bytes.size() >= kSnapshotMagic.size() && bytes.substr(0, kSnapshotMagic.size()) == kSnapshotMagic;
}

std::string encode_snapshot(const Book& book) {
  std::string body;
  body.reserve(static_cast<size_t>(record_count(book)) * 96 + 1024);
  Encoder enc(body, static_cast<size_t>(record_count(book)) + 16);
  enc.text(book.export_info.exported_by);
  put_varint(body, zigzag(book.export_info.exported_at_ms));
  enc.value(book.export_info.scope);
  enc.begin_list();
  enc.record(book.settings);
  for_each_record_array(book, [&](std::string_view, const auto& records) {
    put_varint(body, records.size());
    enc.begin_list();
    for (const auto& r : records) enc.record(r);
  });

  const std::string& desc = current_descriptor();
  std::string out;
  out.reserve(body.size() + desc.size() + 4096);
  out += kSnapshotMagic;
  out += static_cast<char>(kSnapshotFormatVersion & 0xff);
  out += static_cast<char>(kSnapshotFormatVersion >> 8);
  put_varint(out, desc.size());
  out += desc;
  put_varint(out, enc.table().size());
  for (std::string_view s : enc.table()) put_text(out, s);
  out += body;
  return out;
}

Result<Book> decode_snapshot(std::string_view bytes) {
  if (!is_binary_snapshot(bytes)) return not_a_snapshot();
  if (bytes.size() < kHeaderSize) return corrupt("", bytes.size(), "ends too early", "数据提前结束");
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const unsigned version = data[6] | (unsigned{data[7]} << 8);
  if (version > kSnapshotFormatVersion) {
    return newer_version("snapshot format " + std::to_string(version) + "; this version reads up to " +
                             std::to_string(kSnapshotFormatVersion),
                         "快照格式 " + std::to_string(version) + "，本版本最高支持 " +
                             std::to_string(kSnapshotFormatVersion));
  }
  if (version == 0) return corrupt("", 6, "format version 0", "格式版本为 0");

  Decoder d(data + kHeaderSize, data + bytes.size(), version);
  auto fail_here = [&](std::string path = {}) {
    return corrupt(std::move(path), kHeaderSize + d.offset(), d.failure().en, d.failure().zh);
  };

  // The field lists the snapshot was written with.
  const size_t desc_size = d.count(1);
  if (d.failed()) return fail_here();
  const std::string_view desc(reinterpret_cast<const char*>(d.position()), desc_size);
  d.skip(desc_size);
  const bool same_schema = desc == current_descriptor();
  std::unique_ptr<Plan> settings_plan;
  std::vector<std::pair<std::string, std::unique_ptr<Plan>>> array_plans;
  std::vector<std::string> array_keys;
  if (same_schema) {
    Book dummy;
    for_each_record_array(dummy, [&](std::string_view key, auto&) { array_keys.emplace_back(key); });
  } else {
    const auto* dp = reinterpret_cast<const uint8_t*>(desc.data());
    DescTop stored, current;
    const std::string& cur = current_descriptor();
    const auto* cp = reinterpret_cast<const uint8_t*>(cur.data());
    if (!DescParser(dp, dp + desc.size()).top(stored) || !DescParser(cp, cp + cur.size()).top(current))
      return corrupt("", kHeaderSize, "the field list is unreadable", "字段表无法读取");
    auto check = [&](PlanError e, const std::string& where) -> std::optional<Problem> {
      if (e == PlanError::unknown_field)
        return newer_version("fields of " + where + " this version does not know",
                             where + " 含有本版本不认识的字段");
      if (e == PlanError::corrupt) return corrupt("", kHeaderSize, "the field list repeats a key", "字段表中有重复项");
      return std::nullopt;
    };
    settings_plan = std::make_unique<Plan>();
    if (auto p = check(match(stored.settings, current.settings, *settings_plan), "settings")) return *p;
    for (const auto& stored_array : stored.arrays) {
      // Not a structured binding: clang 14 (Emscripten 3.1.6) cannot capture one in a lambda.
      const std::string& key = stored_array.first;
      const DescStruct& s = stored_array.second;
      const auto it = std::find_if(current.arrays.begin(), current.arrays.end(),
                                   [&](const auto& a) { return a.first == key; });
      if (it == current.arrays.end()) return newer_version("a list named " + key, "名为 " + key + " 的列表");
      for (const auto& [k, plan] : array_plans)
        if (k == key) return corrupt("", kHeaderSize, "the field list repeats a key", "字段表中有重复项");
      auto plan = std::make_unique<Plan>();
      if (auto p = check(match(s, it->second, *plan), key)) return *p;
      array_plans.emplace_back(key, std::move(plan));
      array_keys.push_back(key);
    }
  }

  // The table of actors and clock field names: distinct people and field
  // names, a few hundred in a real book. The cap keeps a damaged count from costing 32 bytes per input byte.
  const size_t table_size = d.count(1);
  if (table_size > kMaxTableSize) d.fail("the name table is impossibly large", "名称表过大");
  d.table().resize(d.failed() ? 0 : table_size);
  for (std::string& s : d.table()) {
    if (d.failed()) break;
    d.plain_text(s);
  }
  if (d.failed()) return fail_here();

  Book book;
  d.text(book.export_info.exported_by);
  book.export_info.exported_at_ms = unzigzag(d.varint());
  d.value(book.export_info.scope, nullptr);
  if (d.failed()) return fail_here();
  d.begin_list();
  d.record(book.settings, settings_plan.get());
  if (d.failed()) return fail_here("settings");

  for (size_t a = 0; a < array_keys.size(); ++a) {
    const std::string& key = array_keys[a];
    const Plan* plan = same_schema ? nullptr : array_plans[a].second.get();
    size_t index = 0;  // of the record being read, for the problem's path
    for_each_record_array(book, [&](std::string_view k, auto& records) {
      if (k != key) return;
      const size_t n = d.count(min_record_size(version));
      records.reserve(n);
      d.begin_list();
      for (index = 0; index < n; ++index) {
        d.record(records.emplace_back(), plan);
        if (d.failed()) break;
      }
    });
    if (d.failed()) return fail_here(key + "[" + std::to_string(index) + "]");
  }
  if (!d.at_end()) {
    d.fail("bytes after the end of the book", "数据末尾之后还有多余字节");
    return fail_here();
  }
  return book;
}

}  // namespace rm
