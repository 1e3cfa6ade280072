// Events (客户活动): the branch's client events, planned, invited to, attended
// and followed up (docs/domain.md §6, "Client events"). Every change is a
// command of app/commands/event_commands.h; the agenda's confirm / remind /
// thank contacts follow from the statuses recorded here.
#include "ui/screens/events.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/commands/command.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/events_strings.h"
#include "ui/widgets/fit_width.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/refusal_line.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui {

namespace {
using namespace events_text;

using events_detail::run;

std::optional<Date> typed_date(const DateInputState& state) {
  DateValue value;
  if (parse_date_input(state, value) != DateError::none) return std::nullopt;
  return value.solar;
}

struct EventCounts {
  int invited = 0, accepted = 0, attended = 0, followed_up = 0;
};
// Accepted counts those who came too: they accepted before they came.
EventCounts counts_of(const ClientEvent& e) {
  EventCounts n;
  for (const Invitation& inv : e.invitations) {
    ++n.invited;
    n.accepted += inv.status == InvitationStatus::accepted || inv.status == InvitationStatus::attended;
    n.attended += inv.status == InvitationStatus::attended;
    n.followed_up += inv.followed_up_on.has_value();
  }
  return n;
}

void kind_combo(const char* id, ClientEventKind& kind) {
  ImGui::SetNextItemWidth(combo_width(label(kind), 160));
  const std::string hidden = std::string("##") + id;
  if (ImGui::BeginCombo(hidden.c_str(), label(kind))) {
    for (size_t i = 0; i < EnumCodes<ClientEventKind>::codes.size(); ++i) {
      const auto k = static_cast<ClientEventKind>(i);
      if (ImGui::Selectable(label(k), k == kind)) kind = k;
      track((std::string(id) + "." + std::string(code_of(k))).c_str());
    }
    ImGui::EndCombo();
  }
  track_framed(id, label(kind), true, std::string(code_of(kind)));
}

void draw_plan_form(UiContext& ctx) {
  EventsState& s = ctx.state.events;
  ImGui::SeparatorText(tr(kPlanEvent));
  if (s.date.text.empty()) s.date.text = ctx.today.iso();
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##ev_title", tr(kTitle), &s.title);
  track("events.form.title", s.title);
  ImGui::SameLine();
  kind_combo("events.form.kind", s.kind);
  ImGui::SameLine();
  date_input("events.form.date", s.date, false, ctx.today, 120);
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##ev_location", tr(kLocation), &s.location);
  track("events.form.location", s.location);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kCapacityHint));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(80);
  if (ImGui::InputInt("##ev_capacity", &s.capacity, 0, 0)) s.capacity = std::clamp(s.capacity, 0, 100000);
  track("events.form.capacity", std::to_string(s.capacity));
  if (ImGui::Button(tr(kSave))) {
    s.form_error.clear();
    if (const std::optional<Date> date = typed_date(s.date)) {
      PlanClientEvent plan;
      plan.title = s.title;
      plan.event_kind = s.kind;
      plan.date = *date;
      plan.location = s.location;
      plan.capacity = s.capacity;
      const size_t before = ctx.ws.book().client_events.size();
      if (run(ctx, plan)) {
        // The new event's page: inviting comes next.
        if (ctx.ws.book().client_events.size() > before) s.open = ctx.ws.book().client_events.back().meta.id;
        s.planning = false;
        s.title.clear();
        s.location.clear();
        s.capacity = 0;
        s.date = {};
      }
    } else {
      s.form_error = tr(kBadDate);
    }
  }
  track("events.form.save");
  ImGui::SameLine();
  if (ImGui::Button(tr(kCancel))) {
    s.planning = false;
    s.form_error.clear();
    s.refusal.reset();
  }
  track("events.form.cancel");
  if (!s.form_error.empty()) {
    ImGui::TextColored(tone_vec4(Tone::bad), "%s", s.form_error.c_str());
    track("events.form.error", s.form_error);
  }
}

// One list (upcoming or past): date, title, kind, location and the figures.
void draw_list(UiContext& ctx, const std::vector<const ClientEvent*>& events, const char* prefix, const Text& empty) {
  if (events.empty()) {
    ImGui::TextDisabled("%s", tr(empty));
    return;
  }
  const std::string table = std::string("##") + prefix;
  if (!ImGui::BeginTable(table.c_str(), 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn(tr(kDate), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kTitle), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(kKind), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kLocation), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kInvited), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kAttended), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableHeadersRow();
  int row = 0;
  for (const ClientEvent* e : events) {
    const std::string id = std::string(prefix) + "." + std::to_string(row++);
    const EventCounts n = counts_of(*e);
    push_record_id(e->meta.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(e->date.iso().c_str());
    ImGui::TableNextColumn();
    if (ImGui::Selectable(e->title.c_str())) {
      ctx.state.events.open = e->meta.id;
      ctx.state.events.refusal.reset();
    }
    track(id.c_str(), e->title);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label(e->kind));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(e->location.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", n.invited);
    ImGui::TableNextColumn();
    ImGui::Text("%d", n.attended);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void draw_follow_up_form(UiContext& ctx, const ClientEvent& e, const RecordId& client) {
  EventsState& s = ctx.state.events;
  if (s.follow_date.text.empty()) s.follow_date.text = ctx.today.iso();
  ImGui::Indent();
  date_input("event.follow_up.date", s.follow_date, false, ctx.today, 120);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 160));
  ImGui::InputTextWithHint("##follow_notes", tr(kFollowUpNotes), &s.follow_notes);
  track("event.follow_up.notes", s.follow_notes);
  ImGui::SameLine();
  if (ImGui::Button(tr(kSave))) {
    if (const std::optional<Date> date = typed_date(s.follow_date)) {
      if (run(ctx, RecordEventFollowUp{e.meta.id, client, *date, s.follow_notes})) {
        s.follow_client = {};
        s.follow_notes.clear();
        s.follow_date = {};
      }
    } else {
      s.refusal = Problem{"bad_date", "date", kBadDate.en, kBadDate.zh};
    }
  }
  track("event.follow_up.save");
  ImGui::Unindent();
}

void draw_invitees(UiContext& ctx, const ClientEvent& e) {
  EventsState& s = ctx.state.events;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(kInvitees));
  track("event.invitees", std::to_string(e.invitations.size()));
  if (e.invitations.empty()) {
    ImGui::TextDisabled("%s", tr(kNoInvitees));
    return;
  }
  const bool held = !(ctx.today < e.date);
  const RecordId follow = s.follow_client;
  if (!ImGui::BeginTable("##invitees", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn(tr(kClient), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kStatus), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kFollowUp), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(kActions), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableHeadersRow();
  int row = 0;
  for (const Invitation& inv : e.invitations) {
    const std::string id = "event.invitee." + std::to_string(row++);
    const uint32_t c = ctx.ws.index().client(inv.client_id);
    const std::string name = c == BookIndex::npos ? inv.client_id.str() : book.clients[c].name;
    push_record_id(inv.client_id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::Selectable(name.c_str()) && c != BookIndex::npos) open_client(ctx.state, inv.client_id);
    track(id.c_str(), name);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label(inv.status));
    track((id + ".status").c_str(), std::string(code_of(inv.status)));
    ImGui::TableNextColumn();
    if (inv.followed_up_on) wrapped_text(inv.followed_up_on->iso() + "  " + inv.notes);
    ImGui::TableNextColumn();
    // Before the event: the reply; from its day: who came, then the follow-up.
    if (!held) {
      if (ImGui::SmallButton(tr(kAccept)))
        run(ctx, RecordInvitationReply{e.meta.id, inv.client_id, InvitationStatus::accepted});
      track((id + ".accept").c_str());
      ImGui::SameLine();
      if (ImGui::SmallButton(tr(kDecline)))
        run(ctx, RecordInvitationReply{e.meta.id, inv.client_id, InvitationStatus::declined});
      track((id + ".decline").c_str());
    } else {
      if (ImGui::SmallButton(tr(kCame)))
        run(ctx, RecordAttendance{e.meta.id, inv.client_id, InvitationStatus::attended});
      track((id + ".attended").c_str());
      ImGui::SameLine();
      if (ImGui::SmallButton(tr(kNoShow)))
        run(ctx, RecordAttendance{e.meta.id, inv.client_id, InvitationStatus::no_show});
      track((id + ".no_show").c_str());
      if (inv.status == InvitationStatus::attended || inv.status == InvitationStatus::no_show) {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(kRecordFollowUp))) {
          s.follow_client = follow == inv.client_id ? RecordId{} : inv.client_id;
          s.follow_date = {};
          s.follow_notes = inv.notes;
        }
        track((id + ".follow_up").c_str());
      }
    }
    ImGui::PopID();
    if (follow == inv.client_id) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TableNextColumn();
      ImGui::TableNextColumn();
      draw_follow_up_form(ctx, e, inv.client_id);
      ImGui::TableNextColumn();
    }
  }
  ImGui::EndTable();
}

void draw_event_page(UiContext& ctx, const ClientEvent& e) {
  EventsState& s = ctx.state.events;
  if (ImGui::Button(tr(kBack))) {
    s.open = {};
    s.follow_client = {};
    s.refusal.reset();
    return;
  }
  track("event.back");
  ImGui::SeparatorText(e.title.c_str());
  track("event.title", e.title);
  const std::string seats = e.capacity > 0 ? std::to_string(e.capacity) : std::string(tr(kUnlimited));
  ImGui::Text("%s  ·  %s  ·  %s  ·  %s %s", e.date.iso().c_str(), label(e.kind), e.location.c_str(), tr(kCapacity),
              seats.c_str());
  const EventCounts n = counts_of(e);
  ImGui::Text(tr(kFigures), n.invited, n.accepted, n.attended, n.followed_up);
  track("event.figures.invited", std::to_string(n.invited));
  track("event.figures.accepted", std::to_string(n.accepted));
  track("event.figures.attended", std::to_string(n.attended));
  track("event.figures.followed_up", std::to_string(n.followed_up));
  refusal_line("event.refusal", s.refusal);
  draw_invitees(ctx, e);
  events_detail::draw_invite(ctx, e);
}

}  // namespace

bool events_detail::run(UiContext& ctx, const Command& command) {
  const Result<int64_t> done = ctx.actions.dispatch(command);
  ctx.state.events.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
  return done.ok();
}

void draw_events(UiContext& ctx) {
  EventsState& s = ctx.state.events;
  const Book& book = ctx.ws.book();
  if (!s.open.empty()) {
    for (const ClientEvent& e : book.client_events)
      if (e.meta.id == s.open && !e.meta.deleted) return draw_event_page(ctx, e);
    s.open = {};  // deleted, or undone away
  }
  ImGui::SeparatorText(tr(kEvents));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kEventsIntro));
  ImGui::PopTextWrapPos();
  if (!s.planning) {
    if (ImGui::Button(tr(kPlanEvent))) {
      s.planning = true;
      s.refusal.reset();
    }
    track("events.plan");
  } else {
    draw_plan_form(ctx);
  }
  refusal_line("events.refusal", s.refusal);

  std::vector<const ClientEvent*> upcoming, past;
  for (const ClientEvent& e : book.client_events) {
    if (e.meta.deleted) continue;
    (e.date < ctx.today ? past : upcoming).push_back(&e);
  }
  // Upcoming soonest first, past latest first.
  std::stable_sort(upcoming.begin(), upcoming.end(), [](auto* a, auto* b) { return a->date < b->date; });
  std::stable_sort(past.begin(), past.end(), [](auto* a, auto* b) { return b->date < a->date; });
  track("events.upcoming.count", std::to_string(upcoming.size()));
  track("events.past.count", std::to_string(past.size()));
  ImGui::SeparatorText(tr(kUpcoming));
  draw_list(ctx, upcoming, "events.upcoming", kNoUpcoming);
  ImGui::SeparatorText(tr(kPast));
  draw_list(ctx, past, "events.past", kNoPast);
}

}  // namespace rm::ui
