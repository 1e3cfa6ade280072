// Today's written duties (core/planner/duties.h): the communication reports,
// plan reviews and complaint steps owed by the end of the coming week,
// overdue first. Worked out once per change of the book or of the day.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/planner/duties.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/screens/today.h"
#include "ui/strings/today_strings.h"
#include "ui/widgets/record_id_scope.h"

namespace rm::ui {
namespace {

constexpr int kLookAheadDays = 7;

const char* duty_code(DutyKind kind) {
  switch (kind) {
    case DutyKind::communication_report: return "communication_report";
    case DutyKind::plan_review: return "plan_review";
    case DutyKind::complaint_step: return "complaint_step";
    case DutyKind::monthly_sales_analysis: return "monthly_sales_analysis";
  }
  return "";
}

struct DutyCache {
  uint64_t generation = 0, revision = 0;
  Date today;
  std::vector<Duty> duties;
};

const std::vector<Duty>& cached_duties(const UiContext& ctx) {
  static DutyCache cache;
  if (cache.generation != ctx.ws.book_generation() || cache.revision != ctx.ws.revision() || cache.today != ctx.today)
    cache = DutyCache{ctx.ws.book_generation(), ctx.ws.revision(), ctx.today,
                      duties_until(ctx.ws.book(), ctx.today, ctx.today.plus_days(kLookAheadDays))};
  return cache.duties;
}

}  // namespace

void draw_duties(UiContext& ctx) {
  const std::vector<Duty>& duties = cached_duties(ctx);
  ImGui::SeparatorText(tr(today_text::kDuties));
  track("today.duties.count", std::to_string(duties.size()));
  if (duties.empty()) {
    ImGui::TextDisabled("%s", tr(today_text::kNoDuties));
    return;
  }
  const Book& book = ctx.ws.book();
  int n = 0;
  for (const Duty& d : duties) {
    push_record_id(d.subject_id.empty() ? d.client_id : d.subject_id);
    ImGui::PushID(n);
    const bool overdue = d.overdue(ctx.today);
    if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, tone_u32(Tone::bad));
    ImGui::TextUnformatted(d.due.iso().c_str());
    ImGui::SameLine();
    const uint32_t ci = d.client_id.empty() ? BookIndex::npos : ctx.ws.index().client(d.client_id);
    if (ci != BookIndex::npos) {
      if (ImGui::SmallButton(book.clients[ci].name.c_str())) open_client(ctx.state, d.client_id);
      ImGui::SameLine();
    }
    ImGui::TextWrapped("%s", language() == Language::Chinese ? d.zh.c_str() : d.en.c_str());
    if (overdue) ImGui::PopStyleColor();
    track(("today.duty." + std::to_string(n)).c_str(),
          std::string(duty_code(d.kind)) + "|" + (overdue ? "overdue" : "due") + "|" +
              (ci == BookIndex::npos ? std::string() : book.clients[ci].name));
    ImGui::PopID();
    ImGui::PopID();
    ++n;
  }
}

}  // namespace rm::ui
