#include "app/commands/policy_commands.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/commands/command_args.h"
#include "core/model/book_stats.h"

namespace rm {
namespace {

bool is_own(const Book& book, const std::string& id) {
  for (const Policy& p : book.settings.policies)
    if (p.id == id) return true;
  return false;
}

Problem no_such_policy(const std::string& id, std::string path) {
  return refusal("no_such_policy", "There is no policy \"" + id + "\" (Bank A, B, C, blank, or one of the book's own).",
                 "没有规则方案“" + id + "”（可选 A、B、C 银行、空白，或本册自定义方案）。", std::move(path));
}

// The edit that leaves the book's settings as SETTINGS.
template <class C>
Edit settings_edit(Settings settings) {
  Edit e = edit_of<C>({});
  e.settings = std::move(settings);
  return e;
}

// "policy.tiers.tiers[1].max_assets" → "tier 2 (Platinum)", for a refusal a
// person reads; the path itself stays in the Problem for tools.
std::pair<std::string, std::string> where(const Policy& p, const std::string& path) {
  size_t index = 0;
  auto at = [&](const char* key) {
    const size_t k = path.find(key);
    if (k == std::string::npos) return false;
    index = static_cast<size_t>(std::strtoul(path.c_str() + k + std::char_traits<char>::length(key), nullptr, 10));
    return true;
  };
  if (at(".tiers.tiers[") && index < p.tiers.tiers.size()) {
    const TierRule& t = p.tiers.tiers[index];
    return {"tier " + std::to_string(index + 1) + " (" + (t.name_en.empty() ? t.code : t.name_en) + ")",
            "第 " + std::to_string(index + 1) + " 个等级（" + (t.name_zh.empty() ? t.code : t.name_zh) + "）"};
  }
  if (at(".rules[") && index < p.contacts.rules.size()) {
    const ContactRule& r = p.contacts.rules[index];
    return {"rule \"" + (r.name_en.empty() ? r.id : r.name_en) + "\"", "规则“" + (r.name_zh.empty() ? r.id : r.name_zh) + "”"};
  }
  if (path.find(".capacity") != std::string::npos) return {"capacity", "服务能力"};
  return {"the policy", "方案"};
}

}  // namespace

std::string next_own_policy_id(const Book& book) {
  for (int n = 1;; ++n) {
    std::string id = "own_" + std::to_string(n);
    if (!find_policy(book, id)) return id;
  }
}

Result<Edit> decide(const SetActivePolicy& c, const CommandInput& in) {
  if (!find_policy(in.book, c.policy_id)) return no_such_policy(c.policy_id, "policy_id");
  Settings s = in.book.settings;
  s.active_policy_id = c.policy_id;
  return settings_edit<SetActivePolicy>(std::move(s));
}

Result<Edit> decide(const CopyPolicy& c, const CommandInput& in) {
  const Policy* from = find_policy(in.book, c.from_policy_id);
  if (!from) return no_such_policy(c.from_policy_id, "from_policy_id");
  if (in.book.settings.policies.size() >= 20)
    return refusal("too_many_policies", "A book keeps at most 20 policies of its own: delete one first.",
                   "每册最多保存 20 个自定义方案，请先删除一个。");
  Policy copy = *from;
  copy.id = next_own_policy_id(in.book);
  copy.name_zh = c.name_zh.empty() ? from->name_zh + "（副本）" : c.name_zh;
  copy.name_en = c.name_en.empty() ? from->name_en + " (copy)" : c.name_en;
  Settings s = in.book.settings;
  s.active_policy_id = copy.id;
  s.policies.push_back(std::move(copy));
  return settings_edit<CopyPolicy>(std::move(s));
}

Result<Edit> decide(const SavePolicy& c, const CommandInput& in) {
  if (!is_own(in.book, c.policy.id)) {
    if (find_policy(in.book, c.policy.id))
      return refusal("preset_policy", "The presets keep the documents' rules: copy this one to edit it.",
                     "预设方案保持原文规则，请先复制再修改。", "policy.id");
    return no_such_policy(c.policy.id, "policy.id");
  }
  if (c.policy.name_zh.empty() && c.policy.name_en.empty())
    return refusal("bad_field", "The policy needs a name.", "方案须有名称。", "policy.name_zh");
  const Problems problems = validate_policy(c.policy, "policy");
  if (!problems.empty()) {
    const Problem& first = problems.front();
    const auto [en, zh] = where(c.policy, first.path);
    return refusal(first.code, "Not saved — " + en + ": " + first.message_en + ".",
                   "未保存——" + zh + "：" + first.message_zh + "。", first.path);
  }
  Settings s = in.book.settings;
  for (Policy& p : s.policies)
    if (p.id == c.policy.id) p = c.policy;
  return settings_edit<SavePolicy>(std::move(s));
}

Result<Edit> decide(const DeletePolicy& c, const CommandInput& in) {
  if (!is_own(in.book, c.policy_id)) {
    if (find_policy(in.book, c.policy_id))
      return refusal("preset_policy", "A preset cannot be deleted.", "预设方案不能删除。", "policy_id");
    return no_such_policy(c.policy_id, "policy_id");
  }
  if (in.book.settings.active_policy_id == c.policy_id)
    return refusal("policy_in_use", "The book runs under this policy: choose another one first.",
                   "本册正在使用该方案，请先选择其他方案。", "policy_id");
  Settings s = in.book.settings;
  std::erase_if(s.policies, [&](const Policy& p) { return p.id == c.policy_id; });
  return settings_edit<DeletePolicy>(std::move(s));
}

void read_args(CommandArgs& a, SetActivePolicy& c) { a.text("policy_id", c.policy_id, CommandArgs::required); }

void read_args(CommandArgs& a, CopyPolicy& c) {
  a.text("from_policy_id", c.from_policy_id, CommandArgs::required);
  a.text("name_zh", c.name_zh);
  a.text("name_en", c.name_en);
}

// The policy in the form of a policy file (docs/data-format.md, "Policy files").
void read_args(CommandArgs& a, SavePolicy& c) {
  const nlohmann::json* j = a.raw("policy", CommandArgs::required);
  if (!j) return;
  Result<Policy> parsed = policy_shape_from_json(*j, "policy");
  if (parsed)
    c.policy = std::move(parsed.value());
  else
    a.fail(parsed.problem());
}

void read_args(CommandArgs& a, DeletePolicy& c) { a.text("policy_id", c.policy_id, CommandArgs::required); }

}  // namespace rm
