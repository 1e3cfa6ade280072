#include "core/planner/planner_context.h"

#include <algorithm>

namespace rm {

Date china_date_of_ms(int64_t unix_ms) {
  constexpr int64_t kDayMs = 86'400'000;
  constexpr int64_t kOffsetMs = 8 * 3'600'000;
  const int64_t local = unix_ms + kOffsetMs;
  return Date(static_cast<int32_t>(local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs));
}

namespace {

// The book's own notices (Settings → Working calendar) replace the shipped
// years; arrangements the caller passes replace both (docs/domain.md,
// "Working calendar").
std::vector<YearArrangement> holiday_arrangements(const Book& book, const PlannerSettings& settings) {
  std::vector<YearArrangement> all = book.settings.holiday_arrangements;
  for (const YearArrangement& a : settings.holiday_arrangements) {
    std::erase_if(all, [&](const YearArrangement& b) { return b.year == a.year; });
    all.push_back(a);
  }
  return all;
}

}  // namespace

PlannerContext::PlannerContext(const Book& book, const Policy& policy, Date as_of, const PlannerSettings& settings,
                               int first_year, int last_year)
    : PlannerContext(book, nullptr, policy, as_of, settings, first_year, last_year) {}

PlannerContext::PlannerContext(const Book& book, const BookIndex& index, const Policy& policy, Date as_of,
                               const PlannerSettings& settings, int first_year, int last_year)
    : PlannerContext(book, &index, policy, as_of, settings, first_year, last_year) {}

PlannerContext::PlannerContext(const Book& book, const BookIndex* index, const Policy& policy, Date as_of,
                               const PlannerSettings& settings, int first_year, int last_year)
    : book_(book),
      policy_(policy),
      index_(index ? index : &own_index_.emplace(book)),
      as_of_(as_of),
      manager_id_(settings.manager_id.empty() ? book.settings.owner_manager_id : settings.manager_id),
      calendar_(first_year ? first_year : as_of.year() - 1, last_year ? last_year : as_of.year() + 1,
                holiday_arrangements(book, settings)),
      leave_(settings.leave) {
  facts_.resize(book.clients.size());
  for (uint32_t i = 0; i < book.clients.size(); ++i) {
    const Client& c = book.clients[i];
    ClientFacts& f = facts_[i];
    f.tiers = client_tier_timeline(c, policy.tiers, as_of);
    for (const std::string& tag : settings.important_tags)
      f.important |= std::find(c.tags.begin(), c.tags.end(), tag) != c.tags.end();
    if (!c.manager_id.empty()) f.assigned_on = china_date_of_ms(field_stamp(c.meta, "manager_id").wall_ms);
    f.contacts = index_->contacts_of(i);
    std::sort(f.contacts.begin(), f.contacts.end(), [&](uint32_t a, uint32_t b) {
      return book.contacts[a].date != book.contacts[b].date ? book.contacts[a].date < book.contacts[b].date : a < b;
    });
  }
  for (const TierHistory& h : settings.tier_histories) {
    const uint32_t i = index_->client(h.client_id);
    if (i != BookIndex::npos && !h.spans.empty()) facts_[i].tiers = TierTimeline(h.spans);
  }
  for (uint32_t i = 0; i < facts_.size(); ++i) facts_[i].tier_rank = tier_rank(facts_[i].tiers.current());
}

bool PlannerContext::on_leave(Date date) const {
  return std::any_of(leave_.begin(), leave_.end(), [&](const DayRange& r) { return date >= r.first && date <= r.last; });
}

int PlannerContext::tier_rank(const std::string& tier) const {
  const auto& tiers = policy_.tiers.tiers;
  for (size_t i = 0; i < tiers.size(); ++i)
    if (tiers[i].code == tier) return static_cast<int>(i);
  return -1;
}

}  // namespace rm
