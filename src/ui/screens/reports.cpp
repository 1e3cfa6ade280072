// Reports (报表): what the manager hands in (docs/domain.md §3 "Written
// reports", §6 "Evaluating the manager"), one tab each — the weekly pipeline
// table (reports_weekly.cpp), the communication reports with their review
// (reports_communication.cpp, reports_review.cpp), the daily work log and
// the weekly summary (reports_worklog.cpp), the monthly sales analysis with
// the simulated profit (reports_monthly.cpp) — and the export of the book as
// a file (backup, or a plan file to share). The figures are core/reports/'s,
// the same `rmplanner report` prints.
#include "ui/screens/reports.h"

#include <imgui.h>

#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/report_strings.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/plain_export.h"

namespace rm::ui {

ReportLabels ui_report_labels() {
  ReportLabels l;
  l.chinese = language() == Language::Chinese;
  l.step = [](SalesStep s) { return std::string(label(s)); };
  l.category = [](ProductCategory c) { return std::string(label(c)); };
  l.source = [](FindingChannel c) { return std::string(label(c)); };
  return l;
}

RecordId reports_manager(const UiContext& ctx) { return ctx.ws.book().settings.owner_manager_id; }

void report_downloads(UiContext& ctx, const std::string& id, const std::string& file_stem,
                      const std::function<std::string()>& make_html, const std::function<std::string()>& make_csv) {
  using namespace report_text;
  const std::string html_id = id + ".html", csv_id = id + ".csv";
  if (ImGui::Button(tr(kPrintHtml))) open_plain_export(html_id.c_str());
  track(html_id.c_str());
  ImGui::SameLine();
  if (ImGui::Button(tr(kCsv))) open_plain_export(csv_id.c_str());
  track(csv_id.c_str());
  if (plain_export_confirm(html_id.c_str(), tr(kReportConsent)))
    ctx.actions.download(file_stem + ".html", "text/html;charset=utf-8", make_html());
  if (plain_export_confirm(csv_id.c_str(), tr(kReportConsent)))
    ctx.actions.download(file_stem + ".csv", "text/csv;charset=utf-8", make_csv());
}

void draw_reports(UiContext& ctx) {
  using namespace report_text;
  ReportsState& s = ctx.state.reports;
  struct Tab {
    ReportsTab tab;
    const Text* name;
    const char* id;
    void (*draw)(UiContext&);
  };
  static constexpr Tab kTabs[] = {
      {ReportsTab::pipeline, &kTabPipeline, "reports.tab.pipeline", draw_reports_pipeline},
      {ReportsTab::communication, &kTabCommunication, "reports.tab.communication", draw_reports_communication},
      {ReportsTab::work_log, &kTabWorkLog, "reports.tab.work_log", draw_reports_work_log},
      {ReportsTab::monthly, &kTabMonthly, "reports.tab.monthly", draw_reports_monthly},
  };
  if (ImGui::BeginTabBar("##reports_tabs")) {
    for (const Tab& t : kTabs) {
      const std::string label = std::string(tr(*t.name)) + "###" + t.id;
      const bool open = ImGui::BeginTabItem(label.c_str());
      track(t.id, open ? "on" : "off");
      if (!open) continue;
      s.tab = t.tab;
      t.draw(ctx);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }

  using namespace workbench_text;
  ImGui::SeparatorText(tr(kExport));
  ImGui::TextDisabled("%s", tr(kExportHint));
  // The dialog is the page's (a DOM form: passphrases never pass through
  // ImGui's buffers); it seals the backup, and plain JSON waits for a
  // confirmation there.
  if (ImGui::Button(tr(kExportBook))) ctx.actions.open_backup_dialog();
  track("reports.export");
}

}  // namespace rm::ui
