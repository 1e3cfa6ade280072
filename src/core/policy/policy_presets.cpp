// The numbers here are the source documents' own, as digested in docs/domain.md §1–2.
#include "core/policy/policy_presets.h"

#include <utility>

#include "core/money.h"

namespace rm {
namespace {

TierRule tier(std::string code, std::string zh, std::string en, Fen min, std::optional<Fen> max) {
  TierRule t;
  t.code = std::move(code);
  t.name_zh = std::move(zh);
  t.name_en = std::move(en);
  t.min_assets = min;
  t.max_assets = max;
  return t;
}

ContactRule rule(std::string id, std::string zh, std::string en, RulePeriod period,
                 std::vector<std::string> tiers, std::vector<ContactCounts> alternatives) {
  ContactRule r;
  r.id = std::move(id);
  r.name_zh = std::move(zh);
  r.name_en = std::move(en);
  r.period = period;
  r.tiers = std::move(tiers);
  r.alternatives = std::move(alternatives);
  return r;
}

ContactRule event_rule(std::string id, std::string zh, std::string en, TriggerEvent event,
                       int window_days, ContactCounts required) {
  ContactRule r = rule(std::move(id), std::move(zh), std::move(en), RulePeriod::days_after_event,
                       {}, {required});
  r.event = event;
  r.window_days = window_days;
  return r;
}

ContactCounts services(int n) { return {.services = n}; }
ContactCounts calls(int n) { return {.calls = n}; }
ContactCounts meetings(int n) { return {.meetings = n}; }
ContactCounts messages(int n) { return {.messages = n}; }

// 000: "50 working weeks" in its workload example.
void working_calendar(CapacityPolicy& c) {
  c.working_weeks_per_year = 50;
  c.working_days_per_week = 5;
}

}  // namespace

std::vector<ContactRule> generic_contact_rules() {
  std::vector<ContactRule> rules;
  rules.push_back(event_rule("generic.new_account_callback", "新开户 3 日内回访",
                             "New account call-back within 3 days", TriggerEvent::account_opened, 3,
                             calls(1)));
  ContactRule monthly = rule("generic.important_monthly", "重要客户每月至少联络一次",
                             "Important clients: contact at least monthly", RulePeriod::month, {},
                             {services(1)});
  monthly.important_only = true;
  rules.push_back(monthly);
  ContactRule quarterly = rule("generic.important_quarterly_meeting", "重要客户每季至少面谈一次",
                               "Important clients: meet at least quarterly", RulePeriod::quarter, {},
                               {meetings(1)});
  quarterly.important_only = true;
  rules.push_back(quarterly);
  ContactRule risk = rule("generic.risk_reassessment", "风险测评：有效期一年，距上次推荐超过六个月须重评",
                          "Risk assessment: valid one year; redo when over six months since the last "
                          "recommendation",
                          RulePeriod::year, {}, {});
  risk.kind = RuleKind::risk_reassessment;
  risk.valid_months = 12;
  risk.recommendation_gap_months = 6;
  rules.push_back(risk);
  return rules;
}

Policy bank_a_policy() {
  Policy p;
  p.id = "bank_a";
  p.name_zh = "A 银行（A/B/C 类）";
  p.name_en = "Bank A (A/B/C)";
  p.tiers.basis_zh = "本年日均金融资产";
  p.tiers.basis_en = "This year's average daily financial assets";
  TierRule a = tier("A", "A 类客户", "Tier A", 0, yuan(1'000'000));
  a.service_model_zh = "客户经理一对一服务";
  a.service_model_en = "One-to-one by the manager";
  TierRule b = tier("B", "B 类客户", "Tier B", yuan(1'000'000), yuan(3'000'000));
  b.service_model_zh = "1+1（客户经理 + 网点销售主管）";
  b.service_model_en = "1+1 (manager + branch sales lead)";
  TierRule c = tier("C", "C 类客户", "Tier C", yuan(3'000'000), std::nullopt);
  c.service_model_zh = "1+1+1（客户经理 + 网点销售主管 + 分/支行销售主管）";
  c.service_model_en = "1+1+1 (manager + branch sales lead + regional sales lead)";
  p.tiers.tiers = {a, b, c};

  p.contacts.rules.push_back(rule("bank_a.6_4_2", "A 类客户“6-4-2”：每年服务 6 次，其中主动联络 4 次、面谈 2 次",
                                  "Tier A \"6-4-2\": 6 services a year, of which 4 proactive contacts "
                                  "and 2 meetings",
                                  RulePeriod::year, {"A"}, {{.services = 6, .proactive = 4, .meetings = 2}}));
  p.contacts.rules.push_back(rule("bank_a.12_4_2", "B、C 类客户“12-4-2”：每年服务 12 次，其中主动联络 4 次、面谈 2 次",
                                  "Tiers B and C \"12-4-2\": 12 services a year, of which 4 proactive "
                                  "contacts and 2 meetings",
                                  RulePeriod::year, {"B", "C"},
                                  {{.services = 12, .proactive = 4, .meetings = 2}}));
  for (ContactRule& r : generic_contact_rules()) p.contacts.rules.push_back(std::move(r));

  p.capacity.max_clients_per_manager = 400;
  p.capacity.split_assets = yuan(1'000'000);
  p.capacity.percent_below_split = 80;
  working_calendar(p.capacity);
  return p;
}

Policy bank_b_policy() {
  Policy p;
  p.id = "bank_b";
  p.name_zh = "B 银行（金卡/白金卡/钻石卡）";
  p.name_en = "Bank B (Gold/Platinum/Diamond)";
  p.tiers.basis_zh = "前 12 个月日均金融资产";
  p.tiers.basis_en = "Average daily financial assets over the previous 12 months";
  TierRule gold = tier("gold", "金卡客户", "Gold", yuan(100'000), yuan(1'000'000));
  gold.approval_level_zh = "支行负责人";
  gold.approval_level_en = "Branch head";
  TierRule platinum = tier("platinum", "白金卡客户", "Platinum", yuan(1'000'000), yuan(5'000'000));
  platinum.approval_level_zh = "二级分行";
  platinum.approval_level_en = "Tier-2 branch";
  TierRule diamond = tier("diamond", "钻石卡客户", "Diamond", yuan(5'000'000), std::nullopt);
  diamond.approval_level_zh = "一级分行";
  diamond.approval_level_en = "Tier-1 branch";
  p.tiers.tiers = {gold, platinum, diamond};

  ContactRule weekly = rule("bank_b.weekly_ten_clients", "每周至少联络 10 位管户客户",
                            "Contact at least 10 managed clients a week", RulePeriod::week, {},
                            {{.clients = 10}});
  weekly.scope = RuleScope::per_manager;
  p.contacts.rules.push_back(weekly);
  p.contacts.rules.push_back(rule("bank_b.quarterly_every_client", "每位客户每季至少联络一次",
                                  "Every client at least once a quarter", RulePeriod::quarter, {},
                                  {services(1)}));
  p.contacts.rules.push_back(rule("bank_b.diamond_monthly", "钻石卡客户每月电话 2 次以上或面谈 1 次以上",
                                  "Diamond: each month at least 2 calls or 1 meeting", RulePeriod::month,
                                  {"diamond"}, {calls(2), meetings(1)}));
  p.contacts.rules.push_back(rule("bank_b.platinum_monthly", "白金卡客户每月电话 4 次以上或面谈 2 次以上",
                                  "Platinum: each month at least 4 calls or 2 meetings",
                                  RulePeriod::month, {"platinum"}, {calls(4), meetings(2)}));
  ContactRule gold_absence = event_rule("bank_b.gold_absence_call", "金卡客户一周未到网点，电话跟进",
                                        "Gold: phone follow-up after a week without a branch visit",
                                        TriggerEvent::branch_absence, 0, calls(1));
  gold_absence.tiers = {"gold"};
  gold_absence.absence_days = 7;
  p.contacts.rules.push_back(gold_absence);
  p.contacts.rules.push_back(event_rule("bank_b.holiday_sms", "重大节日短信问候",
                                        "SMS greeting on major holidays", TriggerEvent::major_holiday, 0,
                                        messages(1)));
  p.contacts.rules.push_back(event_rule("bank_b.birthday_sms", "客户生日短信问候",
                                        "SMS greeting on the client's birthday", TriggerEvent::birthday,
                                        0, messages(1)));
  p.contacts.rules.push_back(event_rule("bank_b.product_launch_sms", "新产品发行短信通知",
                                        "SMS on a new product launch", TriggerEvent::product_launch, 0,
                                        messages(1)));
  p.contacts.rules.push_back(event_rule("bank_b.return_change_sms", "持有产品收益变动短信通知",
                                        "SMS when the return of a held product changes",
                                        TriggerEvent::holding_return_change, 0, messages(1)));
  for (ContactRule& r : generic_contact_rules()) p.contacts.rules.push_back(std::move(r));

  p.capacity.staffing = {{"diamond", 30, 60}, {"platinum", 100, 400}, {"gold", 200, 0}};
  p.capacity.delegated = {{"gold", yuan(200'000), yuan(500'000), "大堂经理", "Lobby manager"},
                          {"gold", yuan(100'000), yuan(200'000), "柜员", "Teller"}};
  working_calendar(p.capacity);
  return p;
}

// Bank C (003). Its "potential VIP" (潜在符合优质客户定位) is a client whose assets
// here fall short of the quality-client line but reach it with assets at other
// banks; 003 names 200,000 (含) as that line, the lower bound of its "mid" segment.
// The segment sits above gold card so the competition target is flagged.
Policy bank_c_policy() {
  Policy p;
  p.id = "bank_c";
  p.name_zh = "C 银行（客户分层）";
  p.name_en = "Bank C segments";
  p.tiers.basis_zh = "个人金融资产";
  p.tiers.basis_en = "Personal financial assets";
  TierRule ordinary = tier("ordinary", "普通客户", "Ordinary", 0, yuan(50'000));
  TierRule potential = tier("potential", "潜力客户", "Potential", 0, yuan(50'000));
  potential.requires_university = true;
  potential.min_age = 16;
  potential.max_age = 28;
  TierRule gold_card = tier("gold_card", "金卡客户", "Gold card", yuan(50'000), yuan(200'000));
  TierRule potential_vip = tier("potential_vip", "潜在优质客户", "Potential VIP", 0, yuan(200'000));
  potential_vip.min_combined_assets = yuan(200'000);
  TierRule mid = tier("mid", "中端客户", "Mid", yuan(200'000), yuan(1'000'000));
  TierRule high_end = tier("high_end", "高端客户", "High-end", yuan(1'000'000), yuan(10'000'000));
  TierRule private_banking = tier("private_banking", "私人银行客户", "Private banking",
                                  yuan(10'000'000), std::nullopt);
  p.tiers.tiers = {ordinary, potential, gold_card, potential_vip, mid, high_end, private_banking};
  p.contacts.rules = generic_contact_rules();
  working_calendar(p.capacity);
  return p;
}

Policy blank_policy() {
  Policy p;
  p.id = "blank";
  p.name_zh = "空白（自定义）";
  p.name_en = "Blank (your own)";
  working_calendar(p.capacity);
  return p;
}

std::vector<Policy> preset_policies() {
  return {bank_a_policy(), bank_b_policy(), bank_c_policy(), blank_policy()};
}

}  // namespace rm
