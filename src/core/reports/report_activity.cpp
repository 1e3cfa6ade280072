#include "core/reports/report_activity.h"

#include <algorithm>
#include <map>

#include "core/model/record_owner.h"

namespace rm {

ContactActivity contact_activity(const PlannerContext& ctx, const RecordId& manager, Period period) {
  const Book& book = ctx.book();
  std::map<std::string, ContactTally> tiers;
  ContactActivity out;
  for (const Contact& contact : book.contacts) {
    if (contact.meta.deleted || !period.contains(contact.date)) continue;
    if (!belongs_to(book, ctx.index(), contact, manager)) continue;
    const uint32_t c = ctx.index().client(contact.client_id);
    const std::string tier = c == BookIndex::npos ? std::string() : ctx.facts(c).tiers.tier_on(contact.date);
    ContactTally& t = tiers[tier];
    t.tier = tier;
    for (ContactTally* tally : {&t, &out.all}) {
      switch (contact_kind(contact)) {
        case ContactClass::message: ++tally->messages; break;
        case ContactClass::call: ++tally->calls; break;
        case ContactClass::meeting: ++tally->meetings; break;
      }
    }
  }
  for (auto& [tier, tally] : tiers) out.by_tier.push_back(tally);
  std::stable_sort(out.by_tier.begin(), out.by_tier.end(), [&](const ContactTally& a, const ContactTally& b) {
    return ctx.tier_rank(a.tier) > ctx.tier_rank(b.tier);
  });
  return out;
}

}  // namespace rm
