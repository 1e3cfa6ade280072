#include "core/search/client_export.h"

#include "core/finance/life_stage.h"
#include "core/risk/risk_profile.h"
#include "core/text/csv.h"

namespace rm {

std::string plain_yuan(Fen amount) {
  const bool negative = amount < 0;
  const uint64_t v = negative ? 0 - static_cast<uint64_t>(amount) : static_cast<uint64_t>(amount);
  std::string out = negative ? "-" : "";
  out += std::to_string(v / 100);
  out += '.';
  out += static_cast<char>('0' + v % 100 / 10);
  out += static_cast<char>('0' + v % 10);
  return out;
}

std::string clients_csv(const Book& book, const Policy& policy, const ClientTable& table,
                        const std::vector<uint32_t>& rows, const std::vector<std::string>& headers, bool chinese) {
  csv::Writer out;
  out.row(headers);
  const Date today = table.today();
  for (uint32_t r : rows) {
    if (r >= table.size()) continue;
    const ClientRow& row = table.rows()[r];
    const Client& c = book.clients[row.client];
    std::string phone;
    for (const ContactPoint& p : c.contact_points)
      if (p.channel == Channel::phone) {
        phone = p.value;
        break;
      }
    std::string tier;
    if (const TierRule* rule = find_tier(policy.tiers, row.tier)) tier = chinese ? rule->name_zh : rule->name_en;
    std::string stage;
    if (row.life_stage >= 0) {
      const auto s = static_cast<LifeStage>(row.life_stage);
      stage = std::string(chinese ? life_stage_name_zh(s) : life_stage_name_en(s));
    }
    std::string risk;
    if (row.risk_level > 0) {
      risk = std::string(risk_code(static_cast<RiskLevel>(row.risk_level)));
      if (row.risk_expired) risk += chinese ? "（已过期）" : " (expired)";
    }
    std::string tags;
    for (const std::string& t : c.tags) {
      if (!tags.empty()) tags += chinese ? "、" : "; ";
      tags += t;
    }
    const std::string manager = row.manager == ClientRow::npos ? std::string() : book.managers[row.manager].name;
    // Numbers the app formats are written as numbers; everything a user
    // typed (name, phone, tags…) is a text cell and so neutralised.
    out.cell(c.meta.id.str()).cell(c.name).cell(phone).cell(tier).number(plain_yuan(row.aum));
    out.number(row.age >= 0 ? std::to_string(row.age) : std::string()).cell(stage).cell(risk);
    out.cell(row.last_contact ? row.last_contact->iso() : std::string());
    out.number(row.last_contact ? std::to_string(today - *row.last_contact) : std::string());
    out.cell(row.next_maturity ? row.next_maturity->iso() : std::string()).cell(manager).cell(tags);
    out.end_row();
  }
  return out.take();
}

}  // namespace rm
