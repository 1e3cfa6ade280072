// The demo generator. All randomness comes from one xoshiro256** stream and
// integer arithmetic (no <random> distributions, no libm), so the output is
// identical under libstdc++, libc++ and wasm32.
#include "core/demo/demo_book.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "core/calendar/lunar_calendar.h"
#include "core/demo/demo_names.h"
#include "core/model/book_stats.h"
#include "core/model/default_catalogue.h"
#include "core/model/prng.h"
#include "core/model/uuid.h"
#include "core/policy/tier_policy.h"
#include "core/risk/questionnaire.h"

namespace rm {

namespace {
constexpr int64_t kDayMs = 86400000;
constexpr int64_t kChinaOffsetMs = 8 * 3600000;

int64_t china_time_ms(Date day, int hour, int minute) {
  return static_cast<int64_t>(day.days()) * kDayMs - kChinaOffsetMs + (hour * 60 + minute) * 60000LL;
}

template <class T, size_t N>
const T& pick(Xoshiro256& rng, const T (&list)[N]) {
  return list[rng.below(N)];
}

struct WeightedOccupation {
  OccupationClass occupation;
  int weight;
  std::string_view employer;
  std::string_view title;
};

constexpr WeightedOccupation kOccupations[] = {
    {OccupationClass::private_entrepreneur, 20, "自营商贸有限公司", "董事长"},
    {OccupationClass::enterprise_executive, 14, "华信科技股份有限公司", "总经理"},
    {OccupationClass::middle_manager, 18, "中兴制造集团", "部门经理"},
    {OccupationClass::civil_servant, 8, "区财政局", "科长"},
    {OccupationClass::government_official, 3, "市发展和改革委员会", "处长"},
    {OccupationClass::scholar_expert, 4, "市农业科学研究院", "研究员"},
    {OccupationClass::professor, 3, "师范大学", "教授"},
    {OccupationClass::doctor, 7, "市第一人民医院", "主任医师"},
    {OccupationClass::lawyer, 3, "正衡律师事务所", "合伙人"},
    {OccupationClass::accountant, 4, "信达会计师事务所", "注册会计师"},
    {OccupationClass::architect, 2, "城市规划设计院", "高级建筑师"},
    {OccupationClass::finance_professional, 5, "恒泰证券", "投资经理"},
    {OccupationClass::artist_athlete, 1, "市歌舞剧院", "演员"},
    {OccupationClass::high_income_homemaker, 6, "", ""},
    {OccupationClass::other, 2, "个体经营", "店主"},
};

constexpr std::string_view kInterests[] = {"高尔夫", "茶艺", "书法", "旅游", "摄影", "太极", "钓鱼", "红酒",
                                           "收藏", "健身", "读书", "音乐", "烹饪", "登山", "围棋", "养生"};
constexpr std::string_view kDistricts[] = {"朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区", "昌平区", "顺义区"};
constexpr std::string_view kStreets[] = {"建国路", "学院路", "长安街", "望京西路", "金融大街", "中关村大街", "安立路", "新源里"};
constexpr std::string_view kContactNotes[] = {"电话问候，了解近期资金安排", "介绍新发行理财产品", "提醒产品到期，沟通续作意向",
                                              "客户来网点办理业务，面谈资产配置", "节日问候", "生日问候",
                                              "跟进上次提出的保险需求", "市场波动后的持仓说明", "邀请参加投资沙龙",
                                              "客户咨询子女留学资金安排"};
constexpr std::string_view kNextSteps[] = {"发送产品说明书", "约下周面谈", "准备资产配置建议", "到期前三天再次提醒", "无"};
constexpr std::string_view kOpportunityTitles[] = {"到期资金续作", "子女教育金规划", "养老年金保险", "基金定投", "资产配置调整",
                                                   "他行资金引入", "信托产品认购", "大额存单"};
constexpr std::string_view kTaskTitles[] = {"回访新开户客户", "产品到期提醒", "补充客户资料", "寄送生日贺卡", "跟进理财建议书",
                                            "风险测评到期重做"};
constexpr std::string_view kComplaintSummaries[] = {"理财产品收益低于预期", "网点排队时间过长", "短信通知未及时送达",
                                                    "信用卡年费争议"};

class Generator {
 public:
  explicit Generator(const DemoOptions& o)
      : opt_(o), rng_(o.seed), random_([this] { return rng_.next(); }) {}

  Book run() {
    Book book;
    staff(book);
    book.products = default_catalogue(random_, stamp_at(opt_.today.plus_days(-800), 9, 0), true);
    book.settings.meta = new_meta(new_record_id(random_), stamp_at(opt_.today.plus_days(-800), 9, 0), true);
    book.settings.active_policy_id = opt_.policy_id;
    book.settings.owner_manager_id = manager_id_;
    book.settings.cross_sell = default_cross_sell();
    const size_t n = static_cast<size_t>(std::max(opt_.clients, 0));
    book.clients.reserve(n);
    book.households.reserve(n);
    book.holdings.reserve(n * 3);
    book.contacts.reserve(n * 8);
    book.risk_assessments.reserve(n);
    for (size_t i = 0; i < n; ++i) client(book);
    events(book);
    work_log(book);
    asset_history(book);
    book.export_info.exported_by = manager_id_.str();
    book.export_info.exported_at_ms = demo_evening_ms(opt_.today);
    book.export_info.scope = BundleScope::book;
    return book;
  }

 private:
  Hlc stamp_at(Date day, int hour, int minute) {
    return Hlc{china_time_ms(day, hour, minute) + static_cast<int64_t>(rng_.below(60000)), 0, actor_};
  }
  // A working-hours stamp on DAY, never later than the export.
  Hlc stamp_on(Date day) { return stamp_at(day, 9 + static_cast<int>(rng_.below(8)), static_cast<int>(rng_.below(60))); }
  RecordMeta meta_on(Date day) { return new_meta(new_record_id(random_), stamp_on(day), true); }
  // A later change to FIELD on DAY by ACTOR; never before the record's creation.
  void change(RecordMeta& meta, std::string_view field, Date day, const std::string& actor = {}) {
    Hlc s = stamp_on(day);
    if (!actor.empty()) s.actor = actor;
    if (s <= meta.created) s = Hlc{meta.created.wall_ms, meta.created.counter + 1, s.actor};
    stamp_field(meta, field, s);
  }
  Date past_day(int max_days_ago) { return opt_.today.plus_days(-static_cast<int32_t>(rng_.below(max_days_ago + 1))); }
  Fen yuan_between(int64_t lo, int64_t hi) { return yuan(rng_.between(lo, hi)); }

  // A year of monthly asset readings (docs/domain.md §1, "Tier history"),
  // from a random stream of their own so the rest of the book is as it was.
  // One client in ten has a history worth keeping: a few were upgraded two
  // months ago, a few had a large outflow in today's statement and a few have
  // declined steadily for four months (docs/domain.md §6, "Retention"); the
  // other months hold their tier with a little noise. The last reading,
  // today's, is the client's figure.
  void asset_history(Book& book) {
    Xoshiro256 rng(opt_.seed * 0x9E3779B97F4A7C15ull + 0x7A55E7);
    const Policy& policy = active_policy(book);
    for (Client& c : book.clients) {
      const Fen now = c.average_daily_assets;
      if (now <= 0) continue;
      TierFacts facts = tier_facts(c, opt_.today);
      const std::string tier = computed_tier(policy.tiers, facts);
      const auto same_tier = [&](Fen v) {
        facts.average_daily_assets = v;
        return computed_tier(policy.tiers, facts) == tier;
      };
      const uint64_t kind = rng.below(100);
      // A client whose tier held all year needs no readings (the tier of
      // today's figure stands for every day): a 50 000-client book would
      // otherwise carry 650 000 readings that change nothing.
      if (kind >= 10) continue;
      std::vector<AssetReading> h;
      for (int m = 12; m >= 1; --m) {
        const Date d = opt_.today.plus_months(-m);
        if (c.account_opened && d < *c.account_opened) continue;
        Fen v = mul_money(now, 96 + static_cast<int64_t>(rng.below(9))) / 100;  // ±4 %
        if (kind < 4 && m >= 3) v = mul_money(now, 55 + static_cast<int64_t>(rng.below(15))) / 100;  // upgraded
        else if (kind >= 4 && kind < 7) v = mul_money(now, 160 + static_cast<int64_t>(rng.below(20))) / 100;  // outflow today
        else if (kind >= 7 && m <= 4) v = mul_money(now, 100 + 7 * m) / 100;  // down 7 % a month
        else if (!same_tier(v)) v = now;
        h.push_back({d, v});
      }
      if (h.empty()) continue;
      h.push_back({opt_.today, now});
      c.asset_history = std::move(h);
    }
  }

  void staff(Book& book) {
    manager_id_ = new_record_id(random_);  // first, so every stamp can name the author
    actor_ = ActorId(manager_id_.str());
    const Date founded = opt_.today.plus_days(-900);
    Branch parent;
    parent.meta = meta_on(founded);
    parent.name = "示范银行北京分行";
    parent.code = "BJ-0100";
    parent.region = "北京市";
    parent.level = BranchLevel::tier2_branch;
    Branch outlet;
    outlet.meta = meta_on(founded);
    outlet.name = "示范银行朝阳支行";
    outlet.code = "BJ-0108";
    outlet.region = "北京市朝阳区";
    outlet.level = BranchLevel::outlet;
    outlet.parent_branch_id = parent.meta.id;
    Supervisor head;
    head.meta = meta_on(founded);
    head.name = "周建华";
    head.employee_no = "E00017";
    head.role = SupervisorRole::branch_head;
    head.branch_id = outlet.meta.id;
    supervisor_id_ = head.meta.id;
    Manager m;
    m.meta = new_meta(manager_id_, stamp_on(founded), true);
    m.name = "李晓燕";
    m.employee_no = "E00342";
    m.branch_id = outlet.meta.id;
    m.supervisor_id = head.meta.id;
    m.phone = "010-6588 0342";
    m.email = "li.xiaoyan@example.com";
    book.branches = {std::move(parent), std::move(outlet)};
    book.supervisors = {std::move(head)};
    book.managers = {std::move(m)};
  }

  // docs/domain.md §1: 80 % under 1,000,000; the rest mostly 1–3 million.
  Fen average_daily_assets() {
    const uint64_t u = rng_.below(1000);
    if (u < 80) return yuan_between(50'000, 299'999);
    if (u < 800) return yuan_between(300'000, 999'999);
    if (u < 950) return yuan_between(1'000'000, 2'999'999);
    if (u < 990) return yuan_between(3'000'000, 9'999'999);
    return yuan_between(10'000'000, 40'000'000);
  }

  // VIP clients cluster in their forties and fifties: a triangle on 25–80.
  int age() { return 25 + static_cast<int>(rng_.below(29) + rng_.below(28)); }

  void client(Book& book) {
    Client c;
    const Date opened = opt_.today.plus_days(-static_cast<int32_t>(rng_.below(100) < 2 ? rng_.below(10) : 30 + rng_.below(5000)));
    c.meta = meta_on(opened);
    c.gender = rng_.chance(0.5) ? Gender::female : Gender::male;
    const int years = age();
    const Date birthday = opt_.today.plus_years(-years).plus_days(-static_cast<int32_t>(rng_.below(365)));
    const int birth_year = birthday.year();
    c.name = demo::full_name(rng_, c.gender, birth_year);
    c.birthday = birthday;
    if (rng_.below(10) == 0) c.lunar_birthday = to_lunar(birthday);
    marital(c, years);
    c.education = education(years);
    const WeightedOccupation& occ = occupation(years);
    c.occupation = years >= 62 && rng_.chance(0.7) ? OccupationClass::retired : occ.occupation;
    if (c.occupation != OccupationClass::retired) {
      c.employer = std::string(occ.employer);
      c.job_title = std::string(occ.title);
    }
    c.average_daily_assets = average_daily_assets();
    c.annual_income = c.occupation == OccupationClass::retired ? yuan_between(60'000, 200'000)
                                                                : yuan_between(150'000, 600'000) + c.average_daily_assets / 10;
    if (c.marital_status == MaritalStatus::married) c.spouse_annual_income = yuan_between(0, 400'000);
    for (int k = 0, n = 1 + static_cast<int>(rng_.below(3)); k < n; ++k) {
      std::string interest(pick(rng_, kInterests));
      if (std::find(c.interests.begin(), c.interests.end(), interest) == c.interests.end())
        c.interests.push_back(std::move(interest));
    }
    const std::string_view district = pick(rng_, kDistricts);
    c.region = "北京市" + std::string(district);
    c.address = c.region + std::string(pick(rng_, kStreets)) + std::to_string(1 + rng_.below(200)) + "号";
    c.contact_points.push_back({Channel::phone, "1" + std::to_string(30 + rng_.below(60)) +
                                                    std::to_string(10'000'000 + rng_.below(90'000'000))});
    if (rng_.chance(0.6)) c.contact_points.push_back({Channel::wechat, "wx_" + std::to_string(rng_.below(100'000'000))});
    static constexpr Channel kPreferred[] = {Channel::phone, Channel::phone, Channel::wechat, Channel::visit, Channel::sms};
    if (rng_.chance(0.7)) c.preferred_channel = pick(rng_, kPreferred);
    c.preferred_time = static_cast<ContactTime>(rng_.below(6));
    if (c.marital_status == MaritalStatus::married && years >= 26) {
      c.important_dates.push_back({ImportantDateKind::wedding_anniversary, "结婚纪念日",
                                   birthday.plus_years(24 + static_cast<int>(rng_.below(std::min(years - 24, 10) + 1)))
                                       .plus_days(static_cast<int32_t>(rng_.below(200)))});
    }
    c.important_dates.push_back({ImportantDateKind::account_anniversary, "开户纪念日", opened});
    static constexpr ClientSource kSources[] = {ClientSource::system_identification, ClientSource::branch_identification,
                                                ClientSource::client_referral,       ClientSource::corporate_retail_linkage,
                                                ClientSource::targeted_marketing,    ClientSource::lobby_lead,
                                                ClientSource::event_follow_up,       ClientSource::staff_handover};
    c.source = pick(rng_, kSources);
    if (c.source == ClientSource::client_referral && !book.clients.empty())
      c.referrer_client_id = book.clients[rng_.below(book.clients.size())].meta.id;
    c.orientation = static_cast<Orientation>(1 + rng_.below(3));
    c.value_class = static_cast<ValueClass>(1 + rng_.below(4));
    c.motive = static_cast<Motive>(1 + rng_.below(4));
    if (rng_.chance(0.4)) c.assets_elsewhere = yuan_between(100'000, 3'000'000);
    c.account_opened = opened;
    c.manager_id = manager_id_;
    if (rng_.chance(0.08)) c.tags.push_back("important");
    if (rng_.chance(0.05)) c.tags.push_back("他行大户");
    if (rng_.below(100) == 0) {
      c.tier_override = TierOverride{"B", supervisor_id_.str(), past_day(200), "代发工资大户，网点负责人批准"};
      change(c.meta, "tier_override", c.tier_override->approved_on);
    }
    // One client in 23 has said money is needed soon (docs/domain.md §5), so the
    // demo shows the suitability refusal. Derived from the position rather
    // than drawn, so adding it left every other demo record as it was.
    if (book.clients.size() % 23 == 7) {
      static constexpr LiquidityPurpose kPurposes[] = {LiquidityPurpose::study_abroad, LiquidityPurpose::house,
                                                       LiquidityPurpose::hospital};
      const size_t k = book.clients.size() / 23 % 3;
      c.liquidity_needs.push_back({kPurposes[k], opt_.today.plus_days(static_cast<int32_t>(120 + 30 * k)),
                                   c.average_daily_assets / 300 * 100});
    }
    // Some facts changed after the client was created: the per-field stamps
    // a merge decides by.
    if (rng_.chance(0.2)) change(c.meta, "average_daily_assets", past_day(60));
    if (rng_.chance(0.05)) {
      c.contact_points.push_back({Channel::email, "client" + std::to_string(book.clients.size()) + "@example.com"});
      change(c.meta, "contact_points", past_day(120));
    }
    // A few clients were handed over recently (the one-week follow-up rule).
    if (rng_.below(100) < 3) {
      c.source = ClientSource::staff_handover;
      change(c.meta, "manager_id", past_day(20));
    }

    const int level = assessment(book, c, risk_level());
    household(book, c, years);
    holdings(book, c, level);
    contacts(book, c);
    pipeline(book, c);
    book.clients.push_back(std::move(c));
  }

  void marital(Client& c, int years) {
    const uint64_t u = rng_.below(100);
    if (years < 30) {
      c.marital_status = u < 45 ? MaritalStatus::married : MaritalStatus::single;
    } else if (years < 65) {
      c.marital_status = u < 84 ? MaritalStatus::married : u < 92 ? MaritalStatus::divorced : MaritalStatus::single;
    } else {
      c.marital_status = u < 75 ? MaritalStatus::married : MaritalStatus::widowed;
    }
    if (c.marital_status != MaritalStatus::single && years >= 27) {
      const uint64_t k = rng_.below(10);
      c.children = k < 2 ? 0 : k < 7 ? 1 : 2 + (years > 55 && k == 9 ? 1 : 0);
    }
  }

  Education education(int years) {
    const uint64_t u = rng_.below(100);
    if (years >= 60) return u < 30 ? Education::high_school : u < 55 ? Education::associate : u < 90 ? Education::bachelor : Education::master;
    return u < 10 ? Education::high_school : u < 25 ? Education::associate : u < 70 ? Education::bachelor : u < 93 ? Education::master : Education::doctorate;
  }

  const WeightedOccupation& occupation(int) {
    int total = 0;
    for (const auto& o : kOccupations) total += o.weight;
    int r = static_cast<int>(rng_.below(static_cast<uint64_t>(total)));
    for (const auto& o : kOccupations) {
      if (r < o.weight) return o;
      r -= o.weight;
    }
    return kOccupations[0];
  }

  int risk_level() {
    const uint64_t u = rng_.below(100);
    return u < 10 ? 1 : u < 40 ? 2 : u < 75 ? 3 : u < 93 ? 4 : 5;
  }

  void household(Book& book, Client& c, int years) {
    Household h;
    h.meta = new_meta(new_record_id(random_), c.meta.created, true);
    h.name = c.name.substr(0, c.name.size() >= 9 && (c.name.rfind("欧阳", 0) == 0 || c.name.rfind("司马", 0) == 0 ||
                                                    c.name.rfind("诸葛", 0) == 0 || c.name.rfind("上官", 0) == 0)
                                  ? 6 : 3) + "家";
    h.client_id = c.meta.id;
    const std::string family = h.name.substr(0, h.name.size() - 3);
    if (c.marital_status == MaritalStatus::married) {
      HouseholdMember spouse;
      spouse.relation = Relation::spouse;
      spouse.gender = c.gender == Gender::female ? Gender::male : Gender::female;
      const int spouse_age = std::clamp(years + static_cast<int>(rng_.below(7)) - 3, 22, 90);
      spouse.birthday = opt_.today.plus_years(-spouse_age).plus_days(-static_cast<int32_t>(rng_.below(365)));
      spouse.name = demo::full_name(rng_, spouse.gender, spouse.birthday->year());
      spouse.annual_income = c.spouse_annual_income;
      h.members.push_back(std::move(spouse));
    }
    for (int k = 0; k < c.children; ++k) {
      HouseholdMember child;
      child.relation = Relation::child;
      child.gender = rng_.chance(0.5) ? Gender::female : Gender::male;
      const int child_age = std::max(0, years - 24 - static_cast<int>(rng_.below(10)) - 2 * k);
      child.birthday = opt_.today.plus_years(-child_age).plus_days(-static_cast<int32_t>(rng_.below(365)));
      child.name = family + demo::given_name(rng_, child.gender, child.birthday->year());
      if (child_age >= 23) child.annual_income = yuan_between(80'000, 250'000);
      c.important_dates.push_back({ImportantDateKind::child_birthday, child.name + "生日", *child.birthday});
      h.members.push_back(std::move(child));
    }
    if (years < 50 && rng_.chance(0.3)) {
      HouseholdMember parent;
      parent.relation = Relation::parent;
      parent.gender = rng_.chance(0.5) ? Gender::female : Gender::male;
      parent.age = years + 25 + static_cast<int>(rng_.below(8));
      parent.name = parent.gender == Gender::male ? family + demo::given_name(rng_, parent.gender, 1950)
                                                  : demo::full_name(rng_, parent.gender, 1950);
      h.members.push_back(std::move(parent));
    }
    BalanceSheet& b = h.balance_sheet;
    const Fen assets = c.average_daily_assets;
    b.cash_and_deposits = assets * static_cast<Fen>(20 + rng_.below(30)) / 100;
    b.wealth_products = assets * static_cast<Fen>(20 + rng_.below(30)) / 100;
    b.funds = assets - b.cash_and_deposits - b.wealth_products;
    b.bonds = c.assets_elsewhere / 3;
    b.stocks = c.assets_elsewhere - b.bonds;
    if (years >= 28) b.real_estate = yuan_between(1'500'000, 12'000'000);
    b.other_assets = yuan_between(0, 400'000);
    if (years < 55 && b.real_estate > 0 && rng_.chance(0.6)) b.mortgage = b.real_estate * static_cast<Fen>(10 + rng_.below(50)) / 100;
    if (rng_.chance(0.2)) b.other_loans = yuan_between(20'000, 300'000);
    b.credit_cards = yuan_between(0, 30'000);
    IncomeStatement& s = h.income_statement;
    s.pretax_income = c.annual_income + c.spouse_annual_income;
    s.aftertax_income = s.pretax_income * 78 / 100;
    s.living_expenses = s.aftertax_income * static_cast<Fen>(25 + rng_.below(35)) / 100;
    s.debt_service = b.mortgage / 15 + b.other_loans / 3;
    s.insurance_premiums = s.pretax_income * static_cast<Fen>(rng_.below(12)) / 100;
    s.other_expenses = s.aftertax_income * static_cast<Fen>(rng_.below(10)) / 100;
    h.finances_as_of = past_day(300);
    c.household_id = h.meta.id;
    book.households.push_back(std::move(h));
  }

  void holdings(Book& book, const Client& c, int level) {
    std::vector<const Product*> suitable;
    for (const Product& p : book.products)
      if (rank(p.risk) <= level && p.category <= ProductCategory::fund_plan) suitable.push_back(&p);
    const int count = 1 + static_cast<int>(rng_.below(4));
    Fen left = c.average_daily_assets;
    for (int k = 0; k < count && left > 0; ++k) {
      const Product& p = *suitable[rng_.below(suitable.size())];
      Holding h;
      const Fen amount = k + 1 == count ? left : left * static_cast<Fen>(20 + rng_.below(50)) / 100;
      left -= amount;
      // Term products mature on a uniformly random day of the coming year (or
      // of the coming term, when shorter): the maturity reminders of
      // docs/domain.md §2 spread over the year.
      const int term = p.term_days > 0 ? p.term_days : 0;
      const Date start =
          term > 0 ? opt_.today.plus_days(1 + static_cast<int32_t>(rng_.below(static_cast<uint64_t>(std::min(term, 365)))) - term)
                   : past_day(900);
      h.meta = meta_on(std::max(start, *c.account_opened));
      h.client_id = c.meta.id;
      h.product_id = p.meta.id;
      h.amount = amount / 100 * 100;  // whole yuan, as bank statements show
      h.start = start;
      if (term > 0) h.maturity = start.plus_days(term);
      h.expected_return_bp = p.expected_return_bp;
      book.holdings.push_back(std::move(h));
    }
  }

  void contacts(Book& book, const Client& c) {
    const bool senior = c.average_daily_assets >= yuan(1'000'000);
    const int n = senior ? 6 + static_cast<int>(rng_.below(9)) : 2 + static_cast<int>(rng_.below(7));
    const Date first = std::max(opt_.today.plus_days(-365), *c.account_opened);
    const int span = std::max(0, opt_.today - first);
    std::vector<Date> days;
    for (int k = 0; k < n; ++k) days.push_back(first.plus_days(static_cast<int32_t>(rng_.below(static_cast<uint64_t>(span) + 1))));
    std::sort(days.begin(), days.end());
    static constexpr Channel kChannels[] = {Channel::phone, Channel::phone, Channel::phone, Channel::phone, Channel::wechat,
                                            Channel::wechat, Channel::sms, Channel::branch, Channel::branch, Channel::visit,
                                            Channel::event, Channel::email};
    for (const Date day : days) {
      Contact k;
      k.meta = meta_on(day);
      k.client_id = c.meta.id;
      k.manager_id = manager_id_;
      k.date = day;
      k.channel = pick(rng_, kChannels);
      k.meeting = k.channel == Channel::branch || k.channel == Channel::visit || k.channel == Channel::event;
      k.proactive = k.channel != Channel::branch && rng_.chance(0.8);
      const uint64_t o = rng_.below(100);
      k.outcome = k.channel == Channel::phone && o < 15 ? ContactOutcome::no_answer
                  : o < 60                              ? ContactOutcome::reached
                  : o < 75                              ? ContactOutcome::interested
                  : o < 85                              ? ContactOutcome::appointment_made
                                                        : ContactOutcome::not_interested;
      k.notes = std::string(pick(rng_, kContactNotes));
      const std::string_view next = pick(rng_, kNextSteps);
      if (next != "无") {
        k.next_step = std::string(next);
        k.next_step_date = day.plus_days(3 + static_cast<int32_t>(rng_.below(12)));
      }
      if (k.meeting && rng_.chance(0.3)) report(book, c, k);
      book.contacts.push_back(std::move(k));
    }
  }

  void report(Book& book, const Client& c, const Contact& k) {
    CommunicationReport r;
    r.meta = new_meta(new_record_id(random_), k.meta.created, true);
    r.client_id = c.meta.id;
    r.manager_id = manager_id_;
    r.contact_id = k.meta.id;
    r.date = k.date;
    r.key_points = "面谈了解家庭资产状况与投资偏好";
    r.needs = c.children > 0 ? "子女教育金储备，关注稳健收益" : "关注资产保值与流动性";
    r.next_actions = "一周内提交资产配置建议";
    if (opt_.today - k.date > 14) {
      r.review = rng_.chance(0.85) ? ReviewState::approved : ReviewState::returned;
      r.reviewer_id = supervisor_id_;
      r.reviewed_on = k.date.plus_days(2);
      r.review_comment = r.review == ReviewState::approved ? "同意" : "请补充客户风险测评情况";
      for (const char* field : {"review", "reviewed_on", "reviewer_id", "review_comment"})
        change(r.meta, field, *r.reviewed_on, supervisor_id_.str());
    } else {
      r.review = ReviewState::submitted;
    }
    book.communication_reports.push_back(std::move(r));
  }

  // Answers chosen to land in LEVEL's score band: each question takes the
  // option closest to the points still needed, spread over the questions left.
  int assessment(Book& book, Client& c, int level) {
    const int band_lo = 20 * (level - 1) + (level > 1 ? 1 : 0);
    int needed = band_lo + static_cast<int>(rng_.below(static_cast<uint64_t>(20 - (level > 1 ? 1 : 0))));
    std::vector<int> answers;
    for (size_t q = 0; q < questionnaire_.questions.size(); ++q) {
      const auto& options = questionnaire_.questions[q].options;
      const int left = static_cast<int>(questionnaire_.questions.size() - q);
      const int want = (needed + left - 1) / left;
      int best = 0;
      for (size_t o = 1; o < options.size(); ++o)
        if (std::abs(options[o].score - want) < std::abs(options[static_cast<size_t>(best)].score - want))
          best = static_cast<int>(o);
      answers.push_back(best);
      needed -= options[static_cast<size_t>(best)].score;
    }
    // About a fifth are more than a year old: expired, to be redone.
    const Date day = std::max(past_day(450), *c.account_opened);
    Result<RiskAssessment> assessed = assess(questionnaire_, answers, day);
    if (!assessed) return level;
    RiskAssessment a = std::move(assessed.value());
    a.meta = meta_on(day);
    a.client_id = c.meta.id;
    a.manager_id = manager_id_;
    a.signed_in_person = true;
    if (const auto scoring = score_answers(questionnaire_, answers))
      c.derivatives_experience = scoring->derivatives_experience;
    level = rank(a.level);
    book.risk_assessments.push_back(std::move(a));
    return level;
  }

  void pipeline(Book& book, const Client& c) {
    if (rng_.chance(0.3)) {
      Opportunity o;
      const Date opened = std::max(past_day(90), *c.account_opened);
      o.meta = meta_on(opened);
      o.title = std::string(pick(rng_, kOpportunityTitles));
      o.client_id = c.meta.id;
      o.manager_id = manager_id_;
      o.step = static_cast<SalesStep>(1 + rng_.below(4));
      o.method = static_cast<SalesMethod>(1 + rng_.below(5));
      o.product_id = book.products[rng_.below(book.products.size())].meta.id;
      o.expected_amount = yuan(50'000 * static_cast<int64_t>(1 + rng_.below(40)));
      o.opened_on = opened;
      const uint64_t u = rng_.below(10);
      if (u < 2) {
        o.status = u == 0 ? OpportunityStatus::won : OpportunityStatus::lost;
        o.closed_on = std::min(opt_.today, opened.plus_days(7 + static_cast<int32_t>(rng_.below(40))));
        if (o.status == OpportunityStatus::lost) o.lost_reason = "客户选择他行产品";
        change(o.meta, "status", *o.closed_on);
      } else {
        o.next_step = "电话确认认购意向";
        o.next_step_date = opt_.today.plus_days(static_cast<int32_t>(rng_.below(22)));
      }
      book.opportunities.push_back(std::move(o));
    }
    if (rng_.chance(0.15)) {
      Task t;
      const Date created = past_day(20);
      t.meta = meta_on(std::max(created, *c.account_opened));
      t.title = std::string(pick(rng_, kTaskTitles));
      t.kind = static_cast<TaskKind>(rng_.below(6));
      t.client_id = c.meta.id;
      t.manager_id = manager_id_;
      t.due = opt_.today.plus_days(static_cast<int32_t>(rng_.below(20)) - 5);
      t.important = rng_.chance(0.5);
      t.urgent = t.due <= opt_.today.plus_days(2);
      if (t.due < opt_.today && rng_.chance(0.6)) {
        t.done_on = t.due;
        change(t.meta, "done_on", t.due);
      }
      // Now and then a task was deleted: tombstones are part of a real book.
      if (rng_.below(50) == 0) {
        Hlc gone = stamp_on(opt_.today);
        if (gone <= t.meta.updated) gone = Hlc{t.meta.updated.wall_ms, t.meta.updated.counter + 1, actor_};
        make_tombstone(t, gone);
      }
      book.tasks.push_back(std::move(t));
    }
    if (rng_.below(100) == 0) {
      Complaint k;
      const Date received = std::max(past_day(200), *c.account_opened);
      k.meta = meta_on(received);
      k.client_id = c.meta.id;
      k.manager_id = manager_id_;
      k.received_on = received;
      k.summary = std::string(pick(rng_, kComplaintSummaries));
      k.facts = "客户来电反映，已记录详细经过";
      const int done = 1 + static_cast<int>(rng_.below(7));
      for (int s = 0; s < done; ++s) {
        k.steps.push_back({static_cast<ComplaintStep>(s), std::min(opt_.today, received.plus_days(s)), "", "李晓燕"});
      }
      if (done >= 3) k.responsibility = rng_.chance(0.5) ? Responsibility::bank : Responsibility::third_party;
      if (done >= 5) k.remedy = "赠送积分并优先办理";
      if (done == 7) k.resolved_on = std::min(opt_.today, received.plus_days(10));
      if (done > 1) change(k.meta, "steps", k.steps.back().date);
      book.complaints.push_back(std::move(k));
    }
  }

  void events(Book& book) {
    static constexpr ClientEventKind kKinds[] = {ClientEventKind::investment_salon, ClientEventKind::financial_lecture,
                                                 ClientEventKind::market_lecture, ClientEventKind::dinner,
                                                 ClientEventKind::art_collection, ClientEventKind::study_abroad_talk};
    static constexpr std::string_view kTitles[] = {"新年投资策略沙龙", "家庭财富传承讲座", "A股市场展望报告会",
                                                   "贵宾客户答谢晚宴", "书画收藏鉴赏会", "子女留学规划分享会"};
    const int count = 4 + opt_.clients / 100;
    for (int e = 0; e < count && !book.clients.empty(); ++e) {
      ClientEvent ev;
      const size_t k = static_cast<size_t>(e) % std::size(kKinds);
      const Date day = e % 2 == 0 ? past_day(300) : opt_.today.plus_days(3 + static_cast<int32_t>(rng_.below(60)));
      ev.meta = meta_on(std::min(day.plus_days(-20), opt_.today));
      ev.title = std::string(kTitles[k]);
      ev.kind = kKinds[k];
      ev.date = day;
      ev.location = "朝阳支行三楼贵宾厅";
      ev.host_manager_id = manager_id_;
      ev.capacity = 30;
      const int invited = 10 + static_cast<int>(rng_.below(25));
      for (int i = 0; i < invited; ++i) {
        const RecordId& id = book.clients[rng_.below(book.clients.size())].meta.id;
        if (std::any_of(ev.invitations.begin(), ev.invitations.end(),
                        [&](const Invitation& inv) { return inv.client_id == id; }))
          continue;
        Invitation inv;
        inv.client_id = id;
        if (day < opt_.today) {
          const uint64_t u = rng_.below(10);
          inv.status = u < 6 ? InvitationStatus::attended : u < 8 ? InvitationStatus::declined : InvitationStatus::no_show;
          if (inv.status == InvitationStatus::attended && rng_.chance(0.7)) inv.followed_up_on = day.plus_days(2);
        } else {
          inv.status = rng_.chance(0.5) ? InvitationStatus::accepted : InvitationStatus::invited;
        }
        ev.invitations.push_back(std::move(inv));
      }
      book.client_events.push_back(std::move(ev));
    }
  }

  void work_log(Book& book) {
    for (int d = 1, written = 0; written < 20 && d < 60; ++d) {
      const Date day = opt_.today.plus_days(-d);
      if (day.weekday() >= 6) continue;
      WorkLogEntry w;
      w.meta = new_meta(new_record_id(random_), stamp_at(day, 18, static_cast<int>(rng_.below(50))), true);
      w.manager_id = manager_id_;
      w.date = day;
      w.morning_meeting = "晨会：通报本周理财产品额度及营销重点";
      w.contacts = "电话联系客户" + std::to_string(6 + rng_.below(8)) + "位，面谈" + std::to_string(1 + rng_.below(4)) + "位";
      w.sales = rng_.chance(0.4) ? "成交固定收益类理财" + std::to_string(10 + rng_.below(90)) + "万元" : "";
      w.memo = "整理到期客户名单";
      book.work_log.push_back(std::move(w));
      ++written;
    }
  }

  DemoOptions opt_;
  Xoshiro256 rng_;
  Random64 random_;
  Questionnaire questionnaire_ = default_questionnaire();
  RecordId manager_id_;
  ActorId actor_;  // manager_id_ as the author of stamps
  RecordId supervisor_id_;
};
}  // namespace

int64_t demo_evening_ms(Date day) { return china_time_ms(day, 18, 0); }

Book make_demo_book(const DemoOptions& options) { return Generator(options).run(); }

}  // namespace rm
