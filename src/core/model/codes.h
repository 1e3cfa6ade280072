// Every enumeration of the model, with the stable text code each value has in
// the bundle and the CLI. Codes are part of the file format: never rename
// one; add new values at the end. The UI maps codes to Chinese labels.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace rm {

template <class E>
struct EnumCodes;  // specialised below: static constexpr std::array<std::string_view, N> codes

template <class E>
constexpr std::string_view code_of(E value) {
  const auto i = static_cast<size_t>(value);
  return i < EnumCodes<E>::codes.size() ? EnumCodes<E>::codes[i] : std::string_view{};
}

template <class E>
constexpr std::optional<E> enum_from_code(std::string_view code) {
  for (size_t i = 0; i < EnumCodes<E>::codes.size(); ++i)
    if (EnumCodes<E>::codes[i] == code) return static_cast<E>(i);
  return std::nullopt;
}

template <class E>
concept CodedEnum = std::is_enum_v<E> && requires { EnumCodes<E>::codes; };

#define RM_ENUM_CODES(E, ...)                                         \
  template <>                                                         \
  struct EnumCodes<E> {                                               \
    static constexpr auto codes = std::to_array<std::string_view>({__VA_ARGS__});                 \
  }

enum class Gender { unknown, female, male };
RM_ENUM_CODES(Gender, "unknown", "female", "male");

enum class MaritalStatus { unknown, single, married, divorced, widowed };
RM_ENUM_CODES(MaritalStatus, "unknown", "single", "married", "divorced", "widowed");

enum class Education { unknown, below_high_school, high_school, associate, bachelor, master, doctorate };
RM_ENUM_CODES(Education, "unknown", "below_high_school", "high_school", "associate", "bachelor",
              "master", "doctorate");

// docs/domain.md §1: the eight classes of 004 and the professions 000 adds.
enum class OccupationClass {
  unknown,
  government_official,
  civil_servant,
  enterprise_executive,
  middle_manager,
  private_entrepreneur,
  scholar_expert,
  artist_athlete,
  high_income_homemaker,
  professor,
  accountant,
  lawyer,
  architect,
  doctor,
  finance_professional,
  retired,
  other
};
RM_ENUM_CODES(OccupationClass, "unknown", "government_official", "civil_servant", "enterprise_executive",
              "middle_manager", "private_entrepreneur", "scholar_expert", "artist_athlete",
              "high_income_homemaker", "professor", "accountant", "lawyer", "architect", "doctor",
              "finance_professional", "retired", "other");

// How an interaction happens or how a client can be reached.
enum class Channel { phone, sms, wechat, email, letter, visit, branch, event };
RM_ENUM_CODES(Channel, "phone", "sms", "wechat", "email", "letter", "visit", "branch", "event");

// What kind of contact it was, as the contact rules count it (docs/domain.md
// §2, "Channel and kind"): a call (voice or video, by phone or WeChat), a
// message, or a meeting face to face. A contact records it beside its
// channel (WeChat can carry a call or a message); the planner books what it
// proposes in the same terms. Ordered by effort: the agenda indexes by the
// position, and snapshots store it.
enum class ContactClass { message, call, meeting };
RM_ENUM_CODES(ContactClass, "message", "call", "meeting");

enum class ContactTime { any, morning, noon, afternoon, evening, weekend };
RM_ENUM_CODES(ContactTime, "any", "morning", "noon", "afternoon", "evening", "weekend");

// docs/domain.md §1 (sources to assign) and §3 (finding channels of the six steps).
enum class ClientSource {
  unknown,
  system_identification,
  branch_identification,
  client_referral,
  corporate_retail_linkage,
  targeted_marketing,
  alliance_partner,
  lobby_lead,
  event_follow_up,
  department_referral,
  staff_handover,
  other
};
RM_ENUM_CODES(ClientSource, "unknown", "system_identification", "branch_identification",
              "client_referral", "corporate_retail_linkage", "targeted_marketing", "alliance_partner",
              "lobby_lead", "event_follow_up", "department_referral", "staff_handover", "other");

enum class Orientation { unknown, relationship, value, service };
RM_ENUM_CODES(Orientation, "unknown", "relationship", "value", "service");

enum class ValueClass { unknown, high_value, low_profit_potential, break_even, loss_making };
RM_ENUM_CODES(ValueClass, "unknown", "high_value", "low_profit_potential", "break_even", "loss_making");

enum class Motive { unknown, yield, convenience, stability, privacy };
RM_ENUM_CODES(Motive, "unknown", "yield", "convenience", "stability", "privacy");

enum class ImportantDateKind { wedding_anniversary, spouse_birthday, child_birthday, parent_birthday,
                               account_anniversary, other };
RM_ENUM_CODES(ImportantDateKind, "wedding_anniversary", "spouse_birthday", "child_birthday",
              "parent_birthday", "account_anniversary", "other");

// Money the client will need soon (docs/domain.md §5: house, study abroad, hospital).
enum class LiquidityPurpose { house, study_abroad, hospital, other };
RM_ENUM_CODES(LiquidityPurpose, "house", "study_abroad", "hospital", "other");

enum class Relation { spouse, child, parent, parent_in_law, sibling, other };
RM_ENUM_CODES(Relation, "spouse", "child", "parent", "parent_in_law", "sibling", "other");

enum class BranchLevel { outlet, tier2_branch, tier1_branch, head_office };
RM_ENUM_CODES(BranchLevel, "outlet", "tier2_branch", "tier1_branch", "head_office");

// Who issues a command. A manager works her own book; a supervisor reviews
// managers' work (docs/domain.md, "Roles").
enum class Role { manager, supervisor };
RM_ENUM_CODES(Role, "manager", "supervisor");

enum class SupervisorRole { branch_head, sales_lead, regional_lead };
RM_ENUM_CODES(SupervisorRole, "branch_head", "sales_lead", "regional_lead");

// docs/domain.md §4's risk–return ladder, then the service products of §3's cross-sell matrix.
enum class ProductCategory {
  savings,
  money_market_fund,
  bond,
  fixed_income_wealth,
  bond_fund,
  trust,
  floating_income_wealth,
  real_estate,
  equity_fund,
  blue_chip_stock,
  general_stock,
  business_venture,
  gold,
  insurance,
  fund_plan,
  credit_card,
  platinum_credit_card,
  online_banking,
  sms_alert,
  loan
};
RM_ENUM_CODES(ProductCategory, "savings", "money_market_fund", "bond", "fixed_income_wealth", "bond_fund",
              "trust", "floating_income_wealth", "real_estate", "equity_fund", "blue_chip_stock",
              "general_stock", "business_venture", "gold", "insurance", "fund_plan", "credit_card",
              "platinum_credit_card", "online_banking", "sms_alert", "loan");

enum class ContactOutcome { reached, no_answer, appointment_made, interested, not_interested, complaint, other };
RM_ENUM_CODES(ContactOutcome, "reached", "no_answer", "appointment_made", "interested",
              "not_interested", "complaint", "other");

enum class TaskKind { follow_up, call_back, maturity, greeting, paperwork, other };
RM_ENUM_CODES(TaskKind, "follow_up", "call_back", "maturity", "greeting", "paperwork", "other");

// docs/domain.md §3: the six steps (六步曲).
enum class SalesStep { find, contact, needs, proposal, presentation, maintenance };
RM_ENUM_CODES(SalesStep, "find", "contact", "needs", "proposal", "presentation", "maintenance");

enum class OpportunityStatus { open, won, lost };
RM_ENUM_CODES(OpportunityStatus, "open", "won", "lost");

// docs/domain.md §3: value-raising methods.
enum class SalesMethod { unknown, repeat, cross_sell, up_sell, diagnostic_portfolio, circle_referral };
RM_ENUM_CODES(SalesMethod, "unknown", "repeat", "cross_sell", "up_sell", "diagnostic_portfolio",
              "circle_referral");

// docs/domain.md §3: the channels for finding clients (`000`), where an
// opportunity came from.
enum class FindingChannel { unknown, bank_systems, branch, client_referral, corporate_retail_linkage,
                            targeted_marketing, alliance_partner, other };
RM_ENUM_CODES(FindingChannel, "unknown", "bank_systems", "branch", "client_referral", "corporate_retail_linkage",
              "targeted_marketing", "alliance_partner", "other");

// docs/domain.md §6 "Evaluating the manager": the three parts of the simulated
// profit. Deposit and wealth-product profit accrue on balances held; fee income
// is earned once on the amount sold.
enum class ProfitKind { deposit, wealth_product, fee_income };
RM_ENUM_CODES(ProfitKind, "deposit", "wealth_product", "fee_income");

// Where a report or plan stands with the supervisor. It only moves forward:
// draft → submitted → reviewed → approved or returned; a returned (or an
// approved and since changed) item is submitted again in a new review round
// (`review_round`), which is forward too (docs/data-format.md, "Review").
// `reviewed` is last in the list, not in the order, because snapshots store
// the position: the order is review_rank() (sync/review.h).
enum class ReviewState { draft, submitted, approved, returned, reviewed };
RM_ENUM_CODES(ReviewState, "draft", "submitted", "approved", "returned", "reviewed");

// What a review comment is about (ReviewComment::subject_kind).
enum class ReviewSubject { communication_report, financial_plan, work_log };
RM_ENUM_CODES(ReviewSubject, "communication_report", "financial_plan", "work_log");

// docs/domain.md §6: client events.
enum class ClientEventKind { investment_salon, dinner, short_trip, art_collection, financial_lecture,
                             market_lecture, study_abroad_talk, overseas_investment_talk, other };
RM_ENUM_CODES(ClientEventKind, "investment_salon", "dinner", "short_trip", "art_collection",
              "financial_lecture", "market_lecture", "study_abroad_talk", "overseas_investment_talk",
              "other");

enum class InvitationStatus { invited, accepted, declined, attended, no_show };
RM_ENUM_CODES(InvitationStatus, "invited", "accepted", "declined", "attended", "no_show");

// docs/domain.md §6: complaint handling, in order.
enum class ComplaintStep { listen, record_facts, determine_responsibility, apologise, agree_remedy, execute,
                           follow_up };
RM_ENUM_CODES(ComplaintStep, "listen", "record_facts", "determine_responsibility", "apologise",
              "agree_remedy", "execute", "follow_up");

enum class Responsibility { undetermined, bank, client, third_party, shared };
RM_ENUM_CODES(Responsibility, "undetermined", "bank", "client", "third_party", "shared");

#undef RM_ENUM_CODES

}  // namespace rm
