// The client book as a searchable, filterable, sortable table (the Clients
// screen; docs/ui-automation.md, "Clients") — pure C++, no UI.
//
// Two steps, so that a 50 000-client book stays instant:
//   1. ClientTable::build() derives, once per change of the book (or of the
//      date), everything the table shows and filters on: effective tier under
//      the active policy, age, life stage, latest risk level, last contact,
//      next maturity, manager — plus precomputed sort ranks for the text
//      columns and one contiguous lowercase search haystack holding each
//      client's name, id, phone numbers and pinyin keys (full and initials,
//      with the readings of a polyphonic surname).
//   2. filter_clients() walks the rows ONCE, applying the cheap facet tests
//      first and the substring search last; sort_rows() orders the result by
//      integer keys only.
// The UI calls step 2 only when the filter, the sort or the table changed —
// never per frame.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/money.h"
#include "core/policy/policy.h"

namespace rm {

enum class ClientColumn : uint8_t {
  name,
  tier,
  aum,
  age,
  life_stage,
  risk,
  last_contact,
  days_since_contact,
  next_maturity,
  manager,
  tags,
  phone,  // last: saved sort choices keep their numbers
};
inline constexpr int kClientColumnCount = 12;

struct ClientRow {
  static constexpr uint32_t npos = UINT32_MAX;
  uint32_t client = 0;          // position in book.clients
  std::string tier;             // effective tier code; empty = below every tier
  int tier_rank = -1;           // position in the policy's tier list; -1 = none
  bool tier_overridden = false; // a manual tier won over the computed one
  Fen aum = 0;                  // average daily financial assets at this bank
  int age = -1;                 // whole years; -1 unknown
  int life_stage = -1;          // LifeStage as int; -1 none (no age, under 20)
  int risk_level = 0;           // 1..5 (C1..C5) of the latest assessment; 0 never assessed
  bool risk_expired = false;    // the latest assessment is past its validity
  std::optional<Date> last_contact;
  std::optional<Date> next_maturity;  // earliest maturity of a live holding on or after today
  uint32_t manager = npos;      // position in book.managers; npos unassigned/unknown
  RecordId manager_id;          // as the client record holds it (empty: unassigned)
  int orientation = 0;          // Orientation as int
  int occupation = 0;           // OccupationClass as int
  // Precomputed ranks (0 = first) for the text columns, so sorting compares integers.
  uint32_t name_rank = 0;       // by pinyin, then bytes
  uint32_t manager_rank = 0;
  uint32_t tags_rank = 0;
  // The first phone number as written: namesakes (three 张斌) differ by it.
  std::string phone;
  uint32_t phone_rank = 0;
};

// A set of facet filters plus a search text. Facets combine with AND; the
// values inside one facet with OR. Empty/zero/negative = the facet is off.
struct ClientFilter {
  std::string search;                 // space-separated terms, all must match
  std::vector<std::string> tiers;     // effective tier codes; "" = below every tier
  uint32_t orientations = 0;          // bit per Orientation value
  uint32_t occupations = 0;           // bit per OccupationClass value
  uint32_t life_stages = 0;           // bit 0 = no stage, bit s+1 = LifeStage s
  uint32_t risk_levels = 0;           // bit 0 = never assessed, bits 1..5 = C1..C5, bit 6 = expired
  bool overdue = false;               // only clients with an overdue compliance item
  int maturing_within_days = -1;      // a holding matures in [today, today + N]
  int no_contact_days = -1;           // last contact N or more days ago, or never
  std::vector<std::string> managers;  // manager ids; "" = unassigned
  friend bool operator==(const ClientFilter&, const ClientFilter&) = default;
};
inline constexpr uint32_t kRiskExpiredBit = 1u << 6;

class ClientTable {
 public:
  ClientTable() = default;
  // Builds rows for every live client. O(n log n) (the name ranks).
  static ClientTable build(const Book& book, const BookIndex& index, const Policy& policy, Date today);

  const std::vector<ClientRow>& rows() const { return rows_; }
  size_t size() const { return rows_.size(); }
  Date today() const { return today_; }
  // The lowercase text one row is searched in (for tests and debugging).
  std::string_view haystack(uint32_t row) const {
    return std::string_view(haystack_).substr(offsets_[row], offsets_[row + 1] - offsets_[row]);
  }
  // Every row in the order of COLUMN (ties by name, missing values last),
  // computed on first use and kept with the table: sorting a filtered list is
  // then one walk over this order, not a sort. Not thread-safe (a UI cache).
  const std::vector<uint32_t>& order(ClientColumn column, bool descending) const;
  // Differs between any two builds: what cached results are checked against.
  uint64_t serial() const { return serial_; }

 private:
  friend class ClientQuery;
  friend std::vector<uint32_t> filter_clients(const ClientTable&, const ClientFilter&, const std::vector<uint8_t>*,
                                              std::vector<uint8_t>*);
  std::vector<ClientRow> rows_;
  std::string haystack_;
  std::vector<uint32_t> offsets_{0};
  Date today_;
  uint64_t serial_ = 0;
  mutable std::vector<std::vector<uint32_t>> orders_;  // [column * 2 + descending], lazily
};

// Lowercases ASCII and splits on spaces: the terms every match must contain.
std::vector<std::string> search_terms(std::string_view text);

// Row positions (into table.rows()) that pass FILTER, in table order, in one
// pass. OVERDUE holds a flag per book.clients position (the planner's
// client_overdue); required only when filter.overdue is set — without it no
// client counts as overdue.
//
// STARTS, when given, is resized to table.size() and set to 1 for each
// matching row where every search term starts a field (the name, a phone
// number, the id, or a pinyin key — `zw` starts 张伟's initials): the best
// matches, which promote_best_matches() lists first.
std::vector<uint32_t> filter_clients(const ClientTable& table, const ClientFilter& filter,
                                     const std::vector<uint8_t>* overdue = nullptr,
                                     std::vector<uint8_t>* starts = nullptr);

// Moves the rows flagged in STARTS (indexed by row) to the front, keeping the
// order within both groups: with a search, names that begin with what was
// typed come first, each group in the chosen sort order.
void promote_best_matches(std::vector<uint32_t>& rows, const std::vector<uint8_t>& starts);

// Orders row positions by COLUMN; ties by name. Missing values (no age,
// never contacted, no maturity…) go last in either direction.
void sort_rows(const ClientTable& table, std::vector<uint32_t>& rows, ClientColumn column, bool descending);

// What the Clients screen lists, query after query: filter_clients,
// sort_rows and promote_best_matches in one, with the same result, made
// cheap for typing. It remembers its last few results, so that
//  - a query it has seen (deleting back to an earlier text) is not redone;
//  - a search that extends the previous one (`z`, then `zw`) tests only the
//    previous matches, already in display order, instead of the whole book;
//  - otherwise the longest search term is found by one scan of the table's
//    haystack, the facets tested on those rows only, and the result ordered
//    by the table's precomputed column order.
// Its buffers are reused, so a keystroke allocates nothing in the usual case.
class ClientQuery {
 public:
  // How run() got its answer (for tests and the benchmark).
  enum class Path : uint8_t { fresh, narrowed, remembered };

  // Rows matching FILTER in display order: with a search, the rows where
  // every term starts a field first; each group in the order of COLUMN.
  // OVERDUE as for filter_clients. The reference stays valid until the next
  // call or clear().
  const std::vector<uint32_t>& run(const ClientTable& table, const ClientFilter& filter, ClientColumn column,
                                   bool descending, const std::vector<uint8_t>* overdue = nullptr);
  Path last_path() const { return path_; }
  // Forgets every remembered result (they are also dropped with their table).
  void clear();

 private:
  struct Result {
    uint64_t table = 0;
    ClientFilter filter;
    ClientColumn column = ClientColumn::name;
    bool descending = false;
    bool reusable = false;          // false with the overdue facet: its flags live elsewhere
    std::vector<uint32_t> sorted;   // the matches in column order
    std::vector<uint8_t> starts;    // per entry of `sorted`: every term starts a field
    std::vector<uint32_t> display;  // best matches first
    uint64_t used = 0;
  };
  Result& slot_for_new_result();
  static void finish(Result& r, bool searched);

  std::vector<Result> results_;
  uint64_t clock_ = 0;
  Path path_ = Path::fresh;
  // Scratch reused between calls.
  std::vector<std::string> terms_, old_terms_;
  std::vector<uint32_t> hits_;
  std::vector<uint8_t> hit_starts_;
  std::vector<uint8_t> mark_;  // per table row, zero between calls
};

// Saved views keep a filter as JSON (per-device preference).
std::string filter_to_json(const ClientFilter& filter);
std::optional<ClientFilter> filter_from_json(std::string_view json);

struct SavedClientView {
  std::string name;
  ClientFilter filter;
  friend bool operator==(const SavedClientView&, const SavedClientView&) = default;
};
// [{"name": "…", "filter": {…}}, …]; unreadable entries are skipped.
std::string saved_views_to_json(const std::vector<SavedClientView>& views);
std::vector<SavedClientView> saved_views_from_json(std::string_view json);

}  // namespace rm
