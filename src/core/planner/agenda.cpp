#include "core/planner/agenda.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <numeric>

#include "core/planner/compliance.h"
#include "core/planner/contact_counting.h"
#include "core/policy/tier_policy.h"

namespace rm {

Channel suggested_channel(ContactClass kind, const Client& client) {
  const std::optional<Channel> pref = client.preferred_channel;
  switch (kind) {
    case ContactClass::meeting:
      return pref == Channel::visit ? Channel::visit : Channel::branch;
    case ContactClass::call:
      return pref == Channel::wechat ? Channel::wechat : Channel::phone;
    case ContactClass::message:
      if (pref == Channel::wechat || pref == Channel::email || pref == Channel::letter) return *pref;
      return Channel::sms;
  }
  return Channel::phone;
}

namespace {

using agenda_detail::Demand;

class DemandBuilder {
 public:
  DemandBuilder(const PlannerContext& ctx, Date from, Date to) : ctx_(ctx), from_(from), to_(to) {}

  void from_rule(const ComplianceItem& item) {
    if (item.client == kNotAPolicyRule || item.status == ComplianceStatus::met) return;
    const ContactCounts r = remaining(item);
    std::vector<ContactClass> plan;
    plan.insert(plan.end(), static_cast<size_t>(r.meetings), ContactClass::meeting);
    plan.insert(plan.end(), static_cast<size_t>(r.calls), ContactClass::call);
    plan.insert(plan.end(), static_cast<size_t>(r.messages), ContactClass::message);
    const int planned = static_cast<int>(plan.size());
    plan.insert(plan.end(), static_cast<size_t>(std::max(0, r.proactive - planned)), ContactClass::call);
    const int so_far = static_cast<int>(plan.size());
    plan.insert(plan.end(), static_cast<size_t>(std::max(0, r.services - so_far)), ContactClass::message);
    if (item.rule == kNotAPolicyRule) {  // assignment follow-up: a first call
      plan.assign(1, ContactClass::call);
    } else if (ctx_.policy().contacts.rules[item.rule].kind == RuleKind::risk_reassessment) {
      plan.assign(1, ContactClass::meeting);  // signed in person (docs/domain.md §5)
    }
    if (plan.empty()) return;
    const bool batch = item.rule != kNotAPolicyRule && is_greeting_rule(ctx_.policy().contacts.rules[item.rule]);
    const Date start = std::max(item.start, from_);
    const Date last = std::max(item.due, start);
    const int span = last - start + 1;
    const int n = static_cast<int>(plan.size());
    // Round-robin over kinds so the meetings are not all at the start.
    std::vector<ContactClass> spread;
    for (size_t round = 0; spread.size() < plan.size(); ++round)
      for (const ContactClass kind : {ContactClass::meeting, ContactClass::call, ContactClass::message})
        if (static_cast<size_t>(std::count(plan.begin(), plan.end(), kind)) > round) spread.push_back(kind);
    // A share whose window opens on or after `to` can neither be planned nor
    // be missed within [from, to), so it is not made at all: planning one day
    // of a 50 000-client book would otherwise build 370 000 demands, each with
    // its texts, to use a few hundred (tested: the plan is the same).
    const auto earliest_of = [&](int k) {
      return start.plus_days(static_cast<int32_t>(static_cast<int64_t>(span) * k / n));
    };
    int shares = 0;
    while (shares < n && earliest_of(shares) < to_) ++shares;
    if (shares == 0) return;
    // The reason's text is the same for every share of the item: built once.
    AgendaReason reason = rule_reason(item);
    for (int k = 0; k < shares; ++k) {
      const Date due = start.plus_days(static_cast<int32_t>(static_cast<int64_t>(span) * (k + 1) / n) - 1);
      reason.due = due;
      add(item.client, spread[static_cast<size_t>(k)], earliest_of(k), due,
          k + 1 < shares ? AgendaReason(reason) : std::move(reason), batch);
    }
  }

  // A per-manager rule ("contact at least 10 managed clients a week"): the
  // clients the other demands already reach count towards it; the rest of the
  // shortfall becomes calls to the manager's clients not yet reached in the
  // period, longest without contact first, paced over the period's remaining
  // days at work like a rule's shares (docs/domain.md §2, Bank B, "Per-manager rules").
  // Runs after every other demand is made, so it sees them.
  void from_manager_rule(const ComplianceItem& item) {
    if (item.client != kNotAPolicyRule || item.rule == kNotAPolicyRule || item.status == ComplianceStatus::met) return;
    const int wanted = remaining(item).clients;
    if (wanted <= 0) return;
    const Book& book = ctx_.book();
    std::vector<Date> days;  // the period's days at work still ahead
    for (Date d = std::max(item.start, from_); d <= item.due; d = d.plus_days(1))
      if (ctx_.at_work(d)) days.push_back(d);
    if (days.empty()) return;
    std::vector<char> reached(book.clients.size(), 0);
    for (const Demand& d : demands_)
      if (d.earliest <= days.back()) reached[d.client] = 1;
    int planned = 0;
    std::vector<std::pair<Date, uint32_t>> candidates;  // (last contact, client)
    for (uint32_t c = 0; c < book.clients.size(); ++c) {
      const Client& client = book.clients[c];
      if (!ctx_.live(c) || !(client.manager_id == ctx_.manager_id() || client.manager_id.empty())) continue;
      const std::vector<uint32_t>& contacts = ctx_.facts(c).contacts;
      const Date last = contacts.empty() ? Date{} : book.contacts[contacts.back()].date;
      const bool contacted = std::any_of(contacts.rbegin(), contacts.rend(), [&](uint32_t i) {
        const Contact& k = book.contacts[i];
        return counts_as_service(k) && item.start <= k.date && k.date < item.end;
      });
      if (contacted) continue;  // already in item.done.clients
      if (reached[c]) {
        ++planned;
        continue;
      }
      candidates.emplace_back(last, c);
    }
    const int need = std::min(wanted - planned, static_cast<int>(candidates.size()));
    if (need <= 0) return;
    std::partial_sort(candidates.begin(), candidates.begin() + need, candidates.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return book.clients[a.second].meta.id < book.clients[b.second].meta.id;
    });
    AgendaReason reason = rule_reason(item);
    const int64_t n_days = static_cast<int64_t>(days.size());
    for (int k = 0; k < need; ++k) {
      const Date earliest = days[static_cast<size_t>(n_days * k / need)];
      if (!(earliest < to_)) break;
      reason.due = days[static_cast<size_t>(n_days * (k + 1) / need - 1)];
      add(candidates[static_cast<size_t>(k)].second, ContactClass::call, earliest, reason.due, reason);
    }
  }

  void from_event(ContactEvent& e) {
    if (!(e.earliest < to_)) return;  // as for rule shares above
    add(e.client, e.suggested, e.earliest, e.due, {std::string(event_code(e.kind)), std::move(e.zh), std::move(e.en), e.due});
  }

  void reserve(size_t n) { demands_.reserve(n); }

  std::vector<Demand> take() { return std::move(demands_); }

 private:
  AgendaReason rule_reason(const ComplianceItem& item) const {
    AgendaReason r;
    r.code = std::string(item.rule_id);
    if (item.rule == kNotAPolicyRule) {
      r.zh = "新分配客户，一周内跟进";
      r.en = "Newly assigned client: follow up within a week";
    } else {
      const ContactRule& rule = ctx_.policy().contacts.rules[item.rule];
      r.zh = rule.name_zh;
      r.en = rule.name_en;
      // A rule of a tier the client no longer holds (an upgrade mid-year:
      // 6-4-2 owed for the months as tier A, compliance.h "Prorating") says
      // so: the screen shows the client's tier today, the rule cites another.
      if (!item.tier.empty() && item.tier != ctx_.facts(item.client).tiers.current()) {
        const TierRule* tier = find_tier(ctx_.policy().tiers, item.tier);
        const std::string& zh = tier ? tier->name_zh : item.tier;
        const std::string& en = tier ? tier->name_en : item.tier;
        const std::string until = item.due.iso();
        r.zh += "（截至 " + until + " 为" + zh + "，该段按原等级计）";
        r.en += " (" + en + " until " + until + ": that part counts under the former tier)";
      }
    }
    if (item.status == ComplianceStatus::overdue) {
      r.zh += "（已逾期 " + std::to_string(item.overdue_days) + " 天）";
      r.en += " (overdue by " + std::to_string(item.overdue_days) + " days)";
      r.overdue = true;
    }
    return r;
  }

  void add(uint32_t client, ContactClass kind, Date earliest, Date due, AgendaReason reason, bool batch = false) {
    demands_.push_back({client, kind, earliest, due, ctx_.facts(client).tier_rank, static_cast<uint32_t>(demands_.size()),
                        std::move(reason), batch});
  }

  static bool is_greeting_rule(const ContactRule& rule) {
    return rule.period == RulePeriod::days_after_event &&
           (rule.event == TriggerEvent::birthday || rule.event == TriggerEvent::major_holiday);
  }

  const PlannerContext& ctx_;
  Date from_;
  Date to_;
  std::vector<Demand> demands_;
};

int& slot(DailyCapacity& left, ContactClass kind) {
  return kind == ContactClass::meeting ? left.meetings : kind == ContactClass::call ? left.calls : left.messages;
}

// The open demands of one kind as a set of urgency ranks: walking it in
// ascending order is walking the demands most urgent first, and taking one
// out or letting one in costs a bit flip instead of moving a sorted pool.
class RankSet {
 public:
  explicit RankSet(size_t n) : words_((n + 63) / 64, 0), n_(n) {}
  void insert(size_t r) { words_[r / 64] |= uint64_t{1} << (r % 64); }
  void erase(size_t r) { words_[r / 64] &= ~(uint64_t{1} << (r % 64)); }
  bool contains(size_t r) const { return (words_[r / 64] >> (r % 64)) & 1u; }
  // The first member at or after R, or n when there is none.
  size_t next(size_t r) const {
    if (r >= n_) return n_;
    size_t w = r / 64;
    uint64_t bits = words_[w] & (~uint64_t{0} << (r % 64));
    while (!bits) {
      if (++w == words_.size()) return n_;
      bits = words_[w];
    }
    return std::min(n_, w * 64 + static_cast<size_t>(std::countr_zero(bits)));
  }

 private:
  std::vector<uint64_t> words_;
  size_t n_;
};

}  // namespace

namespace agenda_detail {

std::vector<Demand> demands(const PlannerContext& ctx, Date from, Date to, const AgendaSettings& settings) {
  DemandBuilder builder(ctx, from, to);
  const std::vector<ComplianceItem> items = evaluate_compliance(ctx, from, to, true);
  std::vector<ContactEvent> events = contact_events(ctx, from, to, settings.events);
  // A rule item owes a few contacts on average; growing the vector moves every demand.
  builder.reserve(items.size() * 4 + events.size());
  for (const ComplianceItem& item : items) builder.from_rule(item);
  for (ContactEvent& e : events) builder.from_event(e);
  for (const ComplianceItem& item : items) builder.from_manager_rule(item);
  return builder.take();
}

Agenda schedule(const PlannerContext& ctx, Date from, Date to, std::vector<Demand> demands,
                const DailyCapacity& capacity) {
  const Book& book = ctx.book();
  const size_t n = demands.size();

  // Urgency is a fixed order over all demands: deadline first, then the
  // client's tier (highest first), the kind (meetings first), the client's
  // id and the creation order. Ranking every demand once up front lets the
  // day loop compare integers, and keeps the plan a function of the data
  // alone (same book and date, same plan).
  std::vector<uint32_t> id_rank(book.clients.size(), 0);
  {
    std::vector<uint32_t> by_id(book.clients.size());
    std::iota(by_id.begin(), by_id.end(), 0u);
    std::sort(by_id.begin(), by_id.end(),
              [&](uint32_t a, uint32_t b) { return book.clients[a].meta.id < book.clients[b].meta.id; });
    for (size_t i = 1; i < by_id.size(); ++i)
      id_rank[by_id[i]] = book.clients[by_id[i]].meta.id == book.clients[by_id[i - 1]].meta.id
                              ? id_rank[by_id[i - 1]]
                              : static_cast<uint32_t>(i);
  }
  // The order packed into two integers per demand, so the sort moves 24
  // bytes and compares without looking at the demands.
  struct Key {
    uint64_t high;  // due, then tier (highest first)
    uint64_t low;   // kind (meetings first), client id, creation order
    uint32_t demand;
  };
  std::vector<Key> keys(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Demand& dm = demands[i];
    const auto due = static_cast<uint64_t>(static_cast<uint32_t>(dm.due.days()) ^ 0x8000'0000u);
    const auto tier = static_cast<uint64_t>(static_cast<uint32_t>(int64_t{0x7fff'ffff} - dm.tier_rank));
    const auto kind = static_cast<uint64_t>(2 - static_cast<int>(dm.kind));
    keys[i] = {due << 32 | tier, kind << 62 | static_cast<uint64_t>(id_rank[dm.client]) << 32 | dm.seq, i};
  }
  std::sort(keys.begin(), keys.end(),
            [](const Key& a, const Key& b) { return a.high != b.high ? a.high < b.high : a.low < b.low; });
  std::vector<uint32_t> by_urgency(n), rank_of(n);
  for (uint32_t r = 0; r < n; ++r) {
    by_urgency[r] = keys[r].demand;
    rank_of[keys[r].demand] = r;
  }
  keys = {};
  // Demands by the day (from `from`) their window opens, as ranks: a demand
  // joins the open set on the first working day of its window.
  const size_t span = static_cast<size_t>(std::max(0, to - from));
  std::vector<uint32_t> opening_at(span + 1, 0), opening;
  {
    const auto day_of = [&](const Demand& dm) {
      return static_cast<size_t>(std::clamp(dm.earliest - from, 0, static_cast<int>(span)));
    };
    for (const Demand& dm : demands) ++opening_at[day_of(dm)];
    uint32_t sum = 0;
    for (uint32_t& c : opening_at) {  // counts to where each day's group starts
      const uint32_t count = c;
      c = sum;
      sum += count;
    }
    opening.resize(n);
    std::vector<uint32_t> fill(opening_at);
    for (uint32_t i = 0; i < n; ++i) opening[fill[day_of(demands[i])]++] = rank_of[i];
  }
  // Each client's demands, most urgent first: what one entry can also serve.
  std::vector<uint32_t> client_start(book.clients.size() + 1, 0), client_ranks(n);
  for (const Demand& dm : demands) ++client_start[dm.client + 1];
  for (size_t c = 1; c < client_start.size(); ++c) client_start[c] += client_start[c - 1];
  {
    std::vector<uint32_t> fill(client_start.begin(), client_start.end() - 1);
    for (uint32_t r = 0; r < n; ++r) client_ranks[fill[demands[by_urgency[r]].client]++] = r;
  }

  // By ContactClass, and the batch greetings (Demand::batch) apart: they
  // take no capacity, so the capacity-bound walks below never see them.
  RankSet open[4] = {RankSet(n), RankSet(n), RankSet(n), RankSet(n)};
  const auto open_of = [&](ContactClass kind) -> RankSet& { return open[static_cast<size_t>(kind)]; };
  RankSet& batches = open[3];
  const auto demand_at = [&](size_t r) -> Demand& { return demands[by_urgency[r]]; };
  const auto set_of = [&](const Demand& dm) -> RankSet& { return dm.batch ? batches : open_of(dm.kind); };

  Agenda agenda;
  agenda.days.reserve(span);
  size_t next = 0;
  std::vector<int32_t> entry_of(book.clients.size(), -1);  // today's entry index per client
  // A client with a contact already recorded on a day was served that day:
  // the plan gives them no second entry, and their open demands move on.
  constexpr int32_t kServed = -2;
  // A contact made on the days between today and a plan that starts later
  // (Today on a Saturday plans Monday) served the plan's first day.
  std::vector<std::vector<uint32_t>> contacted_on(static_cast<size_t>(std::max(0, to - from)));
  const Date since = std::min(ctx.as_of(), from);
  for (const Contact& c : book.contacts) {
    if (c.meta.deleted || c.date < since || !(c.date < to) || !(from < to)) continue;
    const uint32_t client = ctx.index().client(c.client_id);
    if (client != BookIndex::npos) contacted_on[static_cast<size_t>(std::max(c.date, from) - from)].push_back(client);
  }
  for (Date d = from; d < to; d = d.plus_days(1)) {
    AgendaDay day{d, ctx.calendar().kind(d), ctx.on_leave(d), {}};
    if (!ctx.at_work(d)) {
      agenda.days.push_back(std::move(day));
      continue;
    }
    // Every window opened since the last working day (or before `from`).
    for (const size_t end = opening_at[static_cast<size_t>(d - from) + 1]; next < end; ++next) {
      const uint32_t r = opening[next];
      set_of(demand_at(r)).insert(r);
    }

    for (uint32_t client : contacted_on[static_cast<size_t>(d - from)]) entry_of[client] = kServed;
    DailyCapacity left = capacity;
    const auto open_entry = [&](const Demand& dm, bool counted = true) {
      entry_of[dm.client] = static_cast<int32_t>(day.entries.size());
      AgendaEntry e;
      e.date = d;
      e.client = dm.client;
      e.kind = dm.kind;
      e.channel = suggested_channel(dm.kind, book.clients[dm.client]);
      e.due = dm.due;
      day.entries.push_back(std::move(e));
      if (counted) --slot(left, dm.kind);
    };
    // Meetings: the most urgent first, then the same region, then the rest.
    const RankSet& meetings = open_of(ContactClass::meeting);
    const std::string* region = nullptr;
    for (int pass = 0; pass < 2 && left.meetings > 0; ++pass)
      for (size_t r = meetings.next(0); r < n && left.meetings > 0; r = meetings.next(r + 1)) {
        const Demand& dm = demand_at(r);
        if (entry_of[dm.client] != -1) continue;
        const std::string& at = book.clients[dm.client].region;
        const bool forced = dm.due <= d;
        if (pass == 0 && !day.entries.empty() && !forced && at != *region) continue;
        if (day.entries.empty()) region = &at;
        open_entry(dm);
      }
    // Calls and messages, most urgent first across both kinds, each kind
    // until its capacity is used up.
    const RankSet& calls = open_of(ContactClass::call);
    const RankSet& messages = open_of(ContactClass::message);
    for (size_t rc = calls.next(0), rs = messages.next(0);;) {
      const bool call = left.calls > 0 && rc < n, message = left.messages > 0 && rs < n;
      if (!call && !message) break;
      size_t r;
      if (call && (!message || rc < rs)) {
        r = rc;
        rc = calls.next(rc + 1);
      } else {
        r = rs;
        rs = messages.next(rs + 1);
      }
      const Demand& dm = demand_at(r);
      if (entry_of[dm.client] == -1) open_entry(dm);
    }
    // Batch greetings, whatever capacity is left: a client without an entry
    // today gets one; the others' entries take the greeting below.
    for (size_t r = batches.next(0); r < n; r = batches.next(r + 1)) {
      const Demand& dm = demand_at(r);
      if (entry_of[dm.client] == -1) open_entry(dm, false);
    }
    // Every open demand of a client with an entry today that the entry can
    // serve (the demand that opened the entry among them), most urgent first.
    for (AgendaEntry& entry : day.entries) {
      for (uint32_t k = client_start[entry.client]; k < client_start[entry.client + 1]; ++k) {
        const uint32_t r = client_ranks[k];
        Demand& dm = demand_at(r);
        if (dm.kind > entry.kind || !set_of(dm).contains(r)) continue;
        entry.due = std::min(entry.due, dm.due);
        entry.overdue |= dm.reason.overdue || dm.due < d;
        entry.reasons.push_back(std::move(dm.reason));
        set_of(dm).erase(r);
      }
    }
    for (const AgendaEntry& e : day.entries) entry_of[e.client] = -1;
    for (uint32_t client : contacted_on[static_cast<size_t>(d - from)]) entry_of[client] = -1;
    agenda.days.push_back(std::move(day));
  }
  size_t unscheduled = 0;
  for (size_t r = 0; r < n; ++r) unscheduled += set_of(demand_at(r)).contains(r) && demand_at(r).due < to;
  agenda.unscheduled.reserve(unscheduled);
  for (size_t r = 0; r < n; ++r) {
    Demand& dm = demand_at(r);
    if (!set_of(dm).contains(r) || !(dm.due < to)) continue;
    AgendaEntry e;
    e.date = dm.due;
    e.client = dm.client;
    e.kind = dm.kind;
    e.channel = suggested_channel(dm.kind, book.clients[dm.client]);
    e.due = dm.due;
    e.overdue = true;
    e.reasons.push_back(std::move(dm.reason));
    agenda.unscheduled.push_back(std::move(e));
  }
  return agenda;
}

}  // namespace agenda_detail

Agenda plan_agenda(const PlannerContext& ctx, Date from, int days, const AgendaSettings& settings) {
  const Date to = from.plus_days(days);
  return agenda_detail::schedule(ctx, from, to, agenda_detail::demands(ctx, from, to, settings), settings.capacity);
}

}  // namespace rm
