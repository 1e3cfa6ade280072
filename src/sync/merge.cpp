// The merge of docs/data-format.md, "Merge". Each field of a record is seen
// as a set of versions (value, stamp, replaced): the side's current value and
// the conflicting values it kept. Merging takes the union, drops every
// version some other version had seen (its `replaced` is at or after the
// version's stamp), and keeps the rest: the provisional winner in the field,
// the others in meta.conflicts. Union and "drop what was seen" are both
// order-independent, which is what makes the merge commutative, associative
// and idempotent. A deletion at stamp d is a version of every field (its
// default, stamp d, having seen everything before d): edits before it lose
// silently, an edit after it wins and brings the record back.
#include "sync/merge.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "store/bundle_schema.h"
#include "sync/field_diff.h"
#include "sync/field_json.h"
#include "sync/review.h"

namespace rm {

namespace {

// A record's latest stamp counts its kept conflicts too: a status kept as a
// conflict can be later than the one taken (docs/data-format.md, "Review"), and
// a device's clock moves past `updated` when it reads the record, so its next
// edit, which sees the conflict, is stamped after it.
Hlc latest_stamp(const RecordMeta& m) {
  Hlc latest = m.created;
  for (const FieldStamp& f : m.clocks)
    if (latest < f.stamp) latest = f.stamp;
  for (const FieldConflict& c : m.conflicts)
    if (latest < c.stamp) latest = c.stamp;
  return latest;
}

constexpr size_t kMaxClampedPaths = 20;

// ---- Clamping -----------------------------------------------------------------

struct Clamp {
  int64_t now_ms;
  MergeReport& report;

  void stamp(Hlc& h, std::string_view key, size_t i, std::string_view where) {
    if (h.actor.empty() || !clamp_stamp(h, now_ms)) return;
    ++report.clamped_stamps;
    if (report.clamped_paths.size() < kMaxClampedPaths)
      report.clamped_paths.push_back(std::string(key) + "[" + std::to_string(i) + "]." + std::string(where));
  }

  void meta(RecordMeta& m, std::string_view key, size_t i) {
    stamp(m.created, key, i, "created");
    stamp(m.updated, key, i, "updated");
    for (FieldStamp& f : m.clocks) {
      stamp(f.stamp, key, i, "_clock." + f.field);
      stamp(f.replaced, key, i, "_replaced." + f.field);
      // A replaced stamp after its value's own says nothing true: forget it.
      // Equal is the mark of a field a deletion cleared (see merge_field).
      if (f.stamp < f.replaced) f.replaced = {};
    }
    for (FieldConflict& c : m.conflicts) {
      stamp(c.stamp, key, i, "_conflicts." + c.field);
      stamp(c.replaced, key, i, "_conflicts." + c.field);
      if (c.stamp < c.replaced) c.replaced = {};
    }
    m.updated = latest_stamp(m);
  }

  void book(Book& b) {
    meta(b.settings.meta, "settings", 0);
    bundle::for_each_record_array(b, [&](std::string_view key, auto& records) {
      for (size_t i = 0; i < records.size(); ++i) meta(records[i].meta, key, i);
    });
  }
};

// ---- Field versions -------------------------------------------------------------

// Status only moves forward in a merge (review_rank, sync/review.h), and so
// does the review round: among concurrent values the furthest wins.
int64_t round_text(std::string_view json) {
  int64_t n = 0;
  for (char c : json)
    if (c >= '0' && c <= '9' && n < 1'000'000) n = n * 10 + (c - '0');
  return n;
}
// A status is ranked with the round it belongs to (docs/data-format.md,
// "Review"), so a status kept as a conflict keeps its round: its value is
// [round, "state"]. A plain "state" (files before rounds were kept) is round 0.
std::string status_text(int64_t round, std::string_view state_json) {
  return "[" + std::to_string(round) + "," + std::string(state_json) + "]";
}
struct StatusKey {
  int64_t round = 0;
  ReviewState state = ReviewState::draft;
  std::pair<int64_t, int> rank() const { return {round, review_rank(state)}; }
};
StatusKey status_of_text(std::string_view json) {
  StatusKey k;
  if (const size_t comma = json.find(','); !json.empty() && json.front() == '[' && comma != std::string_view::npos) {
    k.round = round_text(json.substr(0, comma));
    json = json.substr(comma + 1, json.size() - comma - 2);
  }
  if (json.size() >= 2 && json.front() == '"') json = json.substr(1, json.size() - 2);
  k.state = enum_from_code<ReviewState>(json).value_or(ReviewState::draft);
  return k;
}
// Whether a member of type M merges forward-only: the review status. Its
// round follows it (round_follows_status).
template <class M>
constexpr bool forward_only() {
  return std::is_same_v<M, ReviewState>;
}

template <class M>
struct Version {
  const M* typed = nullptr;           // a side's current value, or
  const std::string* text = nullptr;  // a kept conflict's value (neither: deleted)
  int side = -1;
  Hlc stamp, replaced;
  bool deleted = false;
};

// The review round a record stands in (0 for kinds without review).
template <class T>
int64_t round_of(const T& r) {
  if constexpr (requires { r.review_round; }) return r.review_round;
  else return 0;
}

// One record's merge: the two sides (either may be a tombstone) into OUT.
template <class T>
class RecordMerge {
 public:
  RecordMerge(const T& a, const T& b, T& out) : side_{&a, &b}, out_(out) {}

  void run() {
    const RecordMeta& ma = side_[0]->meta;
    const RecordMeta& mb = side_[1]->meta;
    RecordMeta& mo = out_.meta;
    mo = RecordMeta{};
    mo.id = ma.id;
    mo.created = std::min(ma.created, mb.created);
    mo.demo = ma.demo && mb.demo;
    for (int s = 0; s < 2; ++s) {
      const RecordMeta& m = side_[s]->meta;
      live_[s] = !m.deleted;
      deletion_[s] = field_stamp(m, "deleted");
    }
    // The deletion flag: the later stamp wins, a deletion on a tie.
    const FieldStamp* da = find_field_stamp(ma, "deleted");
    const FieldStamp* db = find_field_stamp(mb, "deleted");
    const bool b_wins = deletion_[0] < deletion_[1] || (deletion_[0] == deletion_[1] && mb.deleted && !ma.deleted);
    const FieldStamp* dw = b_wins ? db : da;
    const bool deleted = b_wins ? mb.deleted : ma.deleted;
    const Hlc deleted_at = b_wins ? deletion_[1] : deletion_[0];

    bundle::fields(*this, out_);
    round_follows_status();

    const bool live = !deleted || deleted_at < latest_data_;
    if (!live) {
      RecordMeta tomb;
      tomb.id = mo.id;
      tomb.created = mo.created;
      tomb.demo = mo.demo;
      tomb.deleted = true;
      tomb.clocks.push_back(FieldStamp{"deleted", deleted_at, dw ? dw->replaced : Hlc{}});
      out_ = T{};
      out_.meta = std::move(tomb);
    } else if (dw) {
      mo.clocks.push_back(FieldStamp{"deleted", dw->stamp, dw->replaced});
    }
    RecordMeta& m = out_.meta;
    std::sort(m.clocks.begin(), m.clocks.end(), [](const FieldStamp& x, const FieldStamp& y) { return x.field < y.field; });
    std::sort(m.conflicts.begin(), m.conflicts.end(), [](const FieldConflict& x, const FieldConflict& y) {
      return x.field != y.field ? x.field < y.field : x.stamp < y.stamp;
    });
    m.updated = latest_stamp(m);
  }

  // Called by bundle::fields for every field of OUT.
  template <class M, class... C>
  void operator()(const char* key, M& member, const C&...) {
    const auto offset = reinterpret_cast<const char*>(&member) - reinterpret_cast<const char*>(&out_);
    auto at = [&](int s) { return reinterpret_cast<const M*>(reinterpret_cast<const char*>(side_[s]) + offset); };
    std::vector<Version<M>> versions;
    bool kept = false;
    for (int s = 0; s < 2; ++s) {
      const RecordMeta& m = side_[s]->meta;
      if (live_[s]) {
        const FieldStamp* fs = find_field_stamp(m, key);
        Version<M> v{at(s), nullptr, s, fs ? fs->stamp : m.created, fs ? fs->replaced : Hlc{}, false};
        // A field a deletion cleared in a record brought back later.
        if (fs && fs->replaced == fs->stamp) v = Version<M>{nullptr, nullptr, -1, fs->stamp, fs->stamp, true};
        versions.push_back(std::move(v));
      } else {
        versions.push_back(Version<M>{nullptr, nullptr, -1, deletion_[s], deletion_[s], true});
      }
      for (const FieldConflict& c : m.conflicts) {
        if (c.field != key) continue;
        kept = true;
        versions.push_back(Version<M>{nullptr, c.deleted ? nullptr : &c.value, -1, c.stamp, c.replaced, c.deleted});
      }
    }
    merge_field(key, member, versions, kept);
  }

 private:
  template <class M>
  const std::string& text_of(const Version<M>& v, const char* key) {
    if (v.text) return *v.text;
    if (!texts_[v.side].contains(key)) {
      std::string t = field_json::field_text(*side_[v.side], key);
      if constexpr (std::is_same_v<M, ReviewState>) t = status_text(round_of(*side_[v.side]), t);
      texts_[v.side][key] = std::move(t);
    }
    return texts_[v.side][key];
  }

  // Two versions with one stamp are one edit; should the values differ
  // (a damaged or hand-edited file), the greater JSON text is kept so every
  // device keeps the same.
  template <class M>
  Version<M> same_edit(const Version<M>& x, const Version<M>& y, const char* key) {
    if (x.deleted || y.deleted) return Version<M>{nullptr, nullptr, -1, x.stamp, x.stamp, true};
    Version<M> out = x;
    out.replaced = std::max(x.replaced, y.replaced);
    if (x.typed && y.typed && field_diff::equal(*x.typed, *y.typed)) return out;
    const std::string& tx = text_of(x, key);
    const std::string& ty = text_of(y, key);
    if (ty > tx || (ty == tx && y.typed && !x.typed)) {
      out.typed = y.typed;
      out.text = y.text;
      out.side = y.side;
    }
    return out;
  }

  // A status and its round are one value (docs/data-format.md, "Review"): the
  // round is the one the status taken belongs to, stamped with it. Merged on its
  // own, a deletion could clear the round of a status that outlived it.
  void round_follows_status() {
    if constexpr (requires { out_.review_round; }) {
      RecordMeta& mo = out_.meta;
      std::erase_if(mo.conflicts, [](const FieldConflict& c) { return c.field == "review_round"; });
      std::erase_if(mo.clocks, [](const FieldStamp& f) { return f.field == "review_round"; });
      const FieldStamp* status = find_field_stamp(mo, "review");
      out_.review_round = status && status->replaced == status->stamp ? 0 : static_cast<int32_t>(status_round_);
      if (status) mo.clocks.push_back(FieldStamp{"review_round", status->stamp, status->replaced});
    }
  }

  template <class M>
  void merge_field(const char* key, M& member, std::vector<Version<M>>& versions, bool kept) {
    std::sort(versions.begin(), versions.end(), [](const auto& x, const auto& y) { return x.stamp < y.stamp; });
    std::vector<Version<M>> set;
    set.reserve(versions.size());
    for (const auto& v : versions) {
      if (!set.empty() && set.back().stamp == v.stamp)
        set.back() = same_edit(set.back(), v, key);
      else
        set.push_back(v);
    }
    // Drop what another version had seen.
    std::vector<Version<M>> frontier;
    frontier.reserve(set.size());
    for (size_t i = 0; i < set.size(); ++i) {
      bool seen = false;
      for (size_t j = 0; j < set.size() && !seen; ++j) seen = j != i && set[i].stamp <= set[j].replaced;
      if (!seen) frontier.push_back(set[i]);
    }
    size_t w = frontier.size() - 1;  // the latest stamp can never have been seen
    Version<M> furthest;              // a forward-only field's winner outside the frontier
    if constexpr (forward_only<M>()) {
      auto rank = [&](const Version<M>& v) {
        return v.deleted ? std::pair<int64_t, int>{0, 0} : status_of_text(text_of(v, key)).rank();
      };
      // The furthest of every version a deletion did not clear, not only of
      // the frontier: "seen" is read from stamps, which clock skew can fool,
      // and a status must not fall behind a version taken for seen.
      auto cleared = [&](const Version<M>& v) {
        return v.stamp < deletion_[0] || v.stamp < deletion_[1] ||
               std::any_of(set.begin(), set.end(), [&](const Version<M>& d) { return d.deleted && v.stamp < d.stamp; });
      };
      const Version<M>* best = &frontier[w];
      for (const Version<M>& v : set)
        if (!cleared(v) && (rank(v) > rank(*best) || (rank(v) == rank(*best) && best->stamp < v.stamp))) best = &v;
      furthest = *best;
      w = frontier.size();
      for (size_t i = 0; i < frontier.size(); ++i)
        if (frontier[i].stamp == furthest.stamp) w = i;
    }
    const Version<M>& win = w < frontier.size() ? frontier[w] : furthest;
    if (win.deleted) {
      member = M{};
    } else if (win.typed) {
      if (win.typed != &member) member = *win.typed;
    } else if constexpr (std::is_same_v<M, ReviewState>) {
      member = status_of_text(*win.text).state;
    }
    RecordMeta& mo = out_.meta;
    if (!(win.stamp == mo.created && win.replaced.actor.empty() && !win.deleted))
      mo.clocks.push_back(FieldStamp{key, win.stamp, win.deleted ? win.stamp : win.replaced});
    // A status taken over the frontier was seen by an edit there: it revives nothing.
    if (!win.deleted && w < frontier.size() && latest_data_ < win.stamp) latest_data_ = win.stamp;
    if constexpr (std::is_same_v<M, ReviewState>) status_round_ = win.deleted ? 0 : status_of_text(text_of(win, key)).round;
    if (frontier.size() == 1 && w == 0 && !kept) return;
    for (size_t i = 0; i < frontier.size(); ++i) {
      if (i == w) continue;
      const Version<M>& v = frontier[i];
      mo.conflicts.push_back(FieldConflict{key, v.deleted ? std::string() : text_of(v, key), v.stamp, v.replaced, v.deleted});
    }
  }

  const T* side_[2];
  T& out_;
  bool live_[2] = {true, true};
  Hlc deletion_[2];
  Hlc latest_data_;
  int64_t status_round_ = 0;  // the round of the status taken
  std::unordered_map<std::string, std::string> texts_[2];
};

// ---- Labels ---------------------------------------------------------------------

struct Labels {
  const Book& book;
  std::unordered_map<RecordId, const std::string*> clients;

  const std::string& client_name(const RecordId& id) {
    static const std::string none;
    if (clients.empty())
      for (const Client& c : book.clients) clients.emplace(c.meta.id, &c.name);
    const auto it = clients.find(id);
    return it == clients.end() ? none : *it->second;
  }

  template <class T>
  std::string of(const T& r) {
    std::string label;
    if constexpr (requires { r.name; }) label = r.name;
    if constexpr (requires { r.client_id; }) {
      if (label.empty()) label = client_name(r.client_id);
    }
    if constexpr (requires { r.date.iso(); }) {
      if constexpr (!requires { r.name; }) label += label.empty() ? r.date.iso() : " " + r.date.iso();
    }
    if (label.empty()) label = r.meta.id.str();
    return label;
  }
};

template <class T>
void merge_kind(std::vector<T>& ours, const std::vector<T>& theirs, MergeKindReport& report, Labels& old_labels) {
  std::unordered_map<RecordId, size_t> at;
  at.reserve(ours.size() + theirs.size());
  for (size_t i = 0; i < ours.size(); ++i) at.emplace(ours[i].meta.id, i);
  const size_t before = ours.size();
  int64_t changed = 0;
  for (const T& t : theirs) {
    const auto it = at.find(t.meta.id);
    if (it == at.end()) {
      ours.push_back(t);
      at.emplace(t.meta.id, ours.size() - 1);
      // A tombstone never seen here: nothing to show.
      if (!t.meta.deleted) {
        ++report.added;
        ++changed;
        report.added_records.push_back(MergeChange{t.meta.id, {}});
      }
      continue;
    }
    if (it->second >= before) continue;  // a duplicate id in THEIRS: the loader refuses those
    T& o = ours[it->second];
    if (o.meta == t.meta && field_diff::equal(o, t)) continue;
    T merged;
    RecordMerge<T>(o, t, merged).run();
    if (merged.meta == o.meta && field_diff::equal(merged, o)) continue;
    ++changed;
    if (o.meta.deleted && !merged.meta.deleted) {
      ++report.revived;
      report.revived_records.push_back(MergeChange{o.meta.id, {}});
    } else if (!o.meta.deleted && merged.meta.deleted) {
      ++report.deleted;
      // A deleted record has no fields left: its label is taken before.
      report.deleted_records.push_back(MergeChange{o.meta.id, old_labels.of(o)});
    } else {
      ++report.updated;
      report.updated_records.push_back(MergeChange{o.meta.id, {}});
    }
    o = std::move(merged);
  }
  report.unchanged = static_cast<int64_t>(theirs.size()) - changed;
}

}  // namespace

bool clamp_stamp(Hlc& stamp, int64_t now_ms) {
  if (stamp_acceptable(stamp, now_ms)) return false;
  const int64_t limit = now_ms > INT64_MAX - kMaxStampAheadMs ? INT64_MAX : now_ms + kMaxStampAheadMs;
  stamp.wall_ms = std::min(stamp.wall_ms, limit);
  stamp.counter = std::min(stamp.counter, kMaxImportedCounter);
  return true;
}

namespace {
int64_t total(const std::vector<MergeKindReport>& kinds, int64_t MergeKindReport::*count) {
  int64_t n = 0;
  for (const MergeKindReport& k : kinds) n += k.*count;
  return n;
}
}  // namespace

int64_t MergeReport::added() const { return total(kinds, &MergeKindReport::added); }
int64_t MergeReport::updated() const { return total(kinds, &MergeKindReport::updated); }
int64_t MergeReport::deleted() const { return total(kinds, &MergeKindReport::deleted); }
int64_t MergeReport::revived() const { return total(kinds, &MergeKindReport::revived); }
int64_t MergeReport::unchanged() const { return total(kinds, &MergeKindReport::unchanged); }

MergeResult merge_books(const Book& ours_in, const Book& theirs_in, int64_t now_ms) {
  MergeResult result;
  result.book = ours_in;
  Book theirs = theirs_in;
  Clamp clamp{now_ms, result.report};
  clamp.book(result.book);
  clamp.book(theirs);
  Book& book = result.book;
  if (book.settings.meta.id == theirs.settings.meta.id && !(book.settings.meta == theirs.settings.meta && field_diff::equal(book.settings, theirs.settings))) {
    Settings merged;
    RecordMerge<Settings>(book.settings, theirs.settings, merged).run();
    book.settings = std::move(merged);
  }
  Labels old_labels{ours_in, {}};
  bundle::for_each_record_array(book, [&](std::string_view key, auto& records) {
    using T = typename std::decay_t<decltype(records)>::value_type;
    MergeKindReport report;
    report.kind = std::string(key);
    bundle::for_each_record_array(theirs, [&](std::string_view, auto& other) {
      if constexpr (std::is_same_v<typename std::decay_t<decltype(other)>::value_type, T>)
        merge_kind(records, other, report, old_labels);
    });
    result.report.kinds.push_back(std::move(report));
  });
  // Labels, now that every client is merged (a contact's label is its client's name).
  Labels labels{book, {}};
  size_t k = 0;
  bundle::for_each_record_array(book, [&](std::string_view, auto& records) {
    MergeKindReport& report = result.report.kinds[k++];
    if (report.added_records.empty() && report.updated_records.empty() && report.revived_records.empty()) return;
    std::unordered_map<RecordId, size_t> at;
    at.reserve(records.size());
    for (size_t i = 0; i < records.size(); ++i) at.emplace(records[i].meta.id, i);
    for (auto* list : {&report.added_records, &report.updated_records, &report.revived_records})
      for (MergeChange& c : *list) c.label = labels.of(records[at[c.id]]);
  });
  result.report.conflicts = open_conflicts(book);
  return result;
}

namespace {
template <class T>
void conflicts_of(const T& record, std::string_view kind, Labels& labels, std::vector<MergeConflict>& out) {
  const RecordMeta& m = record.meta;
  if (m.conflicts.empty() || m.deleted) return;
  std::string label;
  for (const FieldConflict& c : m.conflicts) {
    if (c.deleted) continue;
    const std::string value = field_json::field_text(record, c.field);
    // A review state or round behind the current one, or equal to it, leaves nothing to choose.
    if (c.field == "review" && status_of_text(c.value).rank() <= StatusKey{round_of(record), status_of_text(value).state}.rank())
      continue;
    if (c.field == "review_round" && round_text(c.value) <= round_text(value)) continue;
    if (label.empty()) label = labels.of(record);
    out.push_back(MergeConflict{std::string(kind), m.id, label, c.field, value, field_stamp(m, c.field), c.value, c.stamp});
  }
}
}  // namespace

std::vector<MergeConflict> open_conflicts(const Book& book) {
  std::vector<MergeConflict> out;
  Labels labels{book, {}};
  conflicts_of(book.settings, "settings", labels, out);
  bundle::for_each_record_array(book, [&](std::string_view key, const auto& records) {
    for (const auto& r : records) conflicts_of(r, key, labels, out);
  });
  return out;
}

}  // namespace rm
