#include "core/search/client_search.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <cstring>
#include <numeric>

#include "core/finance/life_stage.h"
#include "core/risk/assessment_validity.h"
#include "core/text/pinyin.h"

namespace rm {

namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

void append_lower(std::string& out, std::string_view s) {
  for (char c : s) out.push_back(lower_ascii(c));
}

// Separates fields in the haystack so a term never matches across two.
constexpr char kSep = '\x1f';

int dependent_children(const Book& book, const BookIndex& index, const Client& c, Date today) {
  const uint32_t h = c.household_id.empty() ? BookIndex::npos : index.household(c.household_id);
  if (h == BookIndex::npos || book.households[h].meta.deleted) return c.children;
  int children = 0, dependent = 0;
  for (const HouseholdMember& m : book.households[h].members) {
    if (m.relation != Relation::child) continue;
    ++children;
    const int age = m.birthday ? whole_years_between(*m.birthday, today) : m.age;
    if (age < 22) ++dependent;  // still at school or university
  }
  // Children the profile counts but the household does not list: assume dependent.
  return dependent + std::max(0, c.children - children);
}

// Ranks of STRINGS (index = row): equal strings share a rank.
std::vector<uint32_t> ranks_of(const std::vector<std::string>& keys) {
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  std::vector<uint32_t> rank(keys.size());
  uint32_t r = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    if (i && keys[order[i]] != keys[order[i - 1]]) r = static_cast<uint32_t>(i);
    rank[order[i]] = r;
  }
  return rank;
}

// A sort key that puts readings of Chinese names in pinyin order, then bytes.
std::string name_sort_key(const std::string& name) {
  std::string key = pinyin::name_keys(name).front();
  key.push_back('\0');
  key += name;
  return key;
}

// Rows whose text contains TERM, by one scan of the whole haystack (no
// per-row calls): 1 in HIT for each such row. find() looks for the term's
// rarest byte with memchr, so common letters and digits cost little.
void rows_containing(std::string_view hay, const std::vector<uint32_t>& offsets, const std::string& term,
                     std::vector<uint8_t>& hit) {
  const size_t m = term.size();
  if (m == 0) return;
  // Anchor on the rarest byte of the term (by a fixed ranking of how often
  // bytes occur in names' pinyin, phone digits and hex ids).
  static constexpr std::string_view kCommon = "0123456789abcdefhinguoz-";
  size_t anchor = 0, best = 0;
  for (size_t i = 0; i < m; ++i) {
    const size_t rank = kCommon.find(term[i]) == std::string_view::npos ? 100 : 100 - 1 - kCommon.find(term[i]);
    if (i == 0 || rank > best) best = rank, anchor = i;
  }
  const char* base = hay.data();
  const char* end = base + hay.size();
  const char* p = base + anchor;
  size_t row = 0;
  while (p < end) {
    const void* q = std::memchr(p, term[anchor], static_cast<size_t>(end - p));
    if (!q) break;
    const size_t at = static_cast<size_t>(static_cast<const char*>(q) - base) - anchor;
    if (at + m <= hay.size() && hay.compare(at, m, term) == 0) {
      while (offsets[row + 1] <= at) ++row;
      if (at + m <= offsets[row + 1]) {  // inside one row, not across two
        hit[row] = 1;
        p = base + offsets[row + 1] + anchor;  // on to the next row
        continue;
      }
    }
    p = static_cast<const char*>(q) + 1;
  }
}

bool contains(const std::vector<std::string>& set, const std::string& value) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

}  // namespace

ClientTable ClientTable::build(const Book& book, const BookIndex& index, const Policy& policy, Date today) {
  ClientTable t;
  t.today_ = today;
  t.rows_.reserve(book.clients.size());
  t.offsets_.reserve(book.clients.size() + 1);
  t.haystack_.reserve(book.clients.size() * 96);
  std::vector<std::string> name_keys, manager_keys, tag_keys;
  name_keys.reserve(book.clients.size());

  // Manager sort keys once per manager, not per client.
  std::vector<std::string> manager_key(book.managers.size());
  for (size_t m = 0; m < book.managers.size(); ++m) manager_key[m] = name_sort_key(book.managers[m].name);
  const std::string unassigned_key(1, '\x7f');  // after every name

  for (uint32_t i = 0; i < book.clients.size(); ++i) {
    const Client& c = book.clients[i];
    if (c.meta.deleted) continue;
    ClientRow row;
    row.client = i;

    TierFacts facts;
    facts.average_daily_assets = c.average_daily_assets;
    facts.assets_elsewhere = c.assets_elsewhere;
    if (c.birthday) facts.age = whole_years_between(*c.birthday, today);
    facts.university_educated = c.education >= Education::bachelor;
    const TierAssignment tier = assign_tier(policy.tiers, facts, c.tier_override);
    row.tier = tier.tier;
    row.tier_overridden = tier.override_applied.has_value();
    for (size_t k = 0; k < policy.tiers.tiers.size(); ++k)
      if (policy.tiers.tiers[k].code == row.tier) row.tier_rank = static_cast<int>(k);
    row.aum = c.average_daily_assets;
    row.age = facts.age.value_or(-1);

    LifeStageFacts lf;
    lf.age = facts.age;
    lf.married = c.marital_status == MaritalStatus::married;
    lf.children = c.children;
    lf.dependent_children = dependent_children(book, index, c, today);
    if (const auto stage = life_stage(lf)) row.life_stage = static_cast<int>(*stage);

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
      const uint32_t m = index.manager(c.manager_id);
      if (m != BookIndex::npos && !book.managers[m].meta.deleted) row.manager = m;
    }

    // The search haystack: name, id, phones (as written and digits only), pinyin keys.
    std::string& hay = t.haystack_;
    append_lower(hay, c.name);
    hay.push_back(kSep);
    append_lower(hay, c.meta.id);
    for (const ContactPoint& p : c.contact_points) {
      if (p.channel != Channel::phone && p.channel != Channel::sms && p.channel != Channel::wechat) continue;
      hay.push_back(kSep);
      append_lower(hay, p.value);
      hay.push_back(kSep);
      for (char ch : p.value)
        if (ch >= '0' && ch <= '9') hay.push_back(ch);
    }
    std::vector<std::string> keys = pinyin::name_keys(c.name);
    for (const std::string& k : keys) {
      hay.push_back(kSep);
      hay += k;
    }
    t.offsets_.push_back(static_cast<uint32_t>(hay.size()));

    std::string nk = keys.front();
    nk.push_back('\0');
    nk += c.name;
    name_keys.push_back(std::move(nk));
    manager_keys.push_back(row.manager == ClientRow::npos ? unassigned_key : manager_key[row.manager]);
    std::string tk;
    for (const std::string& tag : c.tags) {
      tk += tag;
      tk.push_back('\x01');
    }
    if (tk.empty()) tk = unassigned_key;
    tag_keys.push_back(std::move(tk));
    t.rows_.push_back(std::move(row));
  }

  const std::vector<uint32_t> nr = ranks_of(name_keys), mr = ranks_of(manager_keys), tr = ranks_of(tag_keys);
  for (size_t r = 0; r < t.rows_.size(); ++r) {
    t.rows_[r].name_rank = nr[r];
    t.rows_[r].manager_rank = mr[r];
    t.rows_[r].tags_rank = tr[r];
  }
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
  // The longest term is looked up in one scan of all the text; the others (if
  // any) only in the rows that passed it.
  std::vector<uint8_t> hit;
  size_t longest = 0;
  if (!terms.empty()) {
    for (size_t k = 1; k < terms.size(); ++k)
      if (terms[k].size() > terms[longest].size()) longest = k;
    hit.assign(table.rows_.size(), 0);
    rows_containing(table.haystack_, table.offsets_, terms[longest], hit);
  }
  const Date today = table.today_;
  const std::string_view hay(table.haystack_);
  std::vector<uint32_t> out;
  out.reserve(table.rows_.size());
  for (uint32_t r = 0; r < table.rows_.size(); ++r) {
    const ClientRow& row = table.rows_[r];
    if (!f.tiers.empty() && !contains(f.tiers, row.tier)) continue;
    if (f.orientations && !(f.orientations & (1u << row.orientation))) continue;
    if (f.occupations && !(f.occupations & (1u << row.occupation))) continue;
    if (!f.managers.empty() && !contains(f.managers, row.manager_id)) continue;
    if (f.life_stages && !(f.life_stages & (1u << (row.life_stage + 1)))) continue;
    if (f.risk_levels) {
      const bool level = f.risk_levels & (1u << row.risk_level);
      const bool expired = row.risk_expired && (f.risk_levels & kRiskExpiredBit);
      if (!level && !expired) continue;
    }
    if (f.overdue && !(overdue && row.client < overdue->size() && (*overdue)[row.client])) continue;
    if (f.maturing_within_days >= 0 &&
        !(row.next_maturity && *row.next_maturity - today <= f.maturing_within_days))
      continue;
    if (f.no_contact_days >= 0 && row.last_contact && today - *row.last_contact < f.no_contact_days) continue;
    if (!terms.empty()) {
      if (!hit[r]) continue;
      const std::string_view h = hay.substr(table.offsets_[r], table.offsets_[r + 1] - table.offsets_[r]);
      bool all = true, all_start = true;
      for (size_t k = 0; k < terms.size(); ++k) {
        const std::string& term = terms[k];
        if (k == longest && !starts) continue;  // known to be there
        size_t at = h.find(term);
        if (at == std::string_view::npos) {
          all = false;
          break;
        }
        if (!starts) continue;
        while (at != std::string_view::npos && at != 0 && h[at - 1] != kSep) at = h.find(term, at + 1);
        all_start = all_start && at != std::string_view::npos;
      }
      if (!all) continue;
      if (starts && all_start) (*starts)[r] = 1;
    }
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
