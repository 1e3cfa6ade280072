// Reports (报表): what goes to the supervisor — the daily work logs, this
// week's summary (docs/domain.md §3: weekly summary to the supervisor), the
// communication reports and financial plans with their review
// (reports_review.cpp) — and the export of the book as a file (backup, or a
// plan file to share).
#include "ui/screens/reports.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include "store/bundle.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/copy_button.h"

namespace rm::ui {

namespace {
using namespace workbench_text;

std::string weekly_summary(const UiContext& ctx) {
  const Book& book = ctx.ws.book();
  const Date monday = ctx.today.plus_days(1 - ctx.today.weekday());
  int contacts = 0, proactive = 0, meetings = 0, new_opps = 0, won = 0;
  Fen won_amount = 0;
  std::set<RecordId> clients;
  for (const Contact& c : book.contacts) {
    if (c.meta.deleted || c.date < monday || ctx.today < c.date) continue;
    ++contacts;
    proactive += c.proactive;
    meetings += contact_kind(c) == ContactClass::meeting;
    clients.insert(c.client_id);
  }
  for (const Opportunity& o : book.opportunities) {
    if (o.meta.deleted) continue;
    if (!(o.opened_on < monday) && !(ctx.today < o.opened_on)) ++new_opps;
    if (o.status == OpportunityStatus::won && o.closed_on && !(*o.closed_on < monday) && !(ctx.today < *o.closed_on)) {
      ++won;
      won_amount = add_money(won_amount, o.expected_amount);  // saturates (core/money.h)
    }
  }
  char buf[512];
  std::snprintf(buf, sizeof buf, tr(kWeeklyLine), contacts, proactive, meetings, static_cast<int>(clients.size()),
                new_opps, won, format_yuan(won_amount).c_str());
  return monday.iso() + " – " + ctx.today.iso() + "\n" + buf;
}
}  // namespace

void draw_reports(UiContext& ctx) {
  const Book& book = ctx.ws.book();

  ImGui::SeparatorText(tr(kWeekly));
  const std::string summary = weekly_summary(ctx);
  ImGui::TextWrapped("%s", summary.c_str());
  track("reports.weekly", summary);
  copy_button(ctx.actions, tr(kCopyWeekly), summary, "reports.weekly.copy");

  ImGui::SeparatorText(tr(kWorkLogs));
  std::vector<const WorkLogEntry*> logs;
  for (const WorkLogEntry& e : book.work_log)
    if (!e.meta.deleted) logs.push_back(&e);
  std::sort(logs.begin(), logs.end(), [](auto* a, auto* b) { return b->date < a->date; });
  if (logs.empty()) ImGui::TextDisabled("%s", tr(kNoWorkLogs));
  for (size_t i = 0; i < logs.size() && i < 14; ++i) {
    const WorkLogEntry& e = *logs[i];
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::TreeNode(e.date.iso().c_str())) {
      for (const std::string* part : {&e.morning_meeting, &e.contacts, &e.sales, &e.suggestions, &e.memo})
        if (!part->empty()) ImGui::TextWrapped("%s", part->c_str());
      ImGui::TreePop();
    }
    track(("reports.worklog." + std::to_string(i)).c_str(), e.contacts);
    ImGui::PopID();
  }

  draw_review(ctx, ctx.state.reports.review);

  ImGui::SeparatorText(tr(kExport));
  ImGui::TextDisabled("%s", tr(kExportHint));
  // The dialog is the page's (a DOM form: passphrases never pass through
  // ImGui's buffers); it seals the backup, and plain JSON waits for a
  // confirmation there.
  if (ImGui::Button(tr(kExportBook))) ctx.actions.open_backup_dialog();
  track("reports.export");
}

}  // namespace rm::ui
