#include "app/commands/settings_commands.h"

#include <climits>
#include <initializer_list>
#include <utility>

#include "app/commands/client_commands.h"
#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

namespace {

constexpr size_t kMaxName = 100;
using Field = std::pair<const std::string*, const char*>;  // bytes: about 33 hanzi, as the other names

std::optional<Problem> refuse_long(const std::string& text, size_t limit, std::string path) {
  if (text.size() <= limit) return std::nullopt;
  return refusal("too_long", "\"" + path + "\" is too long (" + std::to_string(limit) + " bytes at most).",
                 "“" + path + "”过长（最多 " + std::to_string(limit) + " 字节）。", path);
}

}  // namespace

Result<Edit> decide(const UpdateOwnProfile& c, const CommandInput& in) {
  // A book begun empty names no owner yet: her first details make her one.
  const RecordId owner = in.context.user_id.empty() ? in.new_id() : in.context.user_id;
  if (auto p = refuse_blank(c.name, "name", "Your name", "姓名")) return *p;
  for (const auto& [text, path] : std::initializer_list<Field>{{&c.name, "name"}, {&c.branch_name, "branch_name"},
                                                               {&c.employee_no, "employee_no"}, {&c.phone, "phone"},
                                                               {&c.email, "email"}})
    if (auto p = refuse_long(*text, kMaxName, path)) return *p;
  if (!c.phone.empty() && !phone_looks_valid(c.phone))
    return refusal("bad_phone", "The phone number is not one (digits, spaces, + and - only).",
                   "电话号码格式不正确。", "phone");
  if (!c.email.empty() && !email_looks_valid(c.email))
    return refusal("bad_email", "The e-mail address is not one.", "电子邮箱格式不正确。", "email");

  // Her record, or a new one under the owner's id when the book lost it.
  Manager me;
  if (const Manager* found = live_record<Manager>(in.book, owner)) me = *found;
  else me.meta.id = owner;
  me.name = c.name;
  me.employee_no = c.employee_no;
  me.phone = c.phone;
  me.email = c.email;
  std::vector<AnyRecord> puts;
  if (!is_blank(c.branch_name)) {
    const Branch* at = live_record<Branch>(in.book, me.branch_id);
    if (!at) {
      Branch outlet;
      outlet.meta.id = in.new_id();
      outlet.name = c.branch_name;
      outlet.level = BranchLevel::outlet;
      me.branch_id = outlet.meta.id;
      puts.emplace_back(std::move(outlet));
    } else if (at->name != c.branch_name) {
      Branch renamed = *at;
      renamed.name = c.branch_name;
      puts.emplace_back(std::move(renamed));
    }
  }
  // Her supervisor record, when she is one, carries the same name.
  if (const Supervisor* s = own_supervisor(in.book); s && (s->name != me.name || s->employee_no != me.employee_no)) {
    Supervisor renamed = *s;
    renamed.name = me.name;
    renamed.employee_no = me.employee_no;
    puts.emplace_back(std::move(renamed));
  }
  puts.emplace_back(std::move(me));
  // A new owner is named by Workspace::dispatch (Settings is no record of an edit).
  return edit_of<UpdateOwnProfile>(std::move(puts));
}

const Supervisor* own_supervisor(const Book& book) {
  const RecordId& owner = book.settings.owner_manager_id;
  if (owner.empty()) return nullptr;
  for (const Supervisor& s : book.supervisors)
    if (!s.meta.deleted && s.manager_id == owner) return &s;
  return nullptr;
}

Result<Edit> decide(const SetOwnRole& c, const CommandInput& in) {
  const RecordId& owner = in.book.settings.owner_manager_id;
  const Manager* me = live_record<Manager>(in.book, owner);
  if (!me)
    return refusal("no_owner", "Enter your own details first (your name): a supervisor is named in her reviews.",
                   "请先填写本人信息（姓名）：审阅会署上主管的姓名。");
  std::vector<AnyRecord> puts;
  if (c.role == Role::supervisor) {
    if (own_supervisor(in.book)) return edit_of<SetOwnRole>({});
    Supervisor s;
    s.meta.id = in.new_id();
    s.name = me->name;
    s.employee_no = me->employee_no;
    s.branch_id = me->branch_id;
    s.manager_id = owner;
    puts.emplace_back(std::move(s));
  } else {
    for (const Supervisor& s : in.book.supervisors)
      if (!s.meta.deleted && s.manager_id == owner) {
        Supervisor unlinked = s;
        unlinked.manager_id.clear();
        puts.emplace_back(std::move(unlinked));
      }
  }
  return edit_of<SetOwnRole>(std::move(puts));
}

void read_args(CommandArgs& a, SetOwnRole& c) { a.code("role", c.role, CommandArgs::required); }

void read_args(CommandArgs& a, UpdateOwnProfile& c) {
  a.text("name", c.name, CommandArgs::required);
  a.text("branch_name", c.branch_name);
  a.text("employee_no", c.employee_no);
  a.text("phone", c.phone);
  a.text("email", c.email);
}

Result<Edit> decide(const SaveProduct& c, const CommandInput& in) {
  if (auto p = refuse_blank(c.name, "name", "The product's name", "产品名称")) return *p;
  for (const auto& [text, path] : std::initializer_list<Field>{{&c.name, "name"}, {&c.code, "code"}, {&c.issuer, "issuer"}})
    if (auto p = refuse_long(*text, 200, path)) return *p;
  // docs/domain.md §4: the ladder runs from 0 (savings) to 15 (ventures).
  if (c.ladder_position < 0 || c.ladder_position > 15)
    return refusal("bad_field", "The ladder position runs from 0 to 15 (docs/domain.md §4).",
                   "风险收益阶梯位置应在 0 到 15 之间。", "ladder_position");
  // The bundle's ranges (store/bundle_schema.h), so a saved product loads.
  if (c.term_days < 0 || c.term_days > 36'600)
    return refusal("bad_field", "The term is 0 (open-ended) to 36,600 days.", "期限应为 0（无固定期限）到 36,600 天。",
                   "term_days");
  if (c.expected_return_bp < -100'000 || c.expected_return_bp > 100'000)
    return refusal("bad_field", "The expected return is -1,000 % to 1,000 % a year.",
                   "预期年化收益应在 -1000% 到 1000% 之间。", "expected_return_bp");
  Product p;
  if (!c.product_id.empty()) {
    const uint32_t at = in.index.product(c.product_id);
    if (at == BookIndex::npos || in.book.products[at].meta.deleted)
      return refusal("no_such_product", "There is no such product in the catalogue.", "产品目录中没有该产品。",
                     "product_id");
    p = in.book.products[at];
  } else {
    p.meta.id = in.new_id();
  }
  if (!c.code.empty())
    for (const Product& other : in.book.products)
      if (!other.meta.deleted && other.meta.id != p.meta.id && other.code == c.code)
        return refusal("duplicate_code", "Another product has the code " + c.code + ": " + other.name + ".",
                       "产品代码 " + c.code + " 已被“" + other.name + "”使用。", "code");
  p.name = c.name;
  p.code = c.code;
  p.category = c.category;
  p.risk = c.risk;
  p.ladder_position = c.ladder_position;
  p.term_days = c.term_days;
  p.derivative_linked = c.derivative_linked;
  p.expected_return_bp = c.expected_return_bp;
  p.issuer = c.issuer;
  p.on_sale = c.on_sale;
  return edit_of<SaveProduct>({std::move(p)});
}

void read_args(CommandArgs& a, SaveProduct& c) {
  a.id("product_id", c.product_id, CommandArgs::optional);
  a.text("name", c.name, CommandArgs::required);
  a.text("code", c.code);
  a.code("category", c.category);
  if (const nlohmann::json* risk = a.raw("risk")) {
    const auto parsed = risk->is_string() ? parse_product_risk(risk->get_ref<const std::string&>()) : std::nullopt;
    if (parsed) c.risk = *parsed;
    else a.bad("risk", "is not R1 to R5", "应为 R1 至 R5");
  }
  int64_t n = c.ladder_position;
  a.integer("ladder_position", n, 0, 15);
  c.ladder_position = static_cast<int>(n);
  n = c.term_days;
  a.integer("term_days", n, 0, 36'600);
  c.term_days = static_cast<int>(n);
  n = c.expected_return_bp;
  a.integer("expected_return_bp", n, -100'000, 100'000);
  c.expected_return_bp = static_cast<int>(n);
  a.flag("derivative_linked", c.derivative_linked);
  a.text("issuer", c.issuer);
  a.flag("on_sale", c.on_sale);
}

Result<Edit> decide(const SaveProfitRates& c, const CommandInput& in) {
  for (size_t i = 0; i < c.rates.size(); ++i) {
    const ProfitRate& r = c.rates[i];
    const std::string path = "rates[" + std::to_string(i) + "]";
    if (static_cast<size_t>(r.category) >= EnumCodes<ProductCategory>::codes.size() ||
        static_cast<size_t>(r.kind) >= EnumCodes<ProfitKind>::codes.size())
      return refusal("bad_field", "Not a product category or profit part the app knows.", "不是可识别的产品类别或利润来源。",
                     path);
    if (r.rate_bp < 0)
      return refusal("negative_rate", "A rate cannot be negative.", "费率不能为负数。", path + ".rate_bp");
    if (r.rate_bp > 10'000)
      return refusal("rate_too_large", "A rate is at most 100 % (10,000 basis points).", "费率最高为 100%（10,000 个基点）。",
                     path + ".rate_bp");
    for (size_t j = 0; j < i; ++j)
      if (c.rates[j].category == r.category)
        return refusal("duplicate_category",
                       "The category " + std::string(code_of(r.category)) + " is listed twice; one rate per category.",
                       "产品类别 " + std::string(code_of(r.category)) + " 重复；每个类别只能有一个费率。",
                       path + ".category");
  }
  Settings s = in.book.settings;
  s.profit_rates = c.rates;
  Edit e = edit_of<SaveProfitRates>({});
  e.settings = std::move(s);
  return e;
}

// {rates: [{category, kind, rate_bp}]}; an empty list goes back to the defaults.
void read_args(CommandArgs& a, SaveProfitRates& c) {
  const nlohmann::json* rates = a.raw("rates", CommandArgs::required);
  if (!rates) return;
  if (!rates->is_array()) return a.bad("rates", "must be a list of {category, kind, rate_bp}", "应为 {category, kind, rate_bp} 列表");
  for (size_t i = 0; i < rates->size(); ++i) {
    const nlohmann::json& r = (*rates)[i];
    if (!r.is_object()) return a.bad("rates", "must be a list of {category, kind, rate_bp}", "应为 {category, kind, rate_bp} 列表");
    CommandArgs row(r);
    ProfitRate rate;
    row.code("category", rate.category, CommandArgs::required);
    row.code("kind", rate.kind, CommandArgs::required);
    // Any 32-bit whole number is read: a negative or too large rate is the
    // command's refusal, in the same words as from the UI.
    int64_t bp = 0;
    row.integer("rate_bp", bp, INT32_MIN, INT32_MAX, CommandArgs::required);
    rate.rate_bp = static_cast<int32_t>(bp);
    row.finish();
    if (row.problem()) {
      Problem p = *row.problem();
      p.path = "rates[" + std::to_string(i) + "]." + p.path;
      return a.fail(std::move(p));
    }
    c.rates.push_back(rate);
  }
}

}  // namespace rm
