#include "app/commands/client_commands.h"

#include <algorithm>

#include "app/commands/command_args.h"
#include "app/commands/risk_commands.h"
#include "core/model/asset_history.h"
#include "core/plan/plan_document.h"
#include "core/text/contact_checks.h"
#include "store/record_overlay.h"

namespace rm {

namespace {

using nlohmann::json;

bool blank(const std::string& s) { return s.find_first_not_of(' ') == std::string::npos; }

size_t utf8_length(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// What a saved profile must be, however it was edited (docs/domain.md §1). The
// schema's own checks (types, ranges, codes) run first, so these are the
// rules a file alone could not state.
std::optional<Problem> check_profile(const CommandInput& in, const Client& c) {
  if (Result<Client> schema = overlay_record(c, json::object(), ""); !schema) return schema.problem();
  if (blank(c.name)) return refusal("required", "The client needs a name.", "请填写客户姓名。", "name");
  if (utf8_length(c.name) > 40)
    return refusal("name_too_long", "The name is longer than 40 characters.", "姓名超过 40 个字。", "name");
  if (c.birthday)
    if (auto p = refuse_future(in, *c.birthday, "birthday")) return p;
  if (c.account_opened)
    if (auto p = refuse_future(in, *c.account_opened, "account_opened")) return p;
  for (size_t i = 0; i < c.contact_points.size(); ++i) {
    const ContactPoint& p = c.contact_points[i];
    const std::string path = "contact_points[" + std::to_string(i) + "].value";
    if (blank(p.value)) return refusal("required", "A contact point is empty.", "联系方式不能为空。", path);
    if ((p.channel == Channel::phone || p.channel == Channel::sms) && !phone_looks_valid(p.value))
      return refusal("not_a_phone",
                     "\"" + p.value + "\" is not a phone number: an 11-digit mobile (138 0013 8000), or a landline "
                     "with its area code (010-6588 0342), optionally after +86.",
                     "“" + p.value + "”不是有效的电话号码：应为 11 位手机号（138 0013 8000），或带区号的固话（010-6588 0342），可加 +86。",
                     path);
    if (p.channel == Channel::email && !email_looks_valid(p.value))
      return refusal("not_an_email", "\"" + p.value + "\" is not an e-mail address (name@example.com).",
                     "“" + p.value + "”不是有效的电子邮箱（如 name@example.com）。", path);
  }
  if (!c.id_number.empty() && !valid_id_number(c.id_number))
    return refusal("not_an_id_number",
                   "The ID number must have 18 characters, 17 digits and a check character that fits them (GB 11643).",
                   "身份证号码不正确：应为 18 位（17 位数字加校验位），校验位须与前 17 位相符（GB 11643）。", "id_number");
  if (c.tier_override && blank(c.tier_override->reason))
    return refusal("override_needs_reason", "A manual tier needs a reason.", "手动指定等级须填写原因。",
                   "tier_override.reason");
  if (!c.referrer_client_id.empty() && !live_client(in, c.referrer_client_id))
    return no_such_client("referrer_client_id");
  return std::nullopt;
}

std::optional<Problem> check_household(const Household& h) {
  if (Result<Household> schema = overlay_record(h, json::object(), "household"); !schema) return schema.problem();
  for (size_t i = 0; i < h.members.size(); ++i)
    if (blank(h.members[i].name))
      return refusal("required", "A household member needs a name.", "请填写家庭成员姓名。",
                     "household.members[" + std::to_string(i) + "].name");
  return std::nullopt;
}

bool is_live_manager(const CommandInput& in, const RecordId& id) {
  const uint32_t m = in.index.manager(id);
  return m != BookIndex::npos && !in.book.managers[m].meta.deleted;
}

// "phone" is not a field of the record but the client's first phone number
// (its contact points), the one field the JS hook is most often asked to set.
void set_phone(Client& c, const std::string& phone) {
  for (ContactPoint& p : c.contact_points)
    if (p.channel == Channel::phone) {
      p.value = phone;
      return;
    }
  c.contact_points.insert(c.contact_points.begin(), ContactPoint{Channel::phone, phone});
}

// CHANGES laid over CLIENT; "phone" handled as above. PATH prefixes problems.
Result<Client> apply_changes(const Client& client, json changes, const std::string& path) {
  std::optional<std::string> phone;
  if (auto it = changes.find("phone"); it != changes.end()) {
    if (!it->is_string())
      return refusal("wrong_type", "The phone number must be text.", "电话号码应为文本。",
                     path.empty() ? "phone" : path + ".phone");
    phone = it->get<std::string>();
    changes.erase(it);
  }
  Result<Client> out = overlay_record(client, changes, path);
  if (out && phone) set_phone(out.value(), *phone);
  return out;
}

bool same_override(const std::optional<TierOverride>& a, const std::optional<TierOverride>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->tier == b->tier && a->reason == b->reason);
}

}  // namespace

bool phone_looks_valid(const std::string& value) { return valid_phone(value); }

bool email_looks_valid(const std::string& value) { return valid_email(value); }

// ---- CreateClient --------------------------------------------------------------

Result<Edit> decide(const CreateClient& command, const CommandInput& in) {
  Client c = command.client;
  // A caller that opens the new client at once (the wizard) names its id.
  const RecordId wanted = c.meta.id;
  c.meta = RecordMeta{};
  c.meta.id = wanted.empty() ? in.new_id() : wanted;
  if (!wanted.empty() && in.index.client(wanted) != BookIndex::npos)
    return refusal("duplicate_id", "A client with this id exists already.", "已有相同编号的客户。", "id");
  if (c.manager_id.empty()) c.manager_id = in.context.user_id;
  if (c.manager_id.empty()) c.manager_id = in.book.settings.owner_manager_id;
  if (!c.manager_id.empty() && !is_live_manager(in, c.manager_id))
    return refusal("no_such_manager", "No such manager in this book.", "本数据中没有该客户经理。", "manager_id");
  if (auto p = check_profile(in, c)) return *p;

  // Every new client gets a household: the finances of docs/domain.md §4 are the
  // household's, and the 360° view edits them there.
  Household h;
  h.meta.id = in.new_id();
  h.name = c.name + "家";
  h.client_id = c.meta.id;
  h.members = command.members;
  h.balance_sheet = command.balance_sheet;
  h.income_statement = command.income_statement;
  h.finances_as_of = in.context.today;
  c.household_id = h.meta.id;
  if (auto p = check_household(h)) return *p;

  // The goals the client named are her financial plan's goals (docs/domain.md
  // §4): a draft plan, not sales in the pipeline.
  std::vector<AnyRecord> later;
  std::vector<PlanGoal> goals;
  for (size_t i = 0; i < command.goals.size(); ++i) {
    const NewClientGoal& g = command.goals[i];
    const std::string path = "goals[" + std::to_string(i) + "]";
    if (g.amount < 0) return refusal("negative_amount", "The amount cannot be negative.", "金额不能为负数。", path + ".amount");
    // A goal is quantified (docs/domain.md §4): one without an amount is no goal.
    if (g.amount == 0)
      return refusal("goal_needs_amount", "Goal " + std::to_string(i + 1) + " has no amount: enter one or remove the goal.",
                     "第 " + std::to_string(i + 1) + " 个目标没有金额：请填写金额或删除该目标。", path + ".amount");
    if (g.year && (*g.year < in.context.today.year() || *g.year > 2100))
      return refusal("bad_year", "The target year must be between this year and 2100.", "目标年份应在今年至 2100 年之间。",
                     path + ".year");
    PlanGoal goal;
    goal.kind = g.kind;
    goal.name = blank(g.label) ? std::string(goal_name_zh(g.kind)) : g.label;
    goal.amount = g.amount;
    goal.year = g.year.value_or(0);  // 0: not set yet; the plan asks for it
    goals.push_back(std::move(goal));
  }
  if (!goals.empty()) {
    FinancialPlan plan;
    plan.meta.id = in.new_id();
    plan.client_id = c.meta.id;
    plan.manager_id = c.manager_id;
    plan.created_on = in.context.today;
    plan.review_date = in.context.today.plus_years(1);
    // Priorities in the order of docs/domain.md §4 (the kinds' order).
    plan.goals = goals_in_priority_order(std::move(goals));
    for (size_t i = 0; i < plan.goals.size(); ++i) plan.goals[i].priority = static_cast<int32_t>(std::min<size_t>(99, i + 1));
    later.emplace_back(std::move(plan));
  }
  if (!command.risk_answers.empty()) {
    Result<std::vector<AnyRecord>> risk =
        assessment_records(in, c, command.risk_answers, command.risk_signed_in_person);
    if (!risk) {
      Problem p = risk.problem();
      p.path = "risk_" + p.path;  // "answers" → "risk_answers"
      return p;
    }
    for (AnyRecord& r : risk.value()) {
      if (auto* updated = std::get_if<Client>(&r)) c.derivatives_experience = updated->derivatives_experience;
      else later.push_back(std::move(r));
    }
  }
  std::vector<AnyRecord> puts{c, h};
  for (AnyRecord& r : later) puts.push_back(std::move(r));
  return edit_of<CreateClient>(std::move(puts));
}

void read_args(CommandArgs& a, CreateClient& c) {
  // Every field of the client record (bundle keys) and "phone"; the household
  // is the command's own to make.
  json profile = json::object();
  for (const std::string& key : record_keys<Client>()) {
    if (key == "household_id") continue;
    if (const json* v = a.raw(key.c_str())) profile[key] = *v;
  }
  if (const json* v = a.raw("phone")) profile["phone"] = *v;
  if (!profile.contains("name")) a.raw("name", CommandArgs::required);
  if (a.problem()) return;
  Result<Client> client = apply_changes(Client{}, profile, "");
  if (!client) return a.fail(client.problem());
  c.client = std::move(client.value());
}

// ---- UpdateClientProfile ---------------------------------------------------------

Result<Edit> decide(const UpdateClientProfile& command, const CommandInput& in) {
  const Client* current = live_client(in, command.client_id);
  if (!current) return no_such_client();
  Client next = command.client ? *command.client : *current;
  if (command.client && command.client->meta.id != command.client_id)
    return refusal("wrong_client", "The profile is not this client's.", "该资料不属于此客户。", "client");
  if (!command.changes.is_null()) {
    if (!command.changes.is_object() || command.changes.empty())
      return refusal("nothing_to_change", "Name at least one field to change.", "请至少指定一个要修改的字段。", "changes");
    Result<Client> changed = apply_changes(next, command.changes, "changes");
    if (!changed) return changed.problem();
    next = std::move(changed.value());
  } else if (!command.client && !command.household) {
    return refusal("nothing_to_change", "Name at least one field to change.", "请至少指定一个要修改的字段。", "changes");
  }
  next.meta = current->meta;
  // Moving a client to another manager is an assignment (assign_clients),
  // with its own rules and role.
  if (next.manager_id != current->manager_id)
    return refusal("use_assign_clients", "To move a client to another manager, assign the client (assign_clients).",
                   "将客户转给其他客户经理请使用分配客户（assign_clients）。", "manager_id");
  if (next.household_id != current->household_id)
    return refusal("not_changeable", "The household link is not changed here.", "家庭关联不能在此修改。", "household_id");
  if (!same_override(next.tier_override, current->tier_override)) {
    next.tier_override->approved_on = in.context.today;
    if (!in.context.user_id.empty()) next.tier_override->approved_by = in.context.user_id.str();
  }
  // A new figure keeps the old one as a reading, so the periods before today
  // are still judged by the tier they had (docs/domain.md §1, "Tier history").
  note_asset_change(next, current->average_daily_assets, in.context.today);
  if (auto p = check_profile(in, next)) return *p;

  std::vector<AnyRecord> puts;
  if (command.household) {
    Household h = *command.household;
    const uint32_t at = current->household_id.empty() ? BookIndex::npos : in.index.household(current->household_id);
    if (at != BookIndex::npos && !in.book.households[at].meta.deleted) {
      h.meta = in.book.households[at].meta;
      h.client_id = in.book.households[at].client_id;
    } else {
      // The first figures saved for a client without a household make one.
      h.meta = RecordMeta{};
      h.meta.id = in.new_id();
      h.client_id = next.meta.id;
      if (blank(h.name)) h.name = next.name + "家";
      next.household_id = h.meta.id;
    }
    if (auto p = check_household(h)) return *p;
    puts.emplace_back(std::move(h));
  }
  puts.emplace_back(std::move(next));
  return edit_of<UpdateClientProfile>(std::move(puts));
}

void read_args(CommandArgs& a, UpdateClientProfile& c) {
  a.id("client_id", c.client_id);
  if (const json* v = a.raw("changes", CommandArgs::required)) {
    if (!v->is_object()) return a.bad("changes", "must be an object of fields and values", "应为“字段: 值”的对象");
    c.changes = *v;
  }
}

}  // namespace rm
