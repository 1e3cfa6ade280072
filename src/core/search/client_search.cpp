#include "core/search/client_search.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>

#include "core/finance/life_stage.h"
#include "core/risk/assessment_validity.h"
#include "core/text/pinyin.h"

namespace rm {

namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

char* copy_lower(char* out, std::string_view s) {
  for (char c : s) *out++ = lower_ascii(c);
  return out;
}

// Separates fields in the haystack so a term never matches across two.
constexpr char kSep = '\x1f';

// Ranks of STRINGS (index = row): equal strings share a rank.
std::vector<uint32_t> ranks_of(const std::vector<std::string>& keys) {
  // The first eight bytes as one big-endian integer (short keys padded with
  // zeros, which sort first as a shorter string does): most comparisons end
  // there, without touching the strings.
  std::vector<uint64_t> prefix(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    uint64_t p = 0;
    for (size_t k = 0; k < 8; ++k)
      p = p << 8 | (k < keys[i].size() ? static_cast<uint8_t>(keys[i][k]) : 0u);
    prefix[i] = p;
  }
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return prefix[a] != prefix[b] ? prefix[a] < prefix[b] : keys[a] < keys[b];
  });
  std::vector<uint32_t> rank(keys.size());
  uint32_t r = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    if (i && keys[order[i]] != keys[order[i - 1]]) r = static_cast<uint32_t>(i);
    rank[order[i]] = r;
  }
  return rank;
}

// A sort key that puts readings of Chinese names in pinyin order, one
// character's syllable at a time (pinyin.h), then bytes.
std::string name_sort_key(const std::string& name) {
  std::string key = pinyin::name_sort_key(name);
  key.push_back('\0');
  key += name;
  return key;
}

// Eight bytes at P, whatever their alignment.
uint64_t load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

constexpr uint64_t kLow7 = 0x7f7f'7f7f'7f7f'7f7full;
constexpr uint64_t kOnes = 0x0101'0101'0101'0101ull;

// The top bit of each byte of W that equals the byte repeated in PATTERN:
// eight comparisons in a few integer operations, exact (no false hits).
uint64_t bytes_equal(uint64_t w, uint64_t pattern) {
  const uint64_t x = w ^ pattern;
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

// How often a byte occurs in the haystack (names' pinyin, phone digits, hex
// ids), roughly: 0 = rare. The scan anchors on a term's rarest pair of bytes.
int commonness(char c) {
  static constexpr std::string_view kCommon = "-zougnihfedcba9876543210";  // rising
  const size_t at = kCommon.find(c);
  return at == std::string_view::npos ? 0 : static_cast<int>(at) + 1;
}

// Rows whose text contains TERM, in row order, by one pass over the whole
// haystack (no per-row calls). It looks for two adjacent bytes of the term
// (its rarest pair), eight haystack positions at a time, and compares the
// whole term only where both match: a digit pair such as `13` is ten times
// rarer than a `1`, which matters because digits are half the haystack.
// With STARTS, also records per hit row whether an occurrence starts a field.
void scan_term(std::string_view hay, const std::vector<uint32_t>& offsets, std::string_view term,
               std::vector<uint32_t>& rows, std::vector<uint8_t>* starts) {
  rows.clear();
  if (starts) starts->clear();
  const size_t m = term.size(), n = hay.size();
  if (m == 0 || m > n) return;
  size_t a = 0;  // the anchor: term[a] (and term[a + 1] when there is one)
  if (m >= 2) {
    int best = std::numeric_limits<int>::max();
    for (size_t i = 0; i + 1 < m; ++i) {
      const int c = commonness(term[i]) + commonness(term[i + 1]);
      if (c < best) best = c, a = i;
    }
  }
  const char* base = hay.data();
  size_t row = 0;
  size_t resume = a;  // candidates before this (anchor) position are already settled
  // Settles the candidate whose anchor is at Q; moves `resume` past its row
  // once nothing more is to be learnt there.
  const auto check = [&](size_t q) {
    if (q < resume) return;
    const size_t at = q - a;
    if (at + m > n || std::memcmp(base + at, term.data(), m) != 0) return;
    while (offsets[row + 1] <= at) ++row;
    if (at + m > offsets[row + 1]) return;  // across two rows
    if (rows.empty() || rows.back() != row) {
      rows.push_back(static_cast<uint32_t>(row));
      if (starts) starts->push_back(0);
    }
    if (starts) {
      if (at != offsets[row] && base[at - 1] != kSep) return;  // keep looking for one that starts a field
      starts->back() = 1;
    }
    resume = offsets[row + 1] + a;
  };
  const uint64_t p0 = kOnes * static_cast<uint8_t>(term[a]);
  size_t q = a;
  if constexpr (std::endian::native == std::endian::little) {
    if (m >= 2) {
      const uint64_t p1 = kOnes * static_cast<uint8_t>(term[a + 1]);
      for (; q + 9 <= n; q = std::max(q + 8, resume))
        for (uint64_t bits = bytes_equal(load8(base + q), p0) & bytes_equal(load8(base + q + 1), p1); bits;
             bits &= bits - 1)
          check(q + static_cast<size_t>(std::countr_zero(bits)) / 8);
    } else {
      for (; q + 8 <= n; q = std::max(q + 8, resume))
        for (uint64_t bits = bytes_equal(load8(base + q), p0); bits; bits &= bits - 1)
          check(q + static_cast<size_t>(std::countr_zero(bits)) / 8);
    }
  }
  for (; q < n; ++q)
    if (base[q] == term[a] && (m == 1 || (q + 1 < n && base[q + 1] == term[a + 1]))) check(q);
}

// Whether one row's text H holds every term but SKIP (known to be there);
// with ALL_START, also whether every term (SKIP included, whose answer is
// SKIP_STARTS) starts a field somewhere.
bool row_has_terms(std::string_view h, const std::vector<std::string>& terms, size_t skip, bool skip_starts,
                   bool* all_start) {
  bool starts_all = skip_starts;
  for (size_t k = 0; k < terms.size(); ++k) {
    if (k == skip) continue;
    const std::string& term = terms[k];
    size_t at = h.find(term);
    if (at == std::string_view::npos) return false;
    if (!all_start || !starts_all) continue;
    while (at != std::string_view::npos && at != 0 && h[at - 1] != kSep) at = h.find(term, at + 1);
    starts_all = at != std::string_view::npos;
  }
  if (all_start) *all_start = starts_all;
  return true;
}

template <class T>
bool contains(const std::vector<std::string>& set, const T& value) {
  return std::find(set.begin(), set.end(), value) != set.end();  // a RecordId compares with its text
}

bool passes_facets(const ClientRow& row, const ClientFilter& f, Date today, const std::vector<uint8_t>* overdue) {
  if (!f.tiers.empty() && !contains(f.tiers, row.tier)) return false;
  if (f.orientations && !(f.orientations & (1u << row.orientation))) return false;
  if (f.occupations && !(f.occupations & (1u << row.occupation))) return false;
  if (!f.managers.empty() && !contains(f.managers, row.manager_id)) return false;
  if (f.life_stages && !(f.life_stages & (1u << (row.life_stage + 1)))) return false;
  if (f.risk_levels) {
    const bool level = f.risk_levels & (1u << row.risk_level);
    const bool expired = row.risk_expired && (f.risk_levels & kRiskExpiredBit);
    if (!level && !expired) return false;
  }
  if (f.overdue && !(overdue && row.client < overdue->size() && (*overdue)[row.client])) return false;
  if (f.maturing_within_days >= 0 && !(row.next_maturity && *row.next_maturity - today <= f.maturing_within_days))
    return false;
  if (f.no_contact_days >= 0 && row.last_contact && today - *row.last_contact < f.no_contact_days) return false;
  return true;
}

bool any_facet(const ClientFilter& f) {
  return !f.tiers.empty() || f.orientations || f.occupations || !f.managers.empty() || f.life_stages ||
         f.risk_levels || f.overdue || f.maturing_within_days >= 0 || f.no_contact_days >= 0;
}

size_t longest_term(const std::vector<std::string>& terms) {
  size_t longest = 0;
  for (size_t k = 1; k < terms.size(); ++k)
    if (terms[k].size() > terms[longest].size()) longest = k;
  return longest;
}

// search_terms() into a vector whose strings keep their capacity.
void split_terms(std::string_view text, std::vector<std::string>& terms) {
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    if (i == text.size()) break;
    if (terms.size() == n) terms.emplace_back();
    std::string& t = terms[n++];
    t.clear();
    for (; i < text.size() && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'); ++i)
      t.push_back(lower_ascii(text[i]));
  }
  terms.resize(n);
}

}  // namespace

ClientTable ClientTable::build(const Book& book, const BookIndex& index, const Policy& policy, Date today) {
  ClientTable t;
  t.today_ = today;
  t.rows_.reserve(book.clients.size());
  t.offsets_.reserve(book.clients.size() + 1);
  t.haystack_.reserve(book.clients.size() * 96);
  std::vector<std::string> name_keys, tag_keys, phone_keys;
  name_keys.reserve(book.clients.size());

  // Managers are ranked among themselves (a few keys, not one per client);
  // the last key stands for "unassigned", after every name.
  const std::string unassigned_key(1, '\x7f');
  std::vector<std::string> manager_key(book.managers.size() + 1);
  for (size_t m = 0; m < book.managers.size(); ++m) manager_key[m] = name_sort_key(book.managers[m].name);
  manager_key.back() = unassigned_key;
  const std::vector<uint32_t> manager_rank = ranks_of(manager_key);

  RecordId last_manager_id;
  uint32_t last_manager = BookIndex::npos;
  for (uint32_t i = 0; i < book.clients.size(); ++i) {
    const Client& c = book.clients[i];
    if (c.meta.deleted) continue;
    ClientRow row;
    row.client = i;

    const TierFacts facts = tier_facts(c, today);
    const TierAssignment tier = assign_tier(policy.tiers, facts, c.tier_override);
    row.tier = tier.tier;
    row.tier_overridden = tier.override_applied.has_value();
    for (size_t k = 0; k < policy.tiers.tiers.size(); ++k)
      if (policy.tiers.tiers[k].code == row.tier) row.tier_rank = static_cast<int>(k);
    row.aum = c.average_daily_assets;
    row.age = facts.age.value_or(-1);

    const uint32_t h = c.household_id.empty() ? BookIndex::npos : index.household(c.household_id);
    const Household* household = h == BookIndex::npos || book.households[h].meta.deleted ? nullptr : &book.households[h];
    if (const auto stage = life_stage(life_stage_facts(c, household, facts.age, today))) row.life_stage = static_cast<int>(*stage);

    const RiskAssessment* latest = nullptr;
    for (uint32_t k : index.assessments_of(i)) {
      const RiskAssessment& a = book.risk_assessments[k];
      if (!a.meta.deleted && (!latest || latest->date < a.date)) latest = &a;
    }
    if (latest) {
      row.risk_level = rank(latest->level);
      row.risk_expired = !assessment_valid(latest->date, today);
    }
    for (uint32_t k : index.contacts_of(i)) {
      const Contact& ct = book.contacts[k];
      if (ct.meta.deleted || ct.date > today) continue;
      if (!row.last_contact || *row.last_contact < ct.date) row.last_contact = ct.date;
    }
    for (uint32_t k : index.holdings_of(i)) {
      const Holding& h = book.holdings[k];
      if (h.meta.deleted || !h.maturity || *h.maturity < today) continue;
      if (!row.next_maturity || *h.maturity < *row.next_maturity) row.next_maturity = h.maturity;
    }
    row.orientation = static_cast<int>(c.orientation);
    row.occupation = static_cast<int>(c.occupation);
    row.manager_id = c.manager_id;
    if (!c.manager_id.empty()) {
      // Clients come in runs of the same manager: one lookup per run.
      if (c.manager_id != last_manager_id) {
        last_manager_id = c.manager_id;
        last_manager = index.manager(c.manager_id);
      }
      const uint32_t m = last_manager;
      if (m != BookIndex::npos && !book.managers[m].meta.deleted) row.manager = m;
    }

    // The search haystack: name, id, phones (as written and digits only),
    // pinyin keys. Written through a pointer into room made once per row:
    // appending byte by byte is a call per byte in the WASM build.
    std::vector<std::string> keys = pinyin::name_keys(c.name);
    const auto searched = [](const ContactPoint& p) {
      return p.channel == Channel::phone || p.channel == Channel::sms || p.channel == Channel::wechat;
    };
    size_t room = c.name.size() + 1 + 36;
    for (const ContactPoint& p : c.contact_points)
      if (searched(p)) room += 2 + 2 * p.value.size();
    for (const std::string& k : keys) room += 1 + k.size();
    std::string& hay = t.haystack_;
    const size_t row_start = hay.size();
    hay.resize(row_start + room);
    char* w = hay.data() + row_start;
    w = copy_lower(w, c.name);
    *w++ = kSep;
    w += c.meta.id.write_text(w);  // lowercase already
    for (const ContactPoint& p : c.contact_points) {
      if (!searched(p)) continue;
      *w++ = kSep;
      char* const written = w;
      w = copy_lower(w, p.value);
      *w++ = kSep;
      char* const digits = w;
      for (char ch : p.value)
        if (ch >= '0' && ch <= '9') *w++ = ch;
      // A number written as bare digits would be there twice: once is enough
      // (a second copy of a field changes no match and no best match).
      if (w - digits == digits - 1 - written) w = digits - 1;
    }
    for (const std::string& k : keys) {
      *w++ = kSep;
      std::memcpy(w, k.data(), k.size());
      w += k.size();
    }
    hay.resize(static_cast<size_t>(w - hay.data()));
    t.offsets_.push_back(static_cast<uint32_t>(hay.size()));

    name_keys.push_back(name_sort_key(c.name));
    std::string tk;
    for (const std::string& tag : c.tags) {
      tk += tag;
      tk.push_back('\x01');
    }
    if (tk.empty()) tk = unassigned_key;
    tag_keys.push_back(std::move(tk));
    for (const ContactPoint& p : c.contact_points)
      if (p.channel == Channel::phone) {
        row.phone = p.value;
        break;
      }
    phone_keys.push_back(row.phone.empty() ? unassigned_key : row.phone);
    t.rows_.push_back(std::move(row));
  }

  const std::vector<uint32_t> nr = ranks_of(name_keys), tr = ranks_of(tag_keys), pr = ranks_of(phone_keys);
  for (size_t r = 0; r < t.rows_.size(); ++r) {
    ClientRow& row = t.rows_[r];
    row.name_rank = nr[r];
    row.manager_rank = manager_rank[row.manager == ClientRow::npos ? book.managers.size() : row.manager];
    row.tags_rank = tr[r];
    row.phone_rank = pr[r];
  }
  static std::atomic<uint64_t> builds{0};
  t.serial_ = ++builds;
  return t;
}

std::vector<std::string> search_terms(std::string_view text) {
  std::vector<std::string> terms;
  std::string cur;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!cur.empty()) terms.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(lower_ascii(c));
    }
  }
  if (!cur.empty()) terms.push_back(std::move(cur));
  return terms;
}

std::vector<uint32_t> filter_clients(const ClientTable& table, const ClientFilter& f,
                                     const std::vector<uint8_t>* overdue, std::vector<uint8_t>* starts) {
  const std::vector<std::string> terms = search_terms(f.search);
  if (starts) starts->assign(table.rows_.size(), 0);
  const Date today = table.today_;
  std::vector<uint32_t> out;
  if (terms.empty()) {
    out.reserve(table.rows_.size());
    for (uint32_t r = 0; r < table.rows_.size(); ++r)
      if (passes_facets(table.rows_[r], f, today, overdue)) out.push_back(r);
    return out;
  }
  // The longest term is looked up in one scan of all the text; the others (if
  // any) only in the rows that passed it and the facets.
  const size_t longest = longest_term(terms);
  std::vector<uint32_t> hits;
  std::vector<uint8_t> hit_starts;
  scan_term(table.haystack_, table.offsets_, terms[longest], hits, starts ? &hit_starts : nullptr);
  out.reserve(hits.size());
  for (size_t k = 0; k < hits.size(); ++k) {
    const uint32_t r = hits[k];
    if (!passes_facets(table.rows_[r], f, today, overdue)) continue;
    bool all_start = false;
    if (!row_has_terms(table.haystack(r), terms, longest, starts && hit_starts[k], starts ? &all_start : nullptr))
      continue;
    if (starts && all_start) (*starts)[r] = 1;
    out.push_back(r);
  }
  return out;
}

void promote_best_matches(std::vector<uint32_t>& rows, const std::vector<uint8_t>& starts) {
  std::stable_partition(rows.begin(), rows.end(), [&](uint32_t r) { return r < starts.size() && starts[r]; });
}

namespace {
void sort_directly(const ClientTable& table, std::vector<uint32_t>& rows, ClientColumn column, bool descending);
}  // namespace

const std::vector<uint32_t>& ClientTable::order(ClientColumn column, bool descending) const {
  if (orders_.empty()) orders_.resize(2 * kClientColumnCount);
  std::vector<uint32_t>& o = orders_[static_cast<size_t>(column) * 2 + (descending ? 1 : 0)];
  if (o.size() != rows_.size()) {
    o.resize(rows_.size());
    std::iota(o.begin(), o.end(), 0u);
    sort_directly(*this, o, column, descending);
  }
  return o;
}

void sort_rows(const ClientTable& table, std::vector<uint32_t>& rows, ClientColumn column, bool descending) {
  // A short list sorts directly; a long one is picked out of the table's
  // precomputed order in one linear walk.
  if (rows.size() < 2048 || rows.size() * 16 < table.size()) {
    sort_directly(table, rows, column, descending);
    return;
  }
  std::vector<uint8_t> wanted(table.size(), 0);
  for (uint32_t r : rows) wanted[r] = 1;
  size_t n = 0;
  for (uint32_t r : table.order(column, descending))
    if (wanted[r]) rows[n++] = r;
}

namespace {

// Equal filters but for the search text.
bool same_facets(const ClientFilter& a, const ClientFilter& b) {
  return a.tiers == b.tiers && a.orientations == b.orientations && a.occupations == b.occupations &&
         a.life_stages == b.life_stages && a.risk_levels == b.risk_levels && a.overdue == b.overdue &&
         a.maturing_within_days == b.maturing_within_days && a.no_contact_days == b.no_contact_days &&
         a.managers == b.managers;
}

// Every row matching NEW_TERMS matches OLD_TERMS too when each old term
// lies inside some new term (`z` inside `zw`; `1381` inside `13812`).
bool narrows(const std::vector<std::string>& old_terms, const std::vector<std::string>& new_terms) {
  for (const std::string& o : old_terms) {
    bool inside = false;
    for (const std::string& t : new_terms) inside = inside || t.find(o) != std::string::npos;
    if (!inside) return false;
  }
  return true;
}

}  // namespace

void ClientQuery::clear() { results_.clear(); }

ClientQuery::Result& ClientQuery::slot_for_new_result() {
  // A handful: the texts on the way back when deleting what was typed.
  constexpr size_t kRemembered = 8;
  if (results_.capacity() < kRemembered) results_.reserve(kRemembered);  // no moves while one is referenced
  if (results_.size() < kRemembered) return results_.emplace_back();
  return *std::min_element(results_.begin(), results_.end(),
                           [](const Result& a, const Result& b) { return a.used < b.used; });
}

const std::vector<uint32_t>& ClientQuery::run(const ClientTable& table, const ClientFilter& filter,
                                              ClientColumn column, bool descending,
                                              const std::vector<uint8_t>* overdue) {
  ++clock_;
  std::erase_if(results_, [&](const Result& r) { return r.table != table.serial_; });
  // The overdue flags are the caller's and may change under the same table:
  // such results are neither looked up nor narrowed.
  const bool reusable = !filter.overdue;
  if (reusable)
    for (Result& r : results_)
      if (r.reusable && r.column == column && r.descending == descending && r.filter == filter) {
        r.used = clock_;
        path_ = Path::remembered;
        return r.display;
      }

  split_terms(filter.search, terms_);
  // The smallest remembered result that holds every row this query can
  // match: the same facets and a search this one narrows. Testing its rows
  // beats a scan of the whole book only while they are few.
  Result* from = nullptr;
  if (reusable)
    for (Result& r : results_) {
      if (!r.reusable || !same_facets(r.filter, filter) || r.sorted.size() * 4 > table.size()) continue;
      split_terms(r.filter.search, old_terms_);
      if (!narrows(old_terms_, terms_)) continue;
      if (!from || r.sorted.size() < from->sorted.size()) from = &r;
    }
  // The slot is taken before `from` is read, so it must not be `from` itself:
  // `from` was just found useful, so it is not the least recently used.
  if (from) from->used = clock_;
  Result& out = slot_for_new_result();
  out.table = table.serial_;
  out.filter = filter;
  out.column = column;
  out.descending = descending;
  out.reusable = reusable;
  out.used = clock_;
  out.sorted.clear();
  out.starts.clear();

  if (from && from->column == column && from->descending == descending) {
    // Already in display order: keep the rows that still match.
    for (size_t i = 0; i < from->sorted.size(); ++i) {
      const uint32_t r = from->sorted[i];
      bool all_start = false;
      if (!row_has_terms(table.haystack(r), terms_, SIZE_MAX, true, &all_start)) continue;
      out.sorted.push_back(r);
      out.starts.push_back(all_start ? 1 : 0);
    }
    path_ = Path::narrowed;
  } else {
    hits_.clear();
    hit_starts_.clear();
    const Date today = table.today_;
    if (from) {  // the same matches or fewer, in another order
      for (size_t i = 0; i < from->sorted.size(); ++i) {
        const uint32_t r = from->sorted[i];
        bool all_start = false;
        if (!row_has_terms(table.haystack(r), terms_, SIZE_MAX, true, &all_start)) continue;
        hits_.push_back(r);
        hit_starts_.push_back(all_start ? 1 : 0);
      }
      path_ = Path::narrowed;
    } else if (terms_.empty()) {
      const bool facets = any_facet(filter);
      for (uint32_t r = 0; r < table.rows_.size(); ++r)
        if (!facets || passes_facets(table.rows_[r], filter, today, overdue)) hits_.push_back(r);
      hit_starts_.assign(hits_.size(), 0);
      path_ = Path::fresh;
    } else {
      const size_t longest = longest_term(terms_);
      scan_term(table.haystack_, table.offsets_, terms_[longest], hits_, &hit_starts_);
      size_t w = 0;
      for (size_t k = 0; k < hits_.size(); ++k) {
        const uint32_t r = hits_[k];
        bool all_start = false;
        if (!passes_facets(table.rows_[r], filter, today, overdue) ||
            !row_has_terms(table.haystack(r), terms_, longest, hit_starts_[k] != 0, &all_start))
          continue;
        hits_[w] = r;
        hit_starts_[w++] = all_start ? 1 : 0;
      }
      hits_.resize(w);
      hit_starts_.resize(w);
      path_ = Path::fresh;
    }
    // Into column order. mark_ holds 1 + starts per matching row meanwhile.
    if (mark_.size() != table.size()) mark_.assign(table.size(), 0);
    for (size_t k = 0; k < hits_.size(); ++k) mark_[hits_[k]] = static_cast<uint8_t>(1 + hit_starts_[k]);
    if (hits_.size() < 2048 || hits_.size() * 16 < table.size()) {
      out.sorted.assign(hits_.begin(), hits_.end());
      sort_directly(table, out.sorted, column, descending);
    } else {
      out.sorted.reserve(hits_.size());
      for (uint32_t r : table.order(column, descending))
        if (mark_[r]) out.sorted.push_back(r);
    }
    out.starts.resize(out.sorted.size());
    for (size_t i = 0; i < out.sorted.size(); ++i) {
      out.starts[i] = static_cast<uint8_t>(mark_[out.sorted[i]] - 1);
      mark_[out.sorted[i]] = 0;
    }
  }
  finish(out, !terms_.empty());
  return out.display;
}

void ClientQuery::finish(Result& r, bool searched) {
  r.display.clear();
  if (!searched) {
    r.display.assign(r.sorted.begin(), r.sorted.end());
    return;
  }
  r.display.reserve(r.sorted.size());
  for (size_t i = 0; i < r.sorted.size(); ++i)
    if (r.starts[i]) r.display.push_back(r.sorted[i]);
  for (size_t i = 0; i < r.sorted.size(); ++i)
    if (!r.starts[i]) r.display.push_back(r.sorted[i]);
}

namespace {

void sort_directly(const ClientTable& table, std::vector<uint32_t>& rows, ClientColumn column, bool descending) {
  struct Key {
    int64_t key;
    uint32_t tie;
    uint32_t row;
    bool missing;
  };
  const Date today = table.today();
  std::vector<Key> keys;
  keys.reserve(rows.size());
  for (uint32_t r : rows) {
    const ClientRow& x = table.rows()[r];
    Key k{0, x.name_rank, r, false};
    switch (column) {
      case ClientColumn::name: k.key = x.name_rank; break;
      case ClientColumn::tier: k.key = x.tier_rank; k.missing = x.tier_rank < 0; break;
      case ClientColumn::aum: k.key = x.aum; break;
      case ClientColumn::age: k.key = x.age; k.missing = x.age < 0; break;
      case ClientColumn::life_stage: k.key = x.life_stage; k.missing = x.life_stage < 0; break;
      case ClientColumn::risk: k.key = x.risk_level; k.missing = x.risk_level == 0; break;
      case ClientColumn::last_contact:
        k.missing = !x.last_contact;
        k.key = x.last_contact ? x.last_contact->days() : 0;
        break;
      case ClientColumn::days_since_contact:
        k.missing = !x.last_contact;
        k.key = x.last_contact ? today - *x.last_contact : 0;
        break;
      case ClientColumn::next_maturity:
        k.missing = !x.next_maturity;
        k.key = x.next_maturity ? x.next_maturity->days() : 0;
        break;
      case ClientColumn::manager: k.key = x.manager_rank; k.missing = x.manager == ClientRow::npos; break;
      case ClientColumn::tags: k.key = x.tags_rank; break;
      case ClientColumn::phone: k.key = x.phone_rank; k.missing = x.phone.empty(); break;
    }
    keys.push_back(k);
  }
  std::sort(keys.begin(), keys.end(), [descending](const Key& a, const Key& b) {
    if (a.missing != b.missing) return b.missing;
    if (a.key != b.key) return descending ? a.key > b.key : a.key < b.key;
    if (a.tie != b.tie) return a.tie < b.tie;
    return a.row < b.row;
  });
  for (size_t i = 0; i < keys.size(); ++i) rows[i] = keys[i].row;
}

}  // namespace

namespace {

nlohmann::json filter_json(const ClientFilter& f) {
  nlohmann::json j;
  j["search"] = f.search;
  j["tiers"] = f.tiers;
  j["orientations"] = f.orientations;
  j["occupations"] = f.occupations;
  j["life_stages"] = f.life_stages;
  j["risk_levels"] = f.risk_levels;
  j["overdue"] = f.overdue;
  j["maturing_within_days"] = f.maturing_within_days;
  j["no_contact_days"] = f.no_contact_days;
  j["managers"] = f.managers;
  return j;
}

std::optional<ClientFilter> filter_of(const nlohmann::json& j) {
  if (!j.is_object()) return std::nullopt;
  ClientFilter f;
  try {
    if (j.contains("search")) f.search = j.at("search").get<std::string>();
    if (j.contains("tiers")) f.tiers = j.at("tiers").get<std::vector<std::string>>();
    if (j.contains("orientations")) f.orientations = j.at("orientations").get<uint32_t>();
    if (j.contains("occupations")) f.occupations = j.at("occupations").get<uint32_t>();
    if (j.contains("life_stages")) f.life_stages = j.at("life_stages").get<uint32_t>();
    if (j.contains("risk_levels")) f.risk_levels = j.at("risk_levels").get<uint32_t>();
    if (j.contains("overdue")) f.overdue = j.at("overdue").get<bool>();
    if (j.contains("maturing_within_days")) f.maturing_within_days = j.at("maturing_within_days").get<int>();
    if (j.contains("no_contact_days")) f.no_contact_days = j.at("no_contact_days").get<int>();
    if (j.contains("managers")) f.managers = j.at("managers").get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
  return f;
}

}  // namespace

std::string filter_to_json(const ClientFilter& f) { return filter_json(f).dump(); }

std::optional<ClientFilter> filter_from_json(std::string_view text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return filter_of(j);
}

std::string saved_views_to_json(const std::vector<SavedClientView>& views) {
  nlohmann::json a = nlohmann::json::array();
  for (const SavedClientView& v : views) a.push_back({{"name", v.name}, {"filter", filter_json(v.filter)}});
  return a.dump();
}

std::vector<SavedClientView> saved_views_from_json(std::string_view text) {
  std::vector<SavedClientView> views;
  const nlohmann::json a = nlohmann::json::parse(text, nullptr, false);
  if (a.is_discarded() || !a.is_array()) return views;
  for (const nlohmann::json& e : a) {
    if (!e.is_object() || !e.contains("name") || !e.at("name").is_string() || !e.contains("filter")) continue;
    std::optional<ClientFilter> f = filter_of(e.at("filter"));
    if (!f) continue;
    views.push_back({e.at("name").get<std::string>(), std::move(*f)});
  }
  return views;
}

}  // namespace rm
