#include "core/planner/agenda.h"

#include <algorithm>

#include "core/planner/compliance.h"

namespace rm {

std::string_view contact_class_code(ContactClass kind) {
  switch (kind) {
    case ContactClass::message: return "message";
    case ContactClass::call: return "call";
    case ContactClass::meeting: return "meeting";
  }
  return "";
}

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

struct Demand {
  uint32_t client;
  ContactClass kind;
  Date earliest;
  Date due;
  int tier_rank;
  uint32_t seq;  // creation order: the last tie-break
  AgendaReason reason;
};

bool more_urgent(const Demand& a, const Demand& b, const Book& book) {
  if (a.due != b.due) return a.due < b.due;
  if (a.tier_rank != b.tier_rank) return a.tier_rank > b.tier_rank;
  if (a.kind != b.kind) return a.kind > b.kind;
  const std::string& ia = book.clients[a.client].meta.id;
  const std::string& ib = book.clients[b.client].meta.id;
  if (ia != ib) return ia < ib;
  return a.seq < b.seq;
}

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
      plan.assign(1, ContactClass::meeting);  // signed in person (domain.md §5)
    }
    if (plan.empty()) return;
    const Date start = std::max(item.start, from_);
    const Date last = std::max(item.due, start);
    const int span = last - start + 1;
    const int n = static_cast<int>(plan.size());
    // Round-robin over kinds so the meetings are not all at the start.
    std::vector<ContactClass> spread;
    for (size_t round = 0; spread.size() < plan.size(); ++round)
      for (const ContactClass kind : {ContactClass::meeting, ContactClass::call, ContactClass::message})
        if (static_cast<size_t>(std::count(plan.begin(), plan.end(), kind)) > round) spread.push_back(kind);
    for (int k = 0; k < n; ++k) {
      const Date earliest = start.plus_days(static_cast<int32_t>(static_cast<int64_t>(span) * k / n));
      const Date due = start.plus_days(static_cast<int32_t>(static_cast<int64_t>(span) * (k + 1) / n) - 1);
      AgendaReason reason = rule_reason(item);
      reason.due = due;
      add(item.client, spread[static_cast<size_t>(k)], earliest, due, std::move(reason));
    }
  }

  void from_event(const ContactEvent& e) {
    add(e.client, e.suggested, e.earliest, e.due, {std::string(event_code(e.kind)), e.zh, e.en, e.due});
  }

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
    }
    if (item.status == ComplianceStatus::overdue) {
      r.zh += "（已逾期 " + std::to_string(item.overdue_days) + " 天）";
      r.en += " (overdue by " + std::to_string(item.overdue_days) + " days)";
    }
    return r;
  }

  void add(uint32_t client, ContactClass kind, Date earliest, Date due, AgendaReason reason) {
    demands_.push_back({client, kind, earliest, due, ctx_.facts(client).tier_rank, static_cast<uint32_t>(demands_.size()),
                        std::move(reason)});
  }

  const PlannerContext& ctx_;
  Date from_;
  Date to_;
  std::vector<Demand> demands_;
};

int& slot(DailyCapacity& left, ContactClass kind) {
  return kind == ContactClass::meeting ? left.meetings : kind == ContactClass::call ? left.calls : left.messages;
}

}  // namespace

Agenda plan_agenda(const PlannerContext& ctx, Date from, int days, const AgendaSettings& settings) {
  const Date to = from.plus_days(days);
  const Book& book = ctx.book();
  DemandBuilder builder(ctx, from, to);
  for (const ComplianceItem& item : evaluate_compliance(ctx, from, to, true)) builder.from_rule(item);
  for (const ContactEvent& e : contact_events(ctx, from, to, settings.events)) builder.from_event(e);
  std::vector<Demand> demands = builder.take();
  std::sort(demands.begin(), demands.end(), [](const Demand& a, const Demand& b) {
    return a.earliest != b.earliest ? a.earliest < b.earliest : a.seq < b.seq;
  });

  const auto urgent_first = [&](const Demand& a, const Demand& b) { return more_urgent(a, b, book); };
  Agenda agenda;
  std::vector<Demand> pool;  // open demands, most urgent first
  size_t next = 0;
  std::vector<int32_t> entry_of(book.clients.size(), -1);  // today's entry index per client
  // A client with a contact already recorded on a day was served that day:
  // the plan gives them no second entry, and their open demands move on.
  constexpr int32_t kServed = -2;
  std::vector<std::vector<uint32_t>> contacted_on(static_cast<size_t>(std::max(0, to - from)));
  for (const Contact& c : book.contacts) {
    if (c.meta.deleted || c.date < from || !(c.date < to)) continue;
    const uint32_t client = ctx.index().client(c.client_id);
    if (client != BookIndex::npos) contacted_on[static_cast<size_t>(c.date - from)].push_back(client);
  }
  for (Date d = from; d < to; d = d.plus_days(1)) {
    AgendaDay day{d, ctx.calendar().kind(d), ctx.on_leave(d), {}};
    if (!ctx.at_work(d)) {
      agenda.days.push_back(std::move(day));
      continue;
    }
    const size_t old = pool.size();
    while (next < demands.size() && demands[next].earliest <= d) pool.push_back(std::move(demands[next++]));
    std::sort(pool.begin() + static_cast<std::ptrdiff_t>(old), pool.end(), urgent_first);
    std::inplace_merge(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(old), pool.end(), urgent_first);

    for (uint32_t client : contacted_on[static_cast<size_t>(d - from)]) entry_of[client] = kServed;
    DailyCapacity left = settings.capacity;
    std::vector<char> taken(pool.size(), 0);
    const auto open_entry = [&](size_t i) {
      const Demand& dm = pool[i];
      entry_of[dm.client] = static_cast<int32_t>(day.entries.size());
      AgendaEntry e;
      e.date = d;
      e.client = dm.client;
      e.kind = dm.kind;
      e.channel = suggested_channel(dm.kind, book.clients[dm.client]);
      e.due = dm.due;
      day.entries.push_back(std::move(e));
      --slot(left, dm.kind);
    };
    // Meetings: the most urgent first, then the same region, then the rest.
    std::string region;
    for (int pass = 0; pass < 2 && left.meetings > 0; ++pass)
      for (size_t i = 0; i < pool.size() && left.meetings > 0; ++i) {
        const Demand& dm = pool[i];
        if (dm.kind != ContactClass::meeting || entry_of[dm.client] != -1) continue;
        const std::string& r = book.clients[dm.client].region;
        const bool forced = dm.due <= d;
        if (pass == 0 && !day.entries.empty() && !forced && r != region) continue;
        if (day.entries.empty()) region = r;
        open_entry(i);
        taken[i] = 1;
      }
    for (size_t i = 0; i < pool.size() && (left.calls > 0 || left.messages > 0); ++i) {
      const Demand& dm = pool[i];
      if (dm.kind == ContactClass::meeting || entry_of[dm.client] != -1 || slot(left, dm.kind) <= 0) continue;
      open_entry(i);
      taken[i] = 1;
    }
    // Every open demand of a client with an entry today that the entry can serve.
    for (size_t i = 0; i < pool.size(); ++i) {
      const Demand& dm = pool[i];
      const int32_t e = entry_of[dm.client];
      if (e < 0 || dm.kind > day.entries[static_cast<size_t>(e)].kind) continue;
      AgendaEntry& entry = day.entries[static_cast<size_t>(e)];
      entry.due = std::min(entry.due, dm.due);
      entry.overdue |= dm.due < d;
      entry.reasons.push_back(dm.reason);
      taken[i] = 1;
    }
    for (const AgendaEntry& e : day.entries) entry_of[e.client] = -1;
    for (uint32_t client : contacted_on[static_cast<size_t>(d - from)]) entry_of[client] = -1;
    size_t w = 0;
    for (size_t i = 0; i < pool.size(); ++i)
      if (!taken[i]) pool[w++] = std::move(pool[i]);
    pool.resize(w);
    agenda.days.push_back(std::move(day));
  }
  for (const Demand& dm : pool)
    if (dm.due < to) {
      AgendaEntry e;
      e.date = dm.due;
      e.client = dm.client;
      e.kind = dm.kind;
      e.channel = suggested_channel(dm.kind, book.clients[dm.client]);
      e.due = dm.due;
      e.overdue = true;
      e.reasons.push_back(dm.reason);
      agenda.unscheduled.push_back(std::move(e));
    }
  return agenda;
}

}  // namespace rm
