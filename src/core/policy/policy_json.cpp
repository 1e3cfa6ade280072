// Policy <-> JSON. Reading never lets nlohmann throw: every value's type is
// checked before it is taken, so a hand-edited preset with a string where a
// number belongs becomes a Problem with its path, not an exception.
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>

#include "core/policy/policy.h"

namespace rm {
namespace {

using nlohmann::json;

json opt_json(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
json opt_json(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }

json counts_json(const ContactCounts& c) {
  return {{"services", c.services}, {"proactive", c.proactive}, {"meetings", c.meetings},
          {"calls", c.calls},       {"messages", c.messages},   {"clients", c.clients}};
}

json tier_json(const TierRule& t) {
  return {{"code", t.code},
          {"name_zh", t.name_zh},
          {"name_en", t.name_en},
          {"min_assets", t.min_assets},
          {"max_assets", opt_json(t.max_assets)},
          {"min_combined_assets", opt_json(t.min_combined_assets)},
          {"min_age", opt_json(t.min_age)},
          {"max_age", opt_json(t.max_age)},
          {"requires_university", t.requires_university},
          {"approval_level_zh", t.approval_level_zh},
          {"approval_level_en", t.approval_level_en},
          {"service_model_zh", t.service_model_zh},
          {"service_model_en", t.service_model_en}};
}

json rule_json(const ContactRule& r) {
  json alternatives = json::array();
  for (const ContactCounts& c : r.alternatives) alternatives.push_back(counts_json(c));
  return {{"id", r.id},
          {"name_zh", r.name_zh},
          {"name_en", r.name_en},
          {"kind", policy_code(r.kind)},
          {"scope", policy_code(r.scope)},
          {"tiers", r.tiers},
          {"important_only", r.important_only},
          {"period", policy_code(r.period)},
          {"event", policy_code(r.event)},
          {"window_days", r.window_days},
          {"absence_days", r.absence_days},
          {"valid_months", r.valid_months},
          {"recommendation_gap_months", r.recommendation_gap_months},
          {"alternatives", alternatives}};
}

json capacity_json(const CapacityPolicy& c) {
  json staffing = json::array();
  for (const StaffingRatio& s : c.staffing)
    staffing.push_back({{"tier", s.tier},
                        {"clients_per_manager", s.clients_per_manager},
                        {"clients_per_advisor", s.clients_per_advisor}});
  json delegated = json::array();
  for (const DelegatedBand& d : c.delegated)
    delegated.push_back({{"tier", d.tier},
                         {"min_assets", d.min_assets},
                         {"max_assets", d.max_assets},
                         {"role_zh", d.role_zh},
                         {"role_en", d.role_en}});
  return {{"max_clients_per_manager", c.max_clients_per_manager},
          {"split_assets", c.split_assets},
          {"percent_below_split", c.percent_below_split},
          {"staffing", staffing},
          {"delegated", delegated},
          {"working_weeks_per_year", c.working_weeks_per_year},
          {"working_days_per_week", c.working_days_per_week},
          {"daily", {{"meetings", c.daily.meetings}, {"calls", c.daily.calls}, {"messages", c.daily.messages}}}};
}

// ---- Reading ---------------------------------------------------------------

Problem problem(std::string code, std::string path, std::string en, std::string zh) {
  return {std::move(code), std::move(path), std::move(en), std::move(zh)};
}

// Collects problems while walking one JSON object; every accessor leaves the
// destination untouched when the value is absent or wrong.
class Fields {
 public:
  Fields(const json& j, std::string path, Problems& out) : j_(j), path_(std::move(path)), out_(out) {
    if (!j_.is_object())
      out_.push_back(problem("wrong_type", path_, "not an object", "应为对象"));
  }

  std::string at(const char* key) const { return path_ + "." + key; }

  const json* get(const char* key, bool required) const {
    if (!j_.is_object()) return nullptr;
    auto it = j_.find(key);
    if (it == j_.end() || it->is_null()) {
      if (required) out_.push_back(problem("missing_field", at(key), "missing", "缺少此项"));
      return nullptr;
    }
    return &*it;
  }

  void text(const char* key, std::string& dst, bool required = false) const {
    if (const json* v = get(key, required)) {
      if (v->is_string())
        dst = v->get<std::string>();
      else
        wrong(key, "not text", "应为文本");
    }
  }

  void flag(const char* key, bool& dst) const {
    if (const json* v = get(key, false)) {
      if (v->is_boolean())
        dst = v->get<bool>();
      else
        wrong(key, "not true/false", "应为 true 或 false");
    }
  }

  void integer(const char* key, int64_t& dst) const {
    if (const json* v = get(key, false)) {
      if (v->is_number_integer())
        dst = v->get<int64_t>();
      else
        wrong(key, "not a whole number", "应为整数");
    }
  }

  void integer(const char* key, int& dst) const {
    int64_t wide = dst;
    integer(key, wide);
    if (wide < INT32_MIN || wide > INT32_MAX)
      out_.push_back(problem("out_of_range", at(key), "number too large", "数值过大"));
    else
      dst = static_cast<int>(wide);
  }

  template <class T>
  void optional_integer(const char* key, std::optional<T>& dst) const {
    if (!get(key, false)) return;
    T v{};
    integer(key, v);
    dst = v;
  }

  template <class E>
  void code(const char* key, E& dst, std::optional<E> (*parse)(std::string_view)) const {
    std::string text_value;
    if (const json* v = get(key, false); v && !v->is_string()) {
      wrong(key, "not text", "应为文本");
      return;
    }
    text(key, text_value);
    if (text_value.empty()) return;
    if (auto e = parse(text_value))
      dst = *e;
    else
      out_.push_back(problem("unknown_value", at(key), "unknown value \"" + text_value + "\"",
                             "无法识别的取值“" + text_value + "”"));
  }

  // Calls fn(element, element_path) for each element of an array field.
  template <class Fn>
  void each(const char* key, Fn fn) const {
    const json* v = get(key, false);
    if (!v) return;
    if (!v->is_array()) {
      wrong(key, "not a list", "应为列表");
      return;
    }
    for (size_t i = 0; i < v->size(); ++i) fn((*v)[i], at(key) + "[" + std::to_string(i) + "]");
  }

  const json* object(const char* key) const { return get(key, false); }

 private:
  void wrong(const char* key, const char* en, const char* zh) const {
    out_.push_back(problem("wrong_type", at(key), en, zh));
  }

  const json& j_;
  std::string path_;
  Problems& out_;
};

ContactCounts read_counts(const json& j, const std::string& path, Problems& out) {
  ContactCounts c;
  Fields f(j, path, out);
  f.integer("services", c.services);
  f.integer("proactive", c.proactive);
  f.integer("meetings", c.meetings);
  f.integer("calls", c.calls);
  f.integer("messages", c.messages);
  f.integer("clients", c.clients);
  return c;
}

TierRule read_tier(const json& j, const std::string& path, Problems& out) {
  TierRule t;
  Fields f(j, path, out);
  f.text("code", t.code, true);
  f.text("name_zh", t.name_zh);
  f.text("name_en", t.name_en);
  f.integer("min_assets", t.min_assets);
  f.optional_integer("max_assets", t.max_assets);
  f.optional_integer("min_combined_assets", t.min_combined_assets);
  f.optional_integer("min_age", t.min_age);
  f.optional_integer("max_age", t.max_age);
  f.flag("requires_university", t.requires_university);
  f.text("approval_level_zh", t.approval_level_zh);
  f.text("approval_level_en", t.approval_level_en);
  f.text("service_model_zh", t.service_model_zh);
  f.text("service_model_en", t.service_model_en);
  return t;
}

ContactRule read_rule(const json& j, const std::string& path, Problems& out) {
  ContactRule r;
  Fields f(j, path, out);
  f.text("id", r.id, true);
  f.text("name_zh", r.name_zh);
  f.text("name_en", r.name_en);
  f.code("kind", r.kind, parse_rule_kind);
  f.code("scope", r.scope, parse_rule_scope);
  f.each("tiers", [&](const json& e, const std::string& p) {
    if (e.is_string())
      r.tiers.push_back(e.get<std::string>());
    else
      out.push_back(problem("wrong_type", p, "not text", "应为文本"));
  });
  f.flag("important_only", r.important_only);
  f.code("period", r.period, parse_rule_period);
  f.code("event", r.event, parse_trigger_event);
  f.integer("window_days", r.window_days);
  f.integer("absence_days", r.absence_days);
  f.integer("valid_months", r.valid_months);
  f.integer("recommendation_gap_months", r.recommendation_gap_months);
  f.each("alternatives",
         [&](const json& e, const std::string& p) { r.alternatives.push_back(read_counts(e, p, out)); });
  return r;
}

CapacityPolicy read_capacity(const json& j, const std::string& path, Problems& out) {
  CapacityPolicy c;
  Fields f(j, path, out);
  f.integer("max_clients_per_manager", c.max_clients_per_manager);
  f.integer("split_assets", c.split_assets);
  f.integer("percent_below_split", c.percent_below_split);
  f.each("staffing", [&](const json& e, const std::string& p) {
    StaffingRatio s;
    Fields g(e, p, out);
    g.text("tier", s.tier, true);
    g.integer("clients_per_manager", s.clients_per_manager);
    g.integer("clients_per_advisor", s.clients_per_advisor);
    c.staffing.push_back(s);
  });
  f.each("delegated", [&](const json& e, const std::string& p) {
    DelegatedBand d;
    Fields g(e, p, out);
    g.text("tier", d.tier, true);
    g.integer("min_assets", d.min_assets);
    g.integer("max_assets", d.max_assets);
    g.text("role_zh", d.role_zh);
    g.text("role_en", d.role_en);
    c.delegated.push_back(d);
  });
  f.integer("working_weeks_per_year", c.working_weeks_per_year);
  f.integer("working_days_per_week", c.working_days_per_week);
  if (const json* daily = f.object("daily")) {
    Fields d(*daily, f.at("daily"), out);
    d.integer("meetings", c.daily.meetings);
    d.integer("calls", c.daily.calls);
    d.integer("messages", c.daily.messages);
  }
  return c;
}

Policy read_policy(const json& j, const std::string& path, Problems& out) {
  Policy p;
  Fields f(j, path, out);
  f.text("id", p.id, true);
  f.text("name_zh", p.name_zh);
  f.text("name_en", p.name_en);
  if (const json* tiers = f.object("tiers")) {
    Fields t(*tiers, f.at("tiers"), out);
    t.text("basis_zh", p.tiers.basis_zh);
    t.text("basis_en", p.tiers.basis_en);
    t.each("tiers", [&](const json& e, const std::string& ep) { p.tiers.tiers.push_back(read_tier(e, ep, out)); });
  }
  if (const json* contacts = f.object("contacts")) {
    Fields c(*contacts, f.at("contacts"), out);
    c.each("rules", [&](const json& e, const std::string& ep) { p.contacts.rules.push_back(read_rule(e, ep, out)); });
    if (contacts->contains("greeting_holidays")) {  // absent: the default five (a policy file before it existed)
      p.contacts.greeting_holidays.clear();
      c.each("greeting_holidays", [&](const json& e, const std::string& ep) {
        const auto kind = e.is_string() ? parse_holiday_kind(e.get<std::string>()) : std::nullopt;
        if (kind)
          p.contacts.greeting_holidays.push_back(*kind);
        else
          out.push_back(problem("unknown_code", ep, "not a holiday (new_year, spring_festival, mid_autumn …)",
                                "不是节日代码（new_year、spring_festival、mid_autumn …）"));
      });
    }
  }
  if (const json* capacity = f.object("capacity")) p.capacity = read_capacity(*capacity, f.at("capacity"), out);
  return p;
}

// ---- Semantic checks ---------------------------------------------------------

void check(Problems& out, bool ok, std::string code, std::string path, std::string en, std::string zh) {
  if (!ok) out.push_back(problem(std::move(code), std::move(path), std::move(en), std::move(zh)));
}

bool any_count(const ContactCounts& c) {
  return c.services > 0 || c.proactive > 0 || c.meetings > 0 || c.calls > 0 || c.messages > 0 ||
         c.clients > 0;
}

bool no_negative(const ContactCounts& c) {
  return c.services >= 0 && c.proactive >= 0 && c.meetings >= 0 && c.calls >= 0 && c.messages >= 0 &&
         c.clients >= 0;
}

// A tier with conditions besides the assets refines a broader one and may
// start lower (Bank C's "potential" under "ordinary"); a plain tier is a
// step of the ladder, listed lowest first (tier_policy.h).
bool plain_tier(const TierRule& t) {
  return !t.min_combined_assets && !t.min_age && !t.max_age && !t.requires_university;
}

void validate_tiers(const TierPolicy& tiers, const std::string& path, Problems& out) {
  std::set<std::string> seen;
  const TierRule* previous_plain = nullptr;
  for (size_t i = 0; i < tiers.tiers.size(); ++i) {
    const TierRule& t = tiers.tiers[i];
    const std::string p = path + ".tiers[" + std::to_string(i) + "]";
    check(out, !t.code.empty(), "missing_field", p + ".code", "a tier needs a code", "等级须有代码");
    check(out, t.code.empty() || seen.insert(t.code).second, "duplicate_id", p + ".code",
          "tier code \"" + t.code + "\" is used twice", "等级代码“" + t.code + "”重复");
    check(out, t.min_assets >= 0, "out_of_range", p + ".min_assets", "must not be negative", "不能为负数");
    check(out, !t.max_assets || *t.max_assets > t.min_assets, "out_of_range", p + ".max_assets",
          "must be above min_assets", "须大于下限");
    check(out, !t.min_combined_assets || *t.min_combined_assets >= 0, "out_of_range",
          p + ".min_combined_assets", "must not be negative", "不能为负数");
    check(out, !t.min_age || *t.min_age >= 0, "out_of_range", p + ".min_age", "must not be negative",
          "不能为负数");
    check(out, !t.min_age || !t.max_age || *t.min_age <= *t.max_age, "out_of_range", p + ".max_age",
          "must not be below min_age", "不能小于最小年龄");
    if (!plain_tier(t)) continue;
    if (previous_plain)
      check(out, t.min_assets >= previous_plain->min_assets, "out_of_range", p + ".min_assets",
            "is below the lower bound of the tier before it (\"" + previous_plain->code +
                "\"); tiers are listed lowest first",
            "低于前一等级“" + previous_plain->code + "”的下限；等级应由低到高排列");
    previous_plain = &t;
  }
}

void validate_rules(const Policy& policy, const std::string& path, Problems& out) {
  std::set<std::string> seen;
  for (size_t i = 0; i < policy.contacts.rules.size(); ++i) {
    const ContactRule& r = policy.contacts.rules[i];
    const std::string p = path + ".rules[" + std::to_string(i) + "]";
    check(out, !r.id.empty(), "missing_field", p + ".id", "a rule needs an id", "规则须有编号");
    check(out, r.id.empty() || seen.insert(r.id).second, "duplicate_id", p + ".id",
          "rule id \"" + r.id + "\" is used twice", "规则编号“" + r.id + "”重复");
    for (size_t k = 0; k < r.tiers.size(); ++k)
      check(out, find_tier(policy.tiers, r.tiers[k]) != nullptr, "unknown_tier",
            p + ".tiers[" + std::to_string(k) + "]", "no tier \"" + r.tiers[k] + "\" in this policy",
            "本方案没有等级“" + r.tiers[k] + "”");
    if (r.kind == RuleKind::risk_reassessment) {
      check(out, r.valid_months > 0, "out_of_range", p + ".valid_months", "must be at least 1",
            "须至少为 1");
      check(out, r.recommendation_gap_months > 0, "out_of_range", p + ".recommendation_gap_months",
            "must be at least 1", "须至少为 1");
      continue;
    }
    check(out, !r.alternatives.empty(), "invalid_rule", p + ".alternatives",
          "a contact rule needs at least one requirement", "联络规则至少须有一项要求");
    for (size_t k = 0; k < r.alternatives.size(); ++k) {
      const std::string ap = p + ".alternatives[" + std::to_string(k) + "]";
      check(out, no_negative(r.alternatives[k]), "out_of_range", ap, "counts must not be negative",
            "次数不能为负数");
      check(out, any_count(r.alternatives[k]), "invalid_rule", ap, "requires nothing", "未设任何要求");
      check(out, r.alternatives[k].clients == 0 || r.scope == RuleScope::per_manager, "invalid_rule",
            ap + ".clients", "counting clients needs scope per_manager", "按客户数计须为“按客户经理”范围");
    }
    const bool after_event = r.period == RulePeriod::days_after_event;
    check(out, after_event == (r.event != TriggerEvent::none), "invalid_rule", p + ".event",
          "an event goes with period days_after_event, and only with it",
          "触发事件须与“事件后若干天”周期一同使用");
    check(out, r.window_days >= 0, "out_of_range", p + ".window_days", "must not be negative", "不能为负数");
    // A window runs from an event; a periodic rule's window is its period.
    check(out, after_event || r.window_days == 0, "invalid_rule", p + ".window_days",
          "only a rule after an event has a window; a periodic rule runs over its period",
          "只有“事件后若干天”的规则有期限；周期性规则以其周期为期限");
    check(out, r.window_days <= 366, "out_of_range", p + ".window_days",
          "runs past a year: a window after an event is at most 366 days", "超过一年：事件后的期限最多 366 天");
    check(out, r.event != TriggerEvent::branch_absence || r.absence_days > 0, "out_of_range",
          p + ".absence_days", "must be at least 1", "须至少为 1");
  }
}

void validate_capacity(const Policy& policy, const std::string& path, Problems& out) {
  const CapacityPolicy& c = policy.capacity;
  check(out, c.max_clients_per_manager >= 0, "out_of_range", path + ".max_clients_per_manager",
        "must not be negative", "不能为负数");
  check(out, c.percent_below_split >= 0 && c.percent_below_split <= 100, "out_of_range",
        path + ".percent_below_split", "must be 0–100", "须在 0–100 之间");
  check(out, c.working_weeks_per_year >= 0 && c.working_weeks_per_year <= 53, "out_of_range",
        path + ".working_weeks_per_year", "must be 0–53", "须在 0–53 之间");
  check(out, c.working_days_per_week >= 0 && c.working_days_per_week <= 7, "out_of_range",
        path + ".working_days_per_week", "must be 0–7", "须在 0–7 之间");
  for (const auto& [count, key] : {std::pair{c.daily.meetings, "meetings"}, std::pair{c.daily.calls, "calls"},
                                    std::pair{c.daily.messages, "messages"}})
    check(out, count >= 0 && count <= 1000, "out_of_range", path + ".daily." + key, "must be 0–1000 a day",
          "每天须在 0–1000 之间");
  for (size_t i = 0; i < c.staffing.size(); ++i) {
    const std::string p = path + ".staffing[" + std::to_string(i) + "]";
    check(out, find_tier(policy.tiers, c.staffing[i].tier) != nullptr, "unknown_tier", p + ".tier",
          "no tier \"" + c.staffing[i].tier + "\" in this policy", "本方案没有等级“" + c.staffing[i].tier + "”");
    check(out, c.staffing[i].clients_per_manager >= 0 && c.staffing[i].clients_per_advisor >= 0,
          "out_of_range", p, "ratios must not be negative", "配比不能为负数");
  }
  for (size_t i = 0; i < c.delegated.size(); ++i) {
    const std::string p = path + ".delegated[" + std::to_string(i) + "]";
    check(out, find_tier(policy.tiers, c.delegated[i].tier) != nullptr, "unknown_tier", p + ".tier",
          "no tier \"" + c.delegated[i].tier + "\" in this policy", "本方案没有等级“" + c.delegated[i].tier + "”");
    check(out, c.delegated[i].min_assets >= 0 && c.delegated[i].max_assets > c.delegated[i].min_assets,
          "out_of_range", p + ".max_assets", "must be above min_assets", "须大于下限");
  }
}

}  // namespace

json policy_to_json(const Policy& policy) {
  json tiers = json::array();
  for (const TierRule& t : policy.tiers.tiers) tiers.push_back(tier_json(t));
  json rules = json::array();
  for (const ContactRule& r : policy.contacts.rules) rules.push_back(rule_json(r));
  json greeting_holidays = json::array();
  for (const HolidayKind k : policy.contacts.greeting_holidays) greeting_holidays.push_back(holiday_names(k).code);
  return {{"id", policy.id},
          {"name_zh", policy.name_zh},
          {"name_en", policy.name_en},
          {"tiers", {{"basis_zh", policy.tiers.basis_zh}, {"basis_en", policy.tiers.basis_en}, {"tiers", tiers}}},
          {"contacts", {{"rules", rules}, {"greeting_holidays", greeting_holidays}}},
          {"capacity", capacity_json(policy.capacity)}};
}

Problems validate_policy(const Policy& policy, const std::string& path) {
  Problems out;
  check(out, !policy.id.empty(), "missing_field", path + ".id", "a policy needs an id", "方案须有编号");
  validate_tiers(policy.tiers, path + ".tiers", out);
  validate_rules(policy, path + ".contacts", out);
  validate_capacity(policy, path + ".capacity", out);
  const bool greets = std::any_of(policy.contacts.rules.begin(), policy.contacts.rules.end(),
                                  [](const ContactRule& r) { return r.event == TriggerEvent::major_holiday; });
  check(out, !greets || !policy.contacts.greeting_holidays.empty(), "no_greeting_days",
        path + ".contacts.greeting_holidays", "the holiday greeting rule needs at least one holiday (or delete the rule)",
        "节日问候规则至少须选一个节日（或删除该规则）");
  return out;
}

Result<Policy> policy_from_json(const json& j, const std::string& path) {
  Result<Policy> policy = policy_shape_from_json(j, path);
  if (!policy) return policy;
  Problems semantic = validate_policy(policy.value(), path);
  if (!semantic.empty()) return semantic.front();
  return policy;
}

Result<Policy> policy_shape_from_json(const json& j, const std::string& path) {
  Problems out;
  Policy policy;
  try {
    policy = read_policy(j, path, out);
  } catch (const std::exception& e) {
    // Unreachable by construction (all types are checked first); kept so a
    // library change can never let an exception cross into the app.
    return problem("invalid_policy", path, e.what(), "方案数据无效");
  }
  if (!out.empty()) return out.front();
  return policy;
}

}  // namespace rm
