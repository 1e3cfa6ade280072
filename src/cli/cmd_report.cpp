// rmplanner report weekly|monthly FILE [--date YYYY-MM-DD] [--manager ID] [--policy ID]
//                                      [--format json|html|csv] [--lang zh|en] [--passphrase-file F]
//
// The manager's written reports (docs/domain.md §3 "Written reports", §6
// "Evaluating the manager") from a book: the weekly pipeline table with the
// weekly summary, or the monthly sales analysis with the simulated profit
// (core/reports/). JSON by default, money in integer fen
// (docs/commands.md, "rmplanner report").
#include <algorithm>
#include <cstdio>

#include "cli/cli_args.h"
#include "cli/bundle_input.h"
#include "cli/commands.h"
#include "cli/planner_cli.h"
#include "core/model/person_name.h"
#include "core/reports/monthly_sales.h"
#include "core/reports/weekly_summary.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner report weekly|monthly FILE [--date YYYY-MM-DD] [--manager ID]\n"
    "                        [--policy ID] [--format json|html|csv] [--lang zh|en]\n"
    "                        [--passphrase-file F] [--key PREFIX.key.pem]\n\n"
    "weekly:  the pipeline table (商机进程表) of the week (Monday–Sunday) containing\n"
    "         --date — open opportunities per step at the week's end, the week's\n"
    "         movement — and the weekly summary of the work log and activity.\n"
    "monthly: the monthly sales analysis of the month containing --date: contacts\n"
    "         by tier, sales by product, pipeline movement, contact-rule compliance\n"
    "         and the simulated profit with the rates used.\n\n"
    "  --date DATE     a day of the week or month (default: today in China)\n"
    "  --manager ID    whose report (default: the book's owner; the whole book when\n"
    "                  it names none)\n"
    "  --policy ID     the policy tiers and compliance are judged by (default: the book's)\n"
    "  --format F      json (default; money in fen as integers), html (a printable\n"
    "                  page) or csv (the weekly pipeline table / the monthly analysis)\n"
    "  --lang L        zh (default) or en, for html and csv\n\n"
    "Exit status: 0 printed; 1 the file could not be read; 2 wrong usage.\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;

using Json = nlohmann::ordered_json;

Json date_json(const std::optional<Date>& d) { return d ? Json(d->iso()) : Json(); }

Json tally_json(const PipelineTally& t) { return {{"count", t.count}, {"amount_fen", t.amount}}; }

Json movement_json(const PipelineMovement& m) {
  return {{"advanced", tally_json(m.advanced)}, {"moved_back", tally_json(m.moved_back)},
          {"opened", tally_json(m.opened)},     {"won", tally_json(m.won)},
          {"lost", tally_json(m.lost)}};
}

Json contacts_json(const ContactActivity& a) {
  Json tiers = Json::array();
  for (const ContactTally& t : a.by_tier)
    tiers.push_back({{"tier", t.tier}, {"meetings", t.meetings}, {"calls", t.calls}, {"messages", t.messages}});
  return {{"total", a.all.total()},
          {"meetings", a.all.meetings},
          {"calls", a.all.calls},
          {"messages", a.all.messages},
          {"by_tier", std::move(tiers)}};
}

Json pipeline_json(const PipelineWeek& w) {
  Json steps = Json::array();
  for (const PipelineStepRows& s : w.steps) {
    Json rows = Json::array();
    for (const PipelineRow& r : s.rows)
      rows.push_back({{"opportunity", r.opportunity_id.str()},
                      {"client", r.client_id.str()},
                      {"client_name", r.client},
                      {"title", r.title},
                      {"product", r.product},
                      {"amount_fen", r.amount},
                      {"probability_pct", r.probability_pct},
                      {"expected_close", date_json(r.expected_close)},
                      {"next_step", r.next_step},
                      {"next_step_date", date_json(r.next_step_date)},
                      {"source", code_of(r.source)}});
    steps.push_back({{"step", code_of(s.step)}, {"count", s.count}, {"amount_fen", s.amount}, {"rows", std::move(rows)}});
  }
  return {{"steps", std::move(steps)},
          {"open_count", w.open.count},
          {"open_amount_fen", w.open.amount},
          {"movement", movement_json(w.movement)}};
}

Json summary_json(const WeeklySummary& s) {
  return {{"contacts", contacts_json(s.contacts)},
          {"reports_written", s.reports_written},
          {"reports_submitted", s.reports_submitted},
          {"reports_approved", s.reports_approved},
          {"tasks_done", s.tasks_done},
          {"complaints_handled", s.complaints_handled},
          {"work_log_entries", s.logs.size()},
          {"zh", s.zh},
          {"en", s.en}};
}

Json monthly_json(const MonthlySales& m) {
  Json products = Json::array();
  for (const ProductSales& p : m.by_product)
    products.push_back({{"product", p.product_id.str()},
                        {"name", p.product},
                        {"category", p.product_id.empty() ? Json() : Json(code_of(p.category))},
                        {"new_holdings", p.holdings},
                        {"new_holdings_amount_fen", p.holdings_amount},
                        {"won", p.won},
                        {"won_amount_fen", p.won_amount}});
  Json tiers = Json::array();
  for (const TierCompliance& t : m.compliance)
    tiers.push_back({{"tier", t.tier}, {"clients", t.clients}, {"items", t.items}, {"met", t.met}, {"overdue", t.overdue}});
  Json rates = Json::array();
  for (const ProfitRate& r : m.rates)
    rates.push_back({{"category", code_of(r.category)}, {"kind", code_of(r.kind)}, {"rate_bp", r.rate_bp}});
  return {{"contacts", contacts_json(m.contacts)},
          {"sales_by_product", std::move(products)},
          {"new_holdings", m.holdings},
          {"new_holdings_amount_fen", m.holdings_amount},
          {"pipeline_movement", movement_json(m.pipeline)},
          {"compliance", {{"items", m.compliance_items}, {"met", m.compliance_met}, {"overdue", m.compliance_overdue},
                          {"by_tier", std::move(tiers)}}},
          {"simulated_profit", {{"deposit_fen", m.profit.deposit},
                                {"wealth_product_fen", m.profit.wealth_product},
                                {"fee_income_fen", m.profit.fee_income},
                                {"total_fen", m.profit.total()},
                                {"rates", std::move(rates)}}}};
}

}  // namespace

int cmd_report(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(
      argc, argv, {{"date", "manager", "policy", "format", "lang", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("report", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 2 || (args->positional[0] != "weekly" && args->positional[0] != "monthly"))
    return fail("report", "expects weekly or monthly, then one FILE (see --help)", 2);
  const bool weekly = args->positional[0] == "weekly";
  const auto date = date_option(*args, "date", error);
  if (!date) return fail("report", error, 2);
  const std::string* format_text = args->option("format");
  const std::string format = format_text ? *format_text : "json";
  if (format != "json" && format != "html" && format != "csv")
    return fail("report", "--format must be json, html or csv, not \"" + format + "\"", 2);
  const std::string* lang = args->option("lang");
  if (lang && *lang != "zh" && *lang != "en") return fail("report", "--lang must be zh or en", 2);
  std::optional<RecordId> chosen;
  if (const std::string* m = args->option("manager")) {
    chosen = RecordId::parse(*m);
    if (!chosen) return fail("report", "--manager expects a manager id (a UUID)", 2);
  }

  int status = 0;
  const auto loaded = load_book_for("report", args->positional[1], *args, status);
  if (!loaded) return status;
  const Book& book = loaded->book;
  const RecordId manager = chosen ? *chosen : book.settings.owner_manager_id;
  PlannerSettings settings;
  settings.manager_id = manager;
  const PlannerContext ctx(book, loaded->policy, *date, settings, date->year() - 1, date->year() + 1);
  ReportLabels labels;
  labels.chinese = !lang || *lang == "zh";
  const std::string name = person_name(book, ctx.index(), manager);

  if (weekly) {
    const PipelineWeek week = pipeline_week(book, ctx.index(), manager, *date);
    if (format == "csv") {
      std::fputs(pipeline_week_csv(week, labels).c_str(), stdout);
      return 0;
    }
    if (format == "html") {
      std::fputs(pipeline_week_html(week, labels, name).c_str(), stdout);
      return 0;
    }
    const WeeklySummary summary = weekly_summary(ctx, manager, *date);
    const Json out = {{"report", "weekly"},
                      {"manager", manager.str()},
                      {"manager_name", name},
                      {"week_start", week.week.start.iso()},
                      {"week_end", week.week.end.plus_days(-1).iso()},
                      {"pipeline", pipeline_json(week)},
                      {"summary", summary_json(summary)}};
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  const MonthlySales month = monthly_sales(ctx, manager, *date);
  if (format == "csv") {
    std::fputs(monthly_sales_csv(month, labels).c_str(), stdout);
    return 0;
  }
  if (format == "html") {
    std::fputs(monthly_sales_html(month, labels, name).c_str(), stdout);
    return 0;
  }
  Json out = {{"report", "monthly"},
              {"manager", manager.str()},
              {"manager_name", name},
              {"from", month.month.start.iso()},
              {"to", month.month.end.plus_days(-1).iso()}};
  out.update(monthly_json(month));
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
