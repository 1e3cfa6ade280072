#include "ui/strings/enum_labels.h"

#include <cstddef>

namespace rm::ui {

namespace {
template <class E, size_t N>
const char* pick(const Text (&table)[N], E value) {
  static_assert(N == EnumCodes<E>::codes.size(), "a label for every code");
  const auto i = static_cast<size_t>(value);
  return i < N ? tr(table[i]) : "?";
}
}  // namespace

const char* label(Gender value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"女", "Female"},
      {"男", "Male"},
  };
  return pick(kTable, value);
}

const char* label(MaritalStatus value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"未婚", "Single"},
      {"已婚", "Married"},
      {"离异", "Divorced"},
      {"丧偶", "Widowed"},
  };
  return pick(kTable, value);
}

const char* label(Education value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"高中以下", "Below high school"},
      {"高中", "High school"},
      {"大专", "Associate"},
      {"本科", "Bachelor"},
      {"硕士", "Master"},
      {"博士", "Doctorate"},
  };
  return pick(kTable, value);
}

const char* label(OccupationClass value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"政府官员", "Government official"},
      {"公务员", "Civil servant"},
      {"企业高管", "Enterprise executive"},
      {"中层管理者", "Middle manager"},
      {"私营企业主", "Private entrepreneur"},
      {"学者专家", "Scholar / expert"},
      {"文体明星", "Artist / athlete"},
      {"高收入全职太太", "High-income homemaker"},
      {"教授", "Professor"},
      {"会计师", "Accountant"},
      {"律师", "Lawyer"},
      {"建筑师", "Architect"},
      {"医生", "Doctor"},
      {"金融从业者", "Finance professional"},
      {"退休", "Retired"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(Channel value) {
  static constexpr Text kTable[] = {
      {"电话", "Phone"},
      {"短信", "SMS"},
      {"微信", "WeChat"},
      {"电子邮件", "Email"},
      {"信函", "Letter"},
      {"上门拜访", "Visit"},
      {"网点面谈", "Branch meeting"},
      {"客户活动", "Client event"},
  };
  return pick(kTable, value);
}

// What a contact counts as (docs/domain.md §2): a call is by voice or video,
// on the phone or WeChat.
const char* label(ContactClass value) {
  static constexpr Text kTable[] = {
      {"消息", "Message"},
      {"通话", "Call"},
      {"面谈", "Meeting"},
  };
  return pick(kTable, value);
}

const char* label(ContactTime value) {
  static constexpr Text kTable[] = {
      {"任意时间", "Any time"},
      {"上午", "Morning"},
      {"中午", "Noon"},
      {"下午", "Afternoon"},
      {"晚上", "Evening"},
      {"周末", "Weekend"},
  };
  return pick(kTable, value);
}

const char* label(ClientSource value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"系统识别", "System identification"},
      {"网点识别", "Branch identification"},
      {"客户转介", "Client referral"},
      {"公私联动", "Corporate–retail linkage"},
      {"定向营销", "Targeted marketing"},
      {"联盟伙伴", "Alliance partner"},
      {"大堂线索", "Lobby lead"},
      {"活动跟进", "Event follow-up"},
      {"部门转介", "Department referral"},
      {"员工交接", "Staff hand-over"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(Orientation value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"关系型", "Relationship-oriented"},
      {"价值型", "Value-oriented"},
      {"服务型", "Service-oriented"},
  };
  return pick(kTable, value);
}

const char* label(ValueClass value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"高价值", "High value"},
      {"低利润有潜力", "Low profit, potential"},
      {"保本", "Break-even"},
      {"亏损", "Loss-making"},
  };
  return pick(kTable, value);
}

const char* label(Motive value) {
  static constexpr Text kTable[] = {
      {"未知", "Unknown"},
      {"收益", "Yield"},
      {"便利", "Convenience"},
      {"稳健", "Stability"},
      {"私密", "Privacy"},
  };
  return pick(kTable, value);
}

const char* label(ImportantDateKind value) {
  static constexpr Text kTable[] = {
      {"结婚纪念日", "Wedding anniversary"},
      {"配偶生日", "Spouse's birthday"},
      {"子女生日", "Child's birthday"},
      {"父母生日", "Parent's birthday"},
      {"开户纪念日", "Account anniversary"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(LiquidityPurpose value) {
  static constexpr Text kTable[] = {
      {"购房", "Buying a home"},
      {"出国留学", "Study abroad"},
      {"就医", "Hospital"},
      {"其他用款", "Other spending"},
  };
  return pick(kTable, value);
}

const char* label(Relation value) {
  static constexpr Text kTable[] = {
      {"配偶", "Spouse"},
      {"子女", "Child"},
      {"父母", "Parent"},
      {"岳父母/公婆", "Parent-in-law"},
      {"兄弟姐妹", "Sibling"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(ProductCategory value) {
  static constexpr Text kTable[] = {
      {"储蓄存款", "Savings"},
      {"货币基金", "Money-market fund"},
      {"债券", "Bonds"},
      {"固定收益理财", "Fixed-income wealth product"},
      {"债券基金", "Bond fund"},
      {"信托", "Trust"},
      {"浮动收益理财", "Floating-income wealth product"},
      {"房地产", "Real estate"},
      {"股票基金", "Equity fund"},
      {"蓝筹股", "Blue-chip stocks"},
      {"一般股票", "General stocks"},
      {"创业投资", "Business venture"},
      {"黄金", "Gold"},
      {"保险", "Insurance"},
      {"基金定投", "Fund plan"},
      {"信用卡", "Credit card"},
      {"白金信用卡", "Platinum credit card"},
      {"网上银行", "Online banking"},
      {"短信通知", "SMS alerts"},
      {"贷款", "Loan"},
  };
  return pick(kTable, value);
}

const char* label(ContactOutcome value) {
  static constexpr Text kTable[] = {
      {"已联系上", "Reached"},
      {"未接通", "No answer"},
      {"已预约", "Appointment made"},
      {"有意向", "Interested"},
      {"无意向", "Not interested"},
      {"投诉", "Complaint"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(TaskKind value) {
  static constexpr Text kTable[] = {
      {"跟进", "Follow-up"},
      {"回访", "Call-back"},
      {"到期", "Maturity"},
      {"问候", "Greeting"},
      {"文书", "Paperwork"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(SalesStep value) {
  static constexpr Text kTable[] = {
      {"寻找客户", "Find clients"},
      {"接触客户", "Contact"},
      {"确立需求", "Establish needs"},
      {"准备方案", "Prepare proposal"},
      {"呈现方案", "Present proposal"},
      {"持续维护", "Ongoing maintenance"},
  };
  return pick(kTable, value);
}

const char* label(OpportunityStatus value) {
  static constexpr Text kTable[] = {
      {"进行中", "Open"},
      {"已成交", "Won"},
      {"已失败", "Lost"},
  };
  return pick(kTable, value);
}

const char* label(SalesMethod value) {
  static constexpr Text kTable[] = {
      {"未指定", "Unspecified"},
      {"重复销售", "Repeat selling"},
      {"交叉销售", "Cross-selling"},
      {"向上销售", "Up-selling"},
      {"诊断式组合销售", "Diagnostic portfolio selling"},
      {"圈子营销", "Circle (referral) marketing"},
  };
  return pick(kTable, value);
}

const char* label(FindingChannel value) {
  static constexpr Text kTable[] = {
      {"未指定", "Unspecified"},
      {"银行系统识别", "Bank systems"},
      {"网点识别", "Branch"},
      {"客户转介绍", "Client referral"},
      {"公私联动", "Corporate–retail linkage"},
      {"定向营销", "Targeted marketing"},
      {"联盟伙伴", "Alliance partner"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(ProfitKind value) {
  static constexpr Text kTable[] = {
      {"存款利润", "Deposit profit"},
      {"理财产品利润", "Wealth-product profit"},
      {"中间业务收入", "Fee income"},
  };
  return pick(kTable, value);
}

const char* label(ReviewState value) {
  static constexpr Text kTable[] = {
      {"草稿", "Draft"},
      {"已提交", "Submitted"},
      {"已通过", "Approved"},
      {"已退回", "Returned"},
      {"已审阅", "Reviewed"},  // last: the enum keeps stored positions (codes.h)
  };
  return pick(kTable, value);
}

const char* label(ClientEventKind value) {
  static constexpr Text kTable[] = {
      {"投资沙龙", "Investment salon"},
      {"客户晚宴", "Dinner"},
      {"短途旅行", "Short trip"},
      {"艺术收藏", "Art collection"},
      {"理财知识讲座", "Financial-knowledge lecture"},
      {"市场讲座", "Market lecture"},
      {"留学讲座", "Study-abroad talk"},
      {"海外投资讲座", "Overseas-investment talk"},
      {"其他", "Other"},
  };
  return pick(kTable, value);
}

const char* label(InvitationStatus value) {
  static constexpr Text kTable[] = {
      {"已邀请", "Invited"},
      {"已接受", "Accepted"},
      {"已谢绝", "Declined"},
      {"已出席", "Attended"},
      {"未出席", "No-show"},
  };
  return pick(kTable, value);
}

const char* label(ComplaintStep value) {
  static constexpr Text kTable[] = {
      {"倾听", "Listen"},
      {"记录事实", "Record facts"},
      {"确定责任", "Determine responsibility"},
      {"致歉", "Apologise"},
      {"商定补救", "Agree a remedy"},
      {"执行", "Execute"},
      {"跟进", "Follow up"},
  };
  return pick(kTable, value);
}

const char* label(Responsibility value) {
  static constexpr Text kTable[] = {
      {"未确定", "Undetermined"},
      {"银行", "Bank"},
      {"客户", "Client"},
      {"第三方", "Third party"},
      {"共同", "Shared"},
  };
  return pick(kTable, value);
}

std::string_view tag_label(std::string_view tag) {
  struct Known {
    std::string_view code[2];  // the spellings a book may hold
    Text text;
  };
  static constexpr Known kKnown[] = {
      {{"important", "重要客户"}, {"重要客户", "Important client"}},
      {{"他行大户", "large_elsewhere"}, {"他行大户", "Large assets elsewhere"}},
  };
  for (const Known& k : kKnown)
    if (tag == k.code[0] || tag == k.code[1]) return tr(k.text);
  return tag;
}

}  // namespace rm::ui
