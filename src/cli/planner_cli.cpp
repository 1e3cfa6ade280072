#include "cli/planner_cli.h"

#include "cli/bundle_input.h"
#include "core/model/book_stats.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"

#include <nlohmann/json.hpp>

namespace rm::cli {

std::optional<LoadedBook> load_book_for(std::string_view command, const std::string& file, const Args& args,
                                        int& status) {
  std::string error;
  const auto input = read_bundle_input(args, file, false, error);
  if (!input) {
    status = fail(command, error);
    return std::nullopt;
  }
  auto book = load_bundle(input->json);
  if (!book) {
    status = fail(command, file + ": " + book.problem().describe_en());
    return std::nullopt;
  }
  const std::string* chosen = args.option("policy");
  if (!chosen) {
    const std::string& named = book->settings.active_policy_id;
    if (!named.empty() && !find_policy(book.value(), named)) {
      status = fail(command, "unknown policy \"" + named + "\" in the book (use --policy)", 1);
      return std::nullopt;
    }
    return LoadedBook{std::move(book.value()), active_policy(book.value())};
  }
  if (const Policy* policy = find_policy(book.value(), *chosen)) return LoadedBook{std::move(book.value()), *policy};
  // Not a policy the book or the presets name: a policy file (docs/data-format.md, "Policy files").
  std::string read_error;
  const auto text = native::read_file(*chosen, &read_error);
  if (!text) {
    status = fail(command, "--policy " + *chosen + ": neither a policy id (bank_a, bank_b, bank_c, blank, or one of the book's own) nor a readable policy file", 2);
    return std::nullopt;
  }
  const auto parsed = nlohmann::json::parse(*text, nullptr, false);
  if (parsed.is_discarded()) {
    status = fail(command, *chosen + ": not JSON", 2);
    return std::nullopt;
  }
  Result<Policy> policy = policy_from_json(parsed);
  if (!policy) {
    status = fail(command, *chosen + ": " + policy.problem().describe_en(), 2);
    return std::nullopt;
  }
  return LoadedBook{std::move(book.value()), std::move(policy.value())};
}

nlohmann::ordered_json counts_json(const ContactCounts& c) {
  return {{"services", c.services}, {"proactive", c.proactive}, {"meetings", c.meetings},
          {"calls", c.calls},       {"messages", c.messages},   {"clients", c.clients}};
}

nlohmann::ordered_json compliance_item_json(const Book& book, const ComplianceItem& item) {
  nlohmann::ordered_json required = nlohmann::ordered_json::array();
  for (const ContactCounts& r : item.required) required.push_back(counts_json(r));
  return {{"rule", item.rule_id},
          {"client", item.client < book.clients.size() ? book.clients[item.client].meta.id.str() : std::string()},
          {"manager", item.manager_id.str()},
          {"tier", item.tier},
          {"start", item.start.iso()},
          {"end", item.end.iso()},
          {"due", item.due.iso()},
          {"required", std::move(required)},
          {"done", counts_json(item.done)},
          {"status", status_code(item.status)},
          {"overdue_days", item.overdue_days},
          {"prorated", item.prorated}};
}

namespace {

std::string_view day_kind_code(DayKind kind) {
  switch (kind) {
    case DayKind::working: return "working";
    case DayKind::weekend: return "weekend";
    case DayKind::day_off: return "day_off";
    case DayKind::make_up_working: return "make_up_working";
  }
  return "";
}

nlohmann::ordered_json entry_json(const Book& book, const AgendaEntry& e) {
  nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
  for (const AgendaReason& r : e.reasons)
    reasons.push_back({{"code", r.code}, {"zh", r.zh}, {"en", r.en}, {"due", r.due.iso()}});
  nlohmann::ordered_json out = {{"client", book.clients[e.client].meta.id.str()},
                                {"kind", code_of(e.kind)},
                                {"channel", code_of(e.channel)},
                                {"due", e.due.iso()},
                                {"overdue", e.overdue},
                                {"reasons", std::move(reasons)}};
  return out;
}

}  // namespace

nlohmann::ordered_json agenda_json(const Book& book, const Agenda& agenda) {
  nlohmann::ordered_json days = nlohmann::ordered_json::array();
  for (const AgendaDay& d : agenda.days) {
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const AgendaEntry& e : d.entries) entries.push_back(entry_json(book, e));
    days.push_back({{"date", d.date.iso()},
                    {"kind", day_kind_code(d.kind)},
                    {"on_leave", d.on_leave},
                    {"entries", std::move(entries)}});
  }
  nlohmann::ordered_json unscheduled = nlohmann::ordered_json::array();
  for (const AgendaEntry& e : agenda.unscheduled) {
    nlohmann::ordered_json j = entry_json(book, e);
    j["date"] = e.date.iso();
    unscheduled.push_back(std::move(j));
  }
  return {{"days", std::move(days)}, {"unscheduled", std::move(unscheduled)}};
}

}  // namespace rm::cli
