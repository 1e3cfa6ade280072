// The bundle's schema in one place: for every record and nested struct, its
// fields in file order with their JSON keys and constraints. The writer and
// the validating reader both walk these lists, so a field added here is saved,
// loaded and checked without touching either. Keys are part of the file
// format (docs/data-format.md): never rename one without a schema version and
// a migration.
//
// A visitor is called as v(key, member, constraints...). Constraints:
//   Range{lo, hi}  integer bounds (money amounts are Range{0, ...} unless signed)
//   Ref{kind}      a record id: empty, or a UUID of a record of that kind
//   Required{}     text that a live (non-deleted) record must have
#pragma once
#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/model/book.h"

namespace rm::bundle {

struct Range {
  int64_t lo, hi;
};
enum class RefKind { client, household, product, manager, supervisor, branch, opportunity, contact, actor };
struct Ref {
  RefKind kind;
};
struct Required {};

// Any one amount: 0 … kMaxAmount (10^15 fen, core/money.h), so a household's
// figures cannot overflow; totals over a book saturate (add_money).
inline constexpr Range kMoney{0, kMaxAmount};
inline constexpr Range kBasisPoints{-100000, 100000};
inline constexpr const char* kClientViewsKey = "client_views";  // optional: see save_bundle
// Lists added after the first books: a book without them loads, and
// save_bundle leaves them out while empty, so a book that does not use them
// is written as before.
inline bool is_optional_array(std::string_view key) {
  return key == kClientViewsKey || key == "financial_plans" || key == "review_comments" ||
         key == "reassignments" || key == "weekly_targets";
}

template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// The member shapes the schema's walkers (writer, reader, field diff) tell apart.
template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

template <class V, Is<LunarDate> T>
void fields(V& v, T& x) {
  v("year", x.year, Range{1899, 2100});
  v("month", x.month, Range{1, 12});
  v("day", x.day, Range{1, 30});
  v("leap", x.leap);
}

template <class V, Is<ContactPoint> T>
void fields(V& v, T& x) {
  v("channel", x.channel);
  v("value", x.value, Required{});
}

template <class V, Is<ImportantDate> T>
void fields(V& v, T& x) {
  v("kind", x.kind);
  v("label", x.label);
  v("date", x.date);
}

template <class V, Is<LiquidityNeed> T>
void fields(V& v, T& x) {
  v("purpose", x.purpose);
  v("date", x.date);
  v("amount", x.amount, kMoney);
}

template <class V, Is<AssetReading> T>
void fields(V& v, T& x) {
  v("date", x.date);
  v("average_daily_assets", x.average_daily_assets, kMoney);
}

template <class V, Is<TierOverride> T>
void fields(V& v, T& x) {
  v("tier", x.tier, Required{});
  v("approved_by", x.approved_by, Ref{RefKind::actor});
  v("approved_on", x.approved_on);
  v("reason", x.reason);
}

template <class V, Is<HouseholdMember> T>
void fields(V& v, T& x) {
  v("relation", x.relation);
  v("name", x.name);
  v("gender", x.gender);
  v("birthday", x.birthday);
  v("age", x.age, Range{0, 150});
  v("annual_income", x.annual_income, kMoney);
  v("client_id", x.client_id, Ref{RefKind::client});
}

template <class V, Is<BalanceSheet> T>
void fields(V& v, T& x) {
  v("cash_and_deposits", x.cash_and_deposits, kMoney);
  v("wealth_products", x.wealth_products, kMoney);
  v("bonds", x.bonds, kMoney);
  v("funds", x.funds, kMoney);
  v("stocks", x.stocks, kMoney);
  v("other_investments", x.other_investments, kMoney);
  v("real_estate", x.real_estate, kMoney);
  v("other_assets", x.other_assets, kMoney);
  v("mortgage", x.mortgage, kMoney);
  v("other_loans", x.other_loans, kMoney);
  v("credit_cards", x.credit_cards, kMoney);
}

template <class V, Is<IncomeStatement> T>
void fields(V& v, T& x) {
  v("pretax_income", x.pretax_income, kMoney);
  v("aftertax_income", x.aftertax_income, kMoney);
  v("living_expenses", x.living_expenses, kMoney);
  v("debt_service", x.debt_service, kMoney);
  v("insurance_premiums", x.insurance_premiums, kMoney);
  v("other_expenses", x.other_expenses, kMoney);
}

template <class V, Is<ProfitRate> T>
void fields(V& v, T& x) {
  v("category", x.category);
  v("kind", x.kind);
  v("rate_bp", x.rate_bp, Range{0, 10000});
}

template <class V, Is<CreditFactors> T>
void fields(V& v, T& x) {
  v("character", x.character, Range{0, 100});
  v("capacity", x.capacity, Range{0, 100});
  v("capital", x.capital, Range{0, 100});
  v("collateral", x.collateral, Range{0, 100});
  v("conditions", x.conditions, Range{0, 100});
}

template <class V, Is<StepMove> T>
void fields(V& v, T& x) {
  v("on", x.on);
  v("from", x.from);
  v("to", x.to);
}

template <class V, Is<CrossSellRule> T>
void fields(V& v, T& x) {
  v("held", x.held);
  v("offer", x.offer);
  v("source", x.source);
}

template <class V, Is<Invitation> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("status", x.status);
  v("followed_up_on", x.followed_up_on);
  v("notes", x.notes);
}

template <class V, Is<ComplaintStepDone> T>
void fields(V& v, T& x) {
  v("step", x.step);
  v("date", x.date);
  v("note", x.note);
  v("by", x.by);
}

// A policy kept in the book has the keys of a policy file (core/policy/policy.h,
// policy_to_json), so one can be copied out and read by `rmplanner --policy`.
inline constexpr Range kCount{0, 100'000};
inline constexpr Range kDays{0, 3'660};

template <class V, Is<TierRule> T>
void fields(V& v, T& x) {
  v("code", x.code, Required{});
  v("name_zh", x.name_zh);
  v("name_en", x.name_en);
  v("min_assets", x.min_assets, kMoney);
  v("max_assets", x.max_assets, kMoney);
  v("min_combined_assets", x.min_combined_assets, kMoney);
  v("min_age", x.min_age, Range{0, 150});
  v("max_age", x.max_age, Range{0, 150});
  v("requires_university", x.requires_university);
  v("approval_level_zh", x.approval_level_zh);
  v("approval_level_en", x.approval_level_en);
  v("service_model_zh", x.service_model_zh);
  v("service_model_en", x.service_model_en);
}

template <class V, Is<TierPolicy> T>
void fields(V& v, T& x) {
  v("basis_zh", x.basis_zh);
  v("basis_en", x.basis_en);
  v("tiers", x.tiers);
}

template <class V, Is<ContactCounts> T>
void fields(V& v, T& x) {
  v("services", x.services, kCount);
  v("proactive", x.proactive, kCount);
  v("meetings", x.meetings, kCount);
  v("calls", x.calls, kCount);
  v("messages", x.messages, kCount);
  v("clients", x.clients, kCount);
}

template <class V, Is<ContactRule> T>
void fields(V& v, T& x) {
  v("id", x.id, Required{});
  v("name_zh", x.name_zh);
  v("name_en", x.name_en);
  v("kind", x.kind);
  v("scope", x.scope);
  v("tiers", x.tiers);
  v("important_only", x.important_only);
  v("period", x.period);
  v("event", x.event);
  v("window_days", x.window_days, kDays);
  v("absence_days", x.absence_days, kDays);
  v("valid_months", x.valid_months, Range{0, 1'200});
  v("recommendation_gap_months", x.recommendation_gap_months, Range{0, 1'200});
  v("alternatives", x.alternatives);
}

template <class V, Is<ContactPolicy> T>
void fields(V& v, T& x) {
  v("rules", x.rules);
  v("greeting_holidays", x.greeting_holidays);
}

template <class V, Is<StaffingRatio> T>
void fields(V& v, T& x) {
  v("tier", x.tier);
  v("clients_per_manager", x.clients_per_manager, kCount);
  v("clients_per_advisor", x.clients_per_advisor, kCount);
}

template <class V, Is<DelegatedBand> T>
void fields(V& v, T& x) {
  v("tier", x.tier);
  v("min_assets", x.min_assets, kMoney);
  v("max_assets", x.max_assets, kMoney);
  v("role_zh", x.role_zh);
  v("role_en", x.role_en);
}

template <class V, Is<DailyCapacity> T>
void fields(V& v, T& x) {
  v("meetings", x.meetings, Range{0, 1'000});
  v("calls", x.calls, Range{0, 1'000});
  v("messages", x.messages, Range{0, 1'000});
}

template <class V, Is<CapacityPolicy> T>
void fields(V& v, T& x) {
  v("max_clients_per_manager", x.max_clients_per_manager, kCount);
  v("split_assets", x.split_assets, kMoney);
  v("percent_below_split", x.percent_below_split, Range{0, 100});
  v("staffing", x.staffing);
  v("delegated", x.delegated);
  v("working_weeks_per_year", x.working_weeks_per_year, Range{0, 53});
  v("working_days_per_week", x.working_days_per_week, Range{0, 7});
  v("daily", x.daily);
}

template <class V, Is<Policy> T>
void fields(V& v, T& x) {
  v("id", x.id, Required{});
  v("name_zh", x.name_zh);
  v("name_en", x.name_en);
  v("tiers", x.tiers);
  v("contacts", x.contacts);
  v("capacity", x.capacity);
}

template <class V, Is<DayRange> T>
void fields(V& v, T& x) {
  v("first", x.first);
  v("last", x.last);
}

template <class V, Is<YearArrangement> T>
void fields(V& v, T& x) {
  v("year", x.year, Range{2000, 2100});
  v("days_off", x.days_off);
  v("make_up_working_days", x.make_up_working_days);
}

// ---- Records ----------------------------------------------------------------

template <class V, Is<Settings> T>
void fields(V& v, T& x) {
  v("active_policy_id", x.active_policy_id);
  v("owner_manager_id", x.owner_manager_id, Ref{RefKind::manager});
  v("cross_sell", x.cross_sell);
  v("policies", x.policies);
  v("holiday_arrangements", x.holiday_arrangements);
  v("profit_rates", x.profit_rates);
}

template <class V, Is<Branch> T>
void fields(V& v, T& x) {
  v("name", x.name, Required{});
  v("code", x.code);
  v("region", x.region);
  v("level", x.level);
  v("parent_branch_id", x.parent_branch_id, Ref{RefKind::branch});
}

template <class V, Is<Manager> T>
void fields(V& v, T& x) {
  v("name", x.name, Required{});
  v("employee_no", x.employee_no);
  v("branch_id", x.branch_id, Ref{RefKind::branch});
  v("supervisor_id", x.supervisor_id, Ref{RefKind::supervisor});
  v("phone", x.phone);
  v("email", x.email);
}

template <class V, Is<Supervisor> T>
void fields(V& v, T& x) {
  v("name", x.name, Required{});
  v("employee_no", x.employee_no);
  v("role", x.role);
  v("branch_id", x.branch_id, Ref{RefKind::branch});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
}

template <class V, Is<Client> T>
void fields(V& v, T& x) {
  v("name", x.name, Required{});
  v("gender", x.gender);
  v("birthday", x.birthday);
  v("lunar_birthday", x.lunar_birthday);
  v("marital_status", x.marital_status);
  v("education", x.education);
  v("occupation", x.occupation);
  v("employer", x.employer);
  v("job_title", x.job_title);
  v("annual_income", x.annual_income, kMoney);
  v("spouse_annual_income", x.spouse_annual_income, kMoney);
  v("children", x.children, Range{0, 30});
  v("interests", x.interests);
  v("address", x.address);
  v("region", x.region);
  v("contact_points", x.contact_points);
  v("preferred_channel", x.preferred_channel);
  v("preferred_time", x.preferred_time);
  v("important_dates", x.important_dates);
  v("source", x.source);
  v("referrer_client_id", x.referrer_client_id, Ref{RefKind::client});
  v("referrer_name", x.referrer_name);
  v("orientation", x.orientation);
  v("value_class", x.value_class);
  v("motive", x.motive);
  v("average_daily_assets", x.average_daily_assets, kMoney);
  v("asset_history", x.asset_history);
  v("assets_elsewhere", x.assets_elsewhere, kMoney);
  v("tier_override", x.tier_override);
  v("account_opened", x.account_opened);
  v("derivatives_experience", x.derivatives_experience);
  v("liquidity_needs", x.liquidity_needs);
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("household_id", x.household_id, Ref{RefKind::household});
  v("tags", x.tags);
  v("notes", x.notes);
  v("id_number", x.id_number);
  v("credit_factors", x.credit_factors);
  v("credit_scored_on", x.credit_scored_on);
}

template <class V, Is<Household> T>
void fields(V& v, T& x) {
  v("name", x.name);
  v("client_id", x.client_id, Ref{RefKind::client});
  v("members", x.members);
  v("balance_sheet", x.balance_sheet);
  v("income_statement", x.income_statement);
  v("finances_as_of", x.finances_as_of);
}

template <class V, Is<Product> T>
void fields(V& v, T& x) {
  v("code", x.code);
  v("name", x.name, Required{});
  v("category", x.category);
  v("risk", x.risk);
  v("ladder_position", x.ladder_position, Range{0, 15});
  v("term_days", x.term_days, Range{0, 36600});
  v("redemption_days", x.redemption_days, Range{0, 3660});
  v("derivative_linked", x.derivative_linked);
  v("expected_return_bp", x.expected_return_bp, kBasisPoints);
  v("issuer", x.issuer);
  v("on_sale", x.on_sale);
}

template <class V, Is<Holding> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("product_id", x.product_id, Ref{RefKind::product});
  v("amount", x.amount, kMoney);
  v("start", x.start);
  v("maturity", x.maturity);
  v("expected_return_bp", x.expected_return_bp, kBasisPoints);
}

template <class V, Is<Contact> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("date", x.date);
  v("channel", x.channel);
  // Schema version 5: optional; absent means as the channel implies
  // (contact_kind, docs/data-format.md "Contacts").
  v("kind", x.kind);
  v("proactive", x.proactive);
  v("meeting", x.meeting);
  v("outcome", x.outcome);
  v("notes", x.notes);
  v("next_step", x.next_step);
  v("next_step_date", x.next_step_date);
  v("opportunity_id", x.opportunity_id, Ref{RefKind::opportunity});
}

template <class V, Is<Task> T>
void fields(V& v, T& x) {
  v("title", x.title, Required{});
  v("kind", x.kind);
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("due", x.due);
  v("urgent", x.urgent);
  v("important", x.important);
  v("done_on", x.done_on);
  v("notes", x.notes);
}

template <class V, Is<Opportunity> T>
void fields(V& v, T& x) {
  v("title", x.title, Required{});
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("step", x.step);
  v("status", x.status);
  v("method", x.method);
  v("product_id", x.product_id, Ref{RefKind::product});
  v("expected_amount", x.expected_amount, kMoney);
  v("opened_on", x.opened_on);
  v("next_step", x.next_step);
  v("next_step_date", x.next_step_date);
  v("closed_on", x.closed_on);
  v("lost_reason", x.lost_reason);
  v("source", x.source);
  v("probability_pct", x.probability_pct, Range{0, 100});
  v("expected_close", x.expected_close);
  v("moves", x.moves);
}

template <class V, Is<ApprovedStamp> T>
void fields(V& v, T& x) {
  v("field", x.field, Required{});
  v("stamp", x.stamp, Required{});
}

template <class V, Is<PlanGoal> T>
void fields(V& v, T& x) {
  v("kind", x.kind);
  v("name", x.name, Required{});
  v("amount", x.amount, kMoney);
  v("year", x.year, Range{1900, 2200});
  v("priority", x.priority, Range{1, 99});
}

template <class V, Is<CommunicationReport> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("contact_id", x.contact_id, Ref{RefKind::contact});
  v("date", x.date);
  v("key_points", x.key_points);
  v("needs", x.needs);
  v("next_actions", x.next_actions);
  v("review", x.review);
  v("reviewer_id", x.reviewer_id, Ref{RefKind::supervisor});
  v("reviewed_on", x.reviewed_on);
  v("review_comment", x.review_comment);
  v("review_round", x.review_round, Range{0, 100000});
  v("return_reason", x.return_reason);
  v("approved_content", x.approved_content);
}

template <class V, Is<WorkLogEntry> T>
void fields(V& v, T& x) {
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("date", x.date);
  v("morning_meeting", x.morning_meeting);
  v("contacts", x.contacts);
  v("sales", x.sales);
  v("suggestions", x.suggestions);
  v("memo", x.memo);
}

template <class V, Is<ClientEvent> T>
void fields(V& v, T& x) {
  v("title", x.title, Required{});
  v("kind", x.kind);
  v("date", x.date);
  v("location", x.location);
  v("host_manager_id", x.host_manager_id, Ref{RefKind::manager});
  v("capacity", x.capacity, Range{0, 100000});
  v("invitations", x.invitations);
}

template <class V, Is<ClientView> T>
void fields(V& v, T& x) {
  v("name", x.name, Required{});
  v("filter", x.filter);
}

template <class V, Is<Complaint> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("received_on", x.received_on);
  v("summary", x.summary, Required{});
  v("facts", x.facts);
  v("responsibility", x.responsibility);
  v("remedy", x.remedy);
  v("steps", x.steps);
  v("resolved_on", x.resolved_on);
}

template <class V, Is<RiskAssessment> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("questionnaire_id", x.questionnaire_id);
  v("answers", x.answers);
  v("score", x.score, Range{0, 1000});
  v("level", x.level);
  v("date", x.date);
  v("valid_until", x.valid_until);
  v("signed_in_person", x.signed_in_person);
}

template <class V, Is<FinancialPlan> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("version", x.version, Range{1, 100000});
  v("created_on", x.created_on);
  v("goals", x.goals);
  v("financial_position", x.financial_position);
  v("protection", x.protection);
  v("risk_level", x.risk_level);
  v("recommendations", x.recommendations);
  v("review_date", x.review_date);
  v("review", x.review);
  v("reviewer_id", x.reviewer_id, Ref{RefKind::supervisor});
  v("reviewed_on", x.reviewed_on);
  v("review_comment", x.review_comment);
  v("review_round", x.review_round, Range{0, 100000});
  v("return_reason", x.return_reason);
  v("approved_content", x.approved_content);
}

template <class V, Is<ReviewComment> T>
void fields(V& v, T& x) {
  v("subject_kind", x.subject_kind);
  v("subject_id", x.subject_id);
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("author_id", x.author_id, Ref{RefKind::actor});
  v("date", x.date);
  v("text", x.text, Required{});
}

template <class V, Is<ClientReassignment> T>
void fields(V& v, T& x) {
  v("client_id", x.client_id, Ref{RefKind::client});
  v("from_manager_id", x.from_manager_id, Ref{RefKind::manager});
  v("to_manager_id", x.to_manager_id, Ref{RefKind::manager});
  v("supervisor_id", x.supervisor_id, Ref{RefKind::supervisor});
  v("date", x.date);
}

template <class V, Is<WeeklyTarget> T>
void fields(V& v, T& x) {
  v("manager_id", x.manager_id, Ref{RefKind::manager});
  v("week_start", x.week_start);
  v("new_opportunity_amount", x.new_opportunity_amount, kMoney);
  v("contacts", x.contacts, Range{0, 100000});
  v("meetings", x.meetings, Range{0, 100000});
  v("reports", x.reports, Range{0, 100000});
  v("supervisor_id", x.supervisor_id, Ref{RefKind::supervisor});
}

// The record arrays of a bundle, in file order, with their keys.
template <class BookT, class F>
void for_each_record_array(BookT& b, F&& f) {
  f("branches", b.branches);
  f("managers", b.managers);
  f("supervisors", b.supervisors);
  f("clients", b.clients);
  f("households", b.households);
  f("products", b.products);
  f("holdings", b.holdings);
  f("contacts", b.contacts);
  f("tasks", b.tasks);
  f("opportunities", b.opportunities);
  f("communication_reports", b.communication_reports);
  f("work_log", b.work_log);
  f("client_events", b.client_events);
  f("complaints", b.complaints);
  f("risk_assessments", b.risk_assessments);
  // Added after schema version 1's first books: optional, so older books load.
  f(kClientViewsKey, b.client_views);
  // Schema version 4 (docs/data-format.md, "Review"): optional likewise.
  f("financial_plans", b.financial_plans);
  f("review_comments", b.review_comments);
  f("reassignments", b.reassignments);
  f("weekly_targets", b.weekly_targets);
}

}  // namespace rm::bundle
