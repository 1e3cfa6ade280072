// The merge's laws as properties (docs/data-format.md, "Merge"): random edit
// histories of two and three actors, each with its own copy of a small book
// and a clock skewed by hours, editing, deleting, re-creating and merging
// each other's copies at random. On the final copies: merge is commutative,
// associative and idempotent; no edit that nobody had seen over is lost;
// a deletion holds unless edited after; a report's status never moves back
// (its review round and, within a round, its state); an approval with an edit
// it had not seen reads "changed since approval", whatever the merge order;
// every pair of concurrent edits of one field is listed as a conflict.
//
// A quick run (300 histories) is part of the unit tests; the long run is
//   unit_tests "[merge-laws-long]"   (RM_MERGE_HISTORIES, default 10 000)
// or scripts/bench.sh merge-laws (docs/benchmarks.md, "Merge laws").
#include <catch_amalgamated.hpp>

#include <chrono>
#include <cstdlib>
#include <map>
#include <random>

#include "store/bundle.h"
#include "sync/field_json.h"
#include "sync/merge.h"
#include "sync/review.h"
#include "test_ids.h"

using namespace rm;
using rm::test::tid;

namespace {

constexpr int64_t kT0 = 1'796'300'000'000;
const char* const kActors[] = {"aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002",
                               "cccccccc-0000-4000-8000-000000000003"};

// One edit of one field as it was made: the ground truth the laws are checked against.
struct EditEvent {
  std::string field;
  Hlc stamp, replaced;
  std::string value;  // bundle JSON
};
struct History {
  std::map<RecordId, std::vector<EditEvent>> edits;  // creations count as an edit of every field
  std::map<RecordId, std::vector<Hlc>> deletes;
};

struct Actor {
  Book book;
  HlcClock clock;
  int64_t skew_ms;
};

// Where a report stands: its round first, then its state in the round.
std::pair<int, int> rank(const CommunicationReport& r) { return {r.review_round, review_rank(r.review)}; }

template <class T>
T* find(std::vector<T>& records, const RecordId& id) {
  for (T& r : records)
    if (r.meta.id == id) return &r;
  return nullptr;
}

class Sim {
 public:
  Sim(uint64_t seed, int actors) : rng_(seed) {
    Book base;
    base.settings.meta = new_meta(tid("settings"), Hlc{kT0, 0, kActors[0]});
    for (int i = 0; i < actors; ++i) {
      const int64_t skew = std::uniform_int_distribution<int64_t>(-3, 3)(rng_) * 3'600'000;
      actors_.push_back(Actor{base, HlcClock(kActors[i]), skew});
    }
  }

  void run(int steps) {
    for (int s = 0; s < steps; ++s) {
      now_ += std::uniform_int_distribution<int64_t>(0, 2)(rng_);  // equal timestamps are common
      Actor& a = actors_[pick(actors_.size())];
      const int op = static_cast<int>(pick(100));
      if (op < 12) {
        create(a);
      } else if (op < 60) {
        edit(a);
      } else if (op < 66) {
        remove(a);
      } else {
        Actor& b = actors_[pick(actors_.size())];
        if (&a != &b) receive(a, b);
      }
    }
  }

  std::vector<Actor>& actors() { return actors_; }
  const History& history() const { return history_; }

 private:
  size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  Hlc tick(Actor& a) { return a.clock.tick(now_ + a.skew_ms); }

  template <class T>
  void record_edit(const T& r, const std::string& field) {
    const FieldStamp* fs = find_field_stamp(r.meta, field);
    history_.edits[r.meta.id].push_back(EditEvent{field, fs->stamp, fs->replaced, field_json::field_text(r, field)});
  }

  void create(Actor& a) {
    const Hlc stamp = tick(a);
    const RecordId id = tid("r" + std::to_string(next_id_++));
    if (pick(2) == 0) {
      Client c;
      c.meta = new_meta(id, stamp);
      c.name = "client " + std::to_string(pick(3));
      for (const char* f : {"name", "employer", "average_daily_assets"})
        history_.edits[id].push_back(EditEvent{f, stamp, {}, field_json::field_text(c, f)});
      a.book.clients.push_back(c);
    } else {
      CommunicationReport r;
      r.meta = new_meta(id, stamp);
      for (const char* f : {"key_points", "review"})
        history_.edits[id].push_back(EditEvent{f, stamp, {}, field_json::field_text(r, f)});
      a.book.communication_reports.push_back(r);
    }
  }

  void edit(Actor& a) {
    const bool client = pick(2) == 0;
    if (client && !a.book.clients.empty()) {
      Client& c = a.book.clients[pick(a.book.clients.size())];
      if (c.meta.deleted) return;
      const size_t f = pick(3);
      const std::string v = std::to_string(pick(4));
      const char* key = f == 0 ? "name" : f == 1 ? "employer" : "average_daily_assets";
      if (f == 0) c.name = "client " + v;
      if (f == 1) c.employer = "firm " + v;
      if (f == 2) c.average_daily_assets = static_cast<int64_t>(pick(4)) * 100;
      stamp_field(c.meta, key, tick(a));
      record_edit(c, key);
    } else if (!client && !a.book.communication_reports.empty()) {
      CommunicationReport& r = a.book.communication_reports[pick(a.book.communication_reports.size())];
      if (r.meta.deleted) return;
      if (pick(2) == 0) {
        r.key_points = "points " + std::to_string(pick(4));
        stamp_field(r.meta, "key_points", tick(a));
        record_edit(r, "key_points");
      } else {
        // As the commands do: a status only moves forward, and a returned or
        // approved report is submitted again in a new round.
        const Hlc t = tick(a);
        switch (r.review) {
          case ReviewState::draft: r.review = ReviewState::submitted; break;
          case ReviewState::submitted:
          case ReviewState::reviewed: {
            const size_t next = pick(r.review == ReviewState::submitted ? 3 : 2);
            r.review = next == 0 ? ReviewState::approved : next == 1 ? ReviewState::returned : ReviewState::reviewed;
            if (r.review == ReviewState::approved) {
              r.approved_content = content_stamps(r);
              stamp_field(r.meta, "approved_content", t);
              record_edit(r, "approved_content");
            }
            break;
          }
          case ReviewState::approved:
          case ReviewState::returned:
            r.review = ReviewState::submitted;
            ++r.review_round;
            stamp_field(r.meta, "review_round", t);
            break;
        }
        stamp_field(r.meta, "review", t);
        record_edit(r, "review");
      }
    }
  }

  void remove(Actor& a) {
    auto gone = [&](auto& records) {
      if (records.empty()) return;
      auto& r = records[pick(records.size())];
      if (r.meta.deleted) return;
      make_tombstone(r, tick(a));
      history_.deletes[r.meta.id].push_back(field_stamp(r.meta, "deleted"));
    };
    if (pick(2) == 0)
      gone(a.book.clients);
    else
      gone(a.book.communication_reports);
  }

  void receive(Actor& a, const Actor& from) {
    a.book = merge_books(a.book, from.book, now_ + a.skew_ms).book;
    Hlc latest;
    bundle::for_each_record_array(a.book, [&](std::string_view, const auto& records) {
      for (const auto& r : records)
        if (latest < r.meta.updated) latest = r.meta.updated;
    });
    if (!latest.actor.empty()) a.clock.receive(latest, now_ + a.skew_ms);
  }

  std::mt19937_64 rng_;
  std::vector<Actor> actors_;
  History history_;
  int64_t now_ = kT0;
  int next_id_ = 0;
};

// Merged books compare as their bundle text (records sorted by id).
std::string text(const Book& b) { return save_bundle(b); }

constexpr int64_t kMergeNow = kT0 + 10'000'000;  // after every stamp, clock skew included
Book merge(const Book& a, const Book& b) { return merge_books(a, b, kMergeNow).book; }

template <class T>
void check_record(const T& r, const History& h, std::vector<std::string>& failures) {
  const auto edits_it = h.edits.find(r.meta.id);
  if (edits_it == h.edits.end()) return;
  const std::vector<EditEvent>& edits = edits_it->second;
  const auto del_it = h.deletes.find(r.meta.id);
  const std::vector<Hlc> deletes = del_it == h.deletes.end() ? std::vector<Hlc>{} : del_it->second;
  auto superseded = [&](const EditEvent& e) {
    for (const EditEvent& o : edits)
      if (o.field == e.field && o.stamp != e.stamp && e.stamp <= o.replaced) return true;
    for (const Hlc& d : deletes)
      if (e.stamp <= d) return true;
    return false;
  };
  const std::string where = std::string(r.meta.id.str());
  bool any_after_delete = false;
  for (const EditEvent& e : edits)
    if (!superseded(e) && !deletes.empty()) any_after_delete = true;
  if (!deletes.empty() && !any_after_delete && !r.meta.deleted) failures.push_back(where + ": a deletion did not hold");
  if (r.meta.deleted) {
    if (any_after_delete) failures.push_back(where + ": an edit after the deletion was lost");
    return;
  }
  std::map<std::string, std::vector<const EditEvent*>> open;
  for (const EditEvent& e : edits)
    if (!superseded(e)) open[e.field].push_back(&e);
  for (const auto& [field, list] : open) {
    // A status is one value that only grows, checked in check_history: one behind it is superseded.
    if (field == "review" || field == "review_round") continue;
    const std::string now = field_json::field_text(r, field);
    const Hlc now_stamp = field_stamp(r.meta, field);
    size_t listed = 0;
    for (const FieldConflict& c : r.meta.conflicts)
      if (c.field == field && !c.deleted) ++listed;
    for (const EditEvent* e : list) {
      bool found = e->stamp == now_stamp && e->value == now;
      for (const FieldConflict& c : r.meta.conflicts)
        if (c.field == field && c.stamp == e->stamp && c.value == e->value) found = true;
      if (!found) failures.push_back(where + "." + field + ": an edit was lost (" + e->value + ")");
    }
    if (field != "review" && field != "review_round" && listed != list.size() - 1)
      failures.push_back(where + "." + field + ": " + std::to_string(list.size()) + " concurrent edits, " +
                         std::to_string(listed) + " listed as conflicts");
  }
}

// Runs one history and returns what broke (empty: every law held).
std::vector<std::string> check_history(uint64_t seed) {
  const int actors = 2 + static_cast<int>(seed % 2);
  Sim sim(seed, actors);
  sim.run(40 + static_cast<int>(seed % 41));
  std::vector<Actor>& as = sim.actors();
  const Book& a = as[0].book;
  const Book& b = as[1].book;
  const Book& c = as[actors == 3 ? 2 : 0].book;
  std::vector<std::string> failures;
  const Book ab = merge(a, b);
  if (text(ab) != text(merge(b, a))) failures.push_back("not commutative");
  const Book abc = merge(ab, c);
  if (text(abc) != text(merge(a, merge(b, c)))) failures.push_back("not associative");
  if (text(merge(abc, abc)) != text(abc)) failures.push_back("not idempotent");
  if (text(merge(abc, a)) != text(abc)) failures.push_back("merging a part again changed the whole");
  for (const CommunicationReport& r : abc.communication_reports) {
    // A deletion clears the status with every other field; an edit after it revives the record without it.
    if (r.meta.deleted || sim.history().deletes.contains(r.meta.id)) continue;
    std::pair<int, int> furthest{-1, -1};
    for (const Book* side : {&a, &b, &c})
      for (const CommunicationReport& s : side->communication_reports)
        if (s.meta.id == r.meta.id && !s.meta.deleted) furthest = std::max(furthest, rank(s));
    if (rank(r) < furthest) failures.push_back(r.meta.id.str() + ": a status moved back");
    if (furthest < rank(r)) failures.push_back(r.meta.id.str() + ": a status no side had");
  }
  // An approval keeps the stamps it approved; any edit of the content that
  // survives the merge (current or kept as a conflict) and is not one of
  // them makes the report "changed since approval" — in every merge order.
  const Book ba_c = merge(c, merge(b, a));
  for (const Book* merged : {&abc, &ba_c})
    for (const CommunicationReport& r : merged->communication_reports) {
      if (r.meta.deleted || sim.history().deletes.contains(r.meta.id)) continue;
      if (r.review != ReviewState::approved || r.approved_content.empty()) continue;
      std::string approved;
      for (const ApprovedStamp& s : r.approved_content)
        if (s.field == "key_points") approved = s.stamp;
      const std::vector<EditEvent>& edits = sim.history().edits.at(r.meta.id);
      bool unseen_edit = false;
      for (const EditEvent& e : edits) {
        if (e.field != "key_points" || hlc_text(e.stamp) == approved) continue;
        bool superseded = false;
        for (const EditEvent& o : edits)
          if (o.field == e.field && o.stamp != e.stamp && e.stamp <= o.replaced) superseded = true;
        if (!superseded) unseen_edit = true;
      }
      if (changed_since_approval(r) != unseen_edit)
        failures.push_back(r.meta.id.str() + (unseen_edit ? ": an edit after approval is not flagged"
                                                          : ": flagged as changed since approval without an edit"));
    }
  for (const Client& r : abc.clients) check_record(r, sim.history(), failures);
  for (const CommunicationReport& r : abc.communication_reports) check_record(r, sim.history(), failures);
  return failures;
}

void run_histories(uint64_t first, uint64_t count) {
  for (uint64_t seed = first; seed < first + count; ++seed) {
    const std::vector<std::string> failures = check_history(seed);
    if (!failures.empty()) {
      INFO("seed " << seed);
      for (const std::string& f : failures) INFO(f);
      FAIL_CHECK(failures.front());
      return;
    }
  }
}

}  // namespace

TEST_CASE("merge laws hold on random edit histories of two and three actors") {
  run_histories(1, 300);
}

TEST_CASE("merge laws, long run", "[.][merge-laws-long]") {
  const char* env = std::getenv("RM_MERGE_HISTORIES");
  const uint64_t n = env ? std::strtoull(env, nullptr, 10) : 10'000;
  const auto start = std::chrono::steady_clock::now();
  run_histories(1'000'000, n);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("merge laws: %llu histories in %.1f s\n", static_cast<unsigned long long>(n), s);
}

TEST_CASE("an approval and an edit it had not seen: both kept, changed since approval, in either order", "[review]") {
  const char* m = kActors[0];
  const char* s = kActors[1];
  CommunicationReport base;
  base.meta = new_meta(tid("rep"), Hlc{kT0, 0, m});
  base.key_points = "first";
  base.needs = "n";
  base.review = ReviewState::submitted;
  stamp_field(base.meta, "review", Hlc{kT0 + 1, 0, m});
  Book both;
  both.communication_reports.push_back(base);

  // The supervisor approves what she has; the manager, not having seen it, edits.
  Book sup = both, mgr = both;
  CommunicationReport& a = sup.communication_reports[0];
  a.review = ReviewState::approved;
  a.approved_content = content_stamps(a);
  for (const char* f : {"review", "approved_content"}) stamp_field(a.meta, f, Hlc{kT0 + 10, 0, s});
  CHECK_FALSE(changed_since_approval(a));
  CommunicationReport& e = mgr.communication_reports[0];
  e.key_points = "second";
  stamp_field(e.meta, "key_points", Hlc{kT0 + 5, 0, m});

  for (const Book& merged : {merge(sup, mgr), merge(mgr, sup)}) {
    const CommunicationReport& r = merged.communication_reports[0];
    CHECK(r.review == ReviewState::approved);
    CHECK(r.key_points == "second");
    CHECK(changed_since_approval(r));
  }
  // An edit made after seeing the approval is flagged too; an approval that
  // had seen the edit is not.
  Book after = merge(sup, mgr);
  CHECK(text(after) == text(merge(mgr, sup)));
  Book seen = after;
  CommunicationReport& again = seen.communication_reports[0];
  again.approved_content = content_stamps(again);
  stamp_field(again.meta, "approved_content", Hlc{kT0 + 20, 0, s});
  CHECK_FALSE(changed_since_approval(again));
  Book edited = sup;
  edited.communication_reports[0].needs = "more";
  stamp_field(edited.communication_reports[0].meta, "needs", Hlc{kT0 + 30, 0, m});
  CHECK(changed_since_approval(edited.communication_reports[0]));
}

TEST_CASE("review status: a resubmission after a return is a new round and wins over the return", "[review]") {
  const char* m = kActors[0];
  const char* s = kActors[1];
  CommunicationReport base;
  base.meta = new_meta(tid("rep"), Hlc{kT0, 0, m});
  base.key_points = "k";
  base.review = ReviewState::returned;
  stamp_field(base.meta, "review", Hlc{kT0 + 1, 0, s});
  Book returned;
  returned.communication_reports.push_back(base);
  Book resubmitted = returned;
  CommunicationReport& r = resubmitted.communication_reports[0];
  r.review = ReviewState::submitted;
  r.review_round = 1;
  for (const char* f : {"review", "review_round"}) stamp_field(r.meta, f, Hlc{kT0 + 2, 0, m});
  // A second supervisor, concurrently, marks round 0 reviewed: the later round stays.
  Book reviewed = returned;
  CommunicationReport& v = reviewed.communication_reports[0];
  v.review = ReviewState::reviewed;
  stamp_field(v.meta, "review", Hlc{kT0 + 3, 0, s});
  for (const Book& merged : {merge(returned, resubmitted), merge(resubmitted, returned)}) {
    CHECK(merged.communication_reports[0].review == ReviewState::submitted);
    CHECK(merged.communication_reports[0].review_round == 1);
  }
  const Book all = merge(merge(returned, resubmitted), reviewed);
  CHECK(text(all) == text(merge(reviewed, merge(resubmitted, returned))));
  CHECK(all.communication_reports[0].review_round == 1);

  // Round 1 is returned again and handed in as round 2 on one device; another
  // device, which saw only the first return, hands in "round 1" later by its
  // clock. Neither had seen the other: the later round stays.
  Book round2 = resubmitted;
  CommunicationReport& r2 = round2.communication_reports[0];
  r2.review = ReviewState::returned;
  stamp_field(r2.meta, "review", Hlc{kT0 + 4, 0, s});
  r2.review = ReviewState::submitted;
  r2.review_round = 2;
  for (const char* f : {"review", "review_round"}) stamp_field(r2.meta, f, Hlc{kT0 + 5, 0, m});
  Book late = returned;
  CommunicationReport& l = late.communication_reports[0];
  l.review = ReviewState::submitted;
  l.review_round = 1;
  for (const char* f : {"review", "review_round"}) stamp_field(l.meta, f, Hlc{kT0 + 9, 0, kActors[2]});
  for (const Book& merged : {merge(round2, late), merge(late, round2)}) {
    CHECK(merged.communication_reports[0].review_round == 2);
    CHECK(merged.communication_reports[0].review == ReviewState::submitted);
    CHECK(open_conflicts(merged).empty());  // a lower round is no conflict to resolve
  }
}

TEST_CASE("review status: a concurrent return is not taken as seen because the other device's clock runs ahead",
          "[review]") {
  // The supervisor's laptop (clock right) returns the report; the manager's
  // (clock three hours ahead) had submitted it and then marks it reviewed,
  // never having seen the return. By the stamps the return is older than what
  // the mark replaced, so it reads as seen — the status must still not end
  // behind the return (docs/data-format.md, "Review").
  const char* sup = kActors[2];
  const char* mgr = kActors[1];
  constexpr int64_t kAhead = 3 * 3'600'000;
  CommunicationReport base;
  base.meta = new_meta(tid("rep"), Hlc{kT0, 0, sup});
  Book both;
  both.communication_reports.push_back(base);

  Book at_sup = both, at_mgr = both;
  CommunicationReport& s = at_sup.communication_reports[0];
  s.review = ReviewState::submitted;
  stamp_field(s.meta, "review", Hlc{kT0 + 39, 0, sup});
  s.review = ReviewState::returned;
  stamp_field(s.meta, "review", Hlc{kT0 + 41, 0, sup});
  CommunicationReport& m = at_mgr.communication_reports[0];
  m.review = ReviewState::submitted;
  stamp_field(m.meta, "review", Hlc{kT0 + kAhead + 31, 0, mgr});
  m.review = ReviewState::reviewed;
  stamp_field(m.meta, "review", Hlc{kT0 + kAhead + 66, 0, mgr});

  const Book one = merge(at_sup, at_mgr);
  CHECK(text(one) == text(merge(at_mgr, at_sup)));
  CHECK(text(merge(one, one)) == text(one));
  const CommunicationReport& r = one.communication_reports[0];
  CHECK(r.review == ReviewState::returned);
  // The mark it displaced is kept, not lost, with the round it belongs to.
  bool kept = false;
  for (const FieldConflict& c : r.meta.conflicts) kept = kept || (c.field == "review" && c.value == "[0,\"reviewed\"]");
  CHECK(kept);
}
