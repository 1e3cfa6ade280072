// rmplanner branch-report DIR [--today YYYY-MM-DD] [--year YYYY] [--policy ID] [--passphrase-file F]
//
// The supervisor's dashboard (core/planner/branch_dashboard.h) over a folder
// of managers' files: every file is read, the readable ones are merged
// (sync/merge.h) and the figures printed as JSON. A file that cannot be read
// is listed and skipped, never a reason to stop (docs/data-format.md,
// "Merging files on the command line").
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli/book_file.h"
#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "core/planner/branch_dashboard.h"
#include "core/model/book_stats.h"
#include "core/policy/policy.h"
#include "sync/merge.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner branch-report DIR [--today YYYY-MM-DD] [--year YYYY] [--policy ID]\n"
    "                               [--passphrase-file F] [--key PREFIX.key.pem]\n\n"
    "Reads every file in DIR (managers' books, hand-ins, review files; bundle JSON or\n"
    "encrypted backups), merges them field by field and prints the branch dashboard\n"
    "as JSON: per manager contact-rule compliance per tier, the staffing load, the\n"
    "pipeline by sales step, reports and plans awaiting review, overdue tasks and rule\n"
    "items; the clients without a manager. A file that cannot be read is listed under\n"
    "\"skipped\" (and on stderr) and left out.\n\n"
    "  --today DATE  the day to judge by (default: today in China)\n"
    "  --year YYYY   the year whose contact rules are judged (default: that of --today)\n"
    "  --policy ID   bank_a, bank_b, bank_c or blank instead of the merged book's own\n\n"
    "Exit status: 0 the dashboard printed (files may have been skipped); 1 no file\n"
    "in DIR could be read (the JSON still lists them); 2 wrong usage or DIR is not a\n"
    "folder.\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;

nlohmann::ordered_json ids_json(const std::vector<RecordId>& ids) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const RecordId& id : ids) out.push_back(id.str());
  return out;
}

nlohmann::ordered_json pipeline_json(const std::array<PipelineStep, 6>& steps) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const PipelineStep& s : steps)
    out.push_back({{"step", code_of(s.step)},
                   {"open", s.open},
                   {"amount_fen", s.amount}});
  return out;
}

nlohmann::ordered_json manager_json(const ManagerDashboard& m) {
  nlohmann::ordered_json tiers = nlohmann::ordered_json::array();
  for (const TierCompliance& t : m.figures.tiers)
    tiers.push_back(
        {{"tier", t.tier}, {"clients", t.clients}, {"items", t.items}, {"met", t.met}, {"overdue", t.overdue}});
  nlohmann::ordered_json over_ratio = nlohmann::ordered_json::array();
  for (const auto& [tier, n] : m.figures.over_ratio) over_ratio.push_back({{"tier", tier}, {"over", n}});
  return {{"manager", m.manager_id.str()},
          {"name", m.name},
          {"clients", m.figures.clients},
          {"staffing_load_percent", m.figures.staffing_load_percent},
          {"over_total_cap", m.figures.over_total_cap},
          {"over_ratio", std::move(over_ratio)},
          {"overloaded", m.figures.overloaded},
          {"compliance", std::move(tiers)},
          {"overdue_rule_items", m.overdue_rule_items},
          {"assignments_not_followed_up", m.assignments_not_followed_up},
          {"retention_signals", m.retention_signals},
          {"open_complaints", m.open_complaints},
          {"overdue_complaints", m.overdue_complaints},
          {"overdue_tasks", ids_json(m.overdue_tasks)},
          {"reports_awaiting_review", ids_json(m.reports_awaiting_review)},
          {"plans_awaiting_review", ids_json(m.plans_awaiting_review)},
          {"pipeline", pipeline_json(m.pipeline)},
          {"pipeline_amount_fen", m.pipeline_amount},
          {"won", m.won},
          {"won_amount_fen", m.won_amount},
          {"lost", m.lost},
          {"opened_this_week", m.opened_this_week},
          {"opened_this_week_amount_fen", m.opened_this_week_amount},
          {"week_target_amount_fen",
           m.week_target_amount ? nlohmann::ordered_json(*m.week_target_amount) : nlohmann::ordered_json()}};
}
}  // namespace

int cmd_branch_report(int argc, char** argv) {
  std::string error;
  const auto args =
      parse_args(argc, argv, {{"today", "year", "policy", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("branch-report", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("branch-report", "expects exactly one folder DIR (see --help)", 2);
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("branch-report", error, 2);
  int year = today->year();
  if (const std::string* y = args->option("year")) {
    const auto parsed = parse_int(*y);
    if (!parsed || *parsed < 1900 || *parsed > 2100) return fail("branch-report", "--year must be a year 1900 … 2100", 2);
    year = static_cast<int>(*parsed);
  }
  const std::string* chosen = args->option("policy");
  if (chosen && !find_preset_policy(*chosen))
    return fail("branch-report", "unknown policy \"" + *chosen + "\" (bank_a, bank_b, bank_c, blank)", 2);

  namespace fs = std::filesystem;
  const fs::path dir = args->positional[0];
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return fail("branch-report", dir.string() + " is not a folder / 不是文件夹", 2);
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // editors' and systems' hidden files
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) files.push_back(it->path());
  }
  if (ec) return fail("branch-report", "cannot list " + dir.string() + ": " + ec.message(), 2);
  std::sort(files.begin(), files.end());  // the same folder gives the same report

  // Merged one by one, in name order; the merge's laws make the order irrelevant.
  const int64_t now = now_ms();
  std::optional<Book> branch;
  nlohmann::ordered_json read = nlohmann::ordered_json::array();
  nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
  int64_t clamped = 0;
  for (const fs::path& path : files) {
    FileRefusal refusal;
    auto file = read_book_file(*args, path.string(), refusal);
    if (!file) {
      std::fprintf(stderr, "rmplanner branch-report: skipped %s / 已跳过：%s\n", refusal.en.c_str(), refusal.zh.c_str());
      skipped.push_back({{"file", path.string()}, {"code", refusal.code}, {"en", refusal.en}, {"zh", refusal.zh}});
      continue;
    }
    read.push_back({{"file", path.string()}, {"encrypted", file->encrypted}, {"clients", file->book.clients.size()}});
    if (!branch) {
      branch = std::move(file->book);
      continue;
    }
    MergeResult merged = merge_books(*branch, file->book, now);
    clamped += merged.report.clamped_stamps;
    branch = std::move(merged.book);
  }

  nlohmann::ordered_json out = {{"folder", dir.string()}, {"files", std::move(read)}, {"skipped", std::move(skipped)}};
  if (!branch) {
    std::printf("%s\n", out.dump(2).c_str());
    return fail("branch-report", "no readable file in " + dir.string() + " / 文件夹中没有可读取的文件", 1);
  }
  const std::string policy_id = chosen                                      ? *chosen
                                : branch->settings.active_policy_id.empty() ? "bank_a"
                                                                            : branch->settings.active_policy_id;
  const Policy* policy = find_policy(*branch, policy_id);
  if (!policy) return fail("branch-report", "unknown policy \"" + policy_id + "\" in the files (use --policy)", 1);

  const PlannerContext ctx(*branch, *policy, *today, {}, std::min(year, today->year()) - 1,
                           std::max(year, today->year()) + 1);
  const BranchDashboard d = branch_dashboard({&ctx}, Date::from_ymd(year, 1, 1), Date::from_ymd(year + 1, 1, 1));
  nlohmann::ordered_json managers = nlohmann::ordered_json::array();
  for (const ManagerDashboard& m : d.managers) managers.push_back(manager_json(m));
  out["as_of"] = d.as_of.iso();
  out["from"] = d.from.iso();
  out["to"] = d.to.iso();
  out["week_start"] = d.week_start.iso();
  out["policy"] = policy_id;
  out["conflicts"] = open_conflicts(*branch).size();
  out["clamped_stamps"] = clamped;
  out["managers"] = std::move(managers);
  out["unassigned_clients"] = ids_json(d.unassigned_clients);
  nlohmann::ordered_json retention = nlohmann::ordered_json::array();
  for (const RetentionSignal& s : d.retention)
    retention.push_back({{"client", s.client_id.str()},
                         {"manager", s.manager_id.str()},
                         {"kind", retention_code(s.kind)},
                         {"date", s.date.iso()},
                         {"zh", s.zh},
                         {"en", s.en}});
  out["retention"] = std::move(retention);
  nlohmann::ordered_json complaints = nlohmann::ordered_json::array();
  for (const OpenComplaint& k : d.open_complaints)
    complaints.push_back({{"complaint", k.complaint_id.str()},
                          {"client", k.client_id.str()},
                          {"manager", k.manager_id.str()},
                          {"next_step", code_of(k.next_step)},
                          {"due", k.due.iso()},
                          {"overdue", k.overdue}});
  out["open_complaints"] = std::move(complaints);
  out["pipeline"] = pipeline_json(d.pipeline);
  out["pipeline_amount_fen"] = d.pipeline_amount;
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
