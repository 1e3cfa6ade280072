// Today (今日): the first screen each morning, in the order of docs/domain.md §2's
// daily routine — the plan of whom to contact and why, overdue rules,
// birthdays and holidays with a greeting to copy, maturities, open tasks —
// and at the end of the day the work log, pre-filled from the day's contacts.
#include "ui/screens/today.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/calendar/holidays.h"
#include "core/model/book_stats.h"
#include "core/money.h"
#include "core/planner/greeting_days.h"
#include "core/planner/greeting_text.h"
#include "core/policy/tier_policy.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings/action_strings.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/today_strings.h"
#include "ui/widgets/channel_choice.h"
#include "ui/widgets/date_input.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/refusal_line.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui {

namespace {
using namespace today_text;

std::string format(const Text& fmt, const char* a) {
  char buf[512];
  std::snprintf(buf, sizeof buf, tr(fmt), a);
  return buf;
}

// ISO like every other date on screen, in both languages (docs/ui-style.md
// "Numbers and dates"), with the day of the week.
std::string date_heading(Date d) { return d.iso() + "  " + tr(kWeekdays[d.weekday() - 1]); }

const char* tier_name(const Policy& policy, const std::string& code) {
  const TierRule* rule = find_tier(policy.tiers, code);
  if (!rule) return code.c_str();
  return language() == Language::Chinese ? rule->name_zh.c_str() : rule->name_en.c_str();
}

std::optional<Date> last_contact(const PlannerFigures& f, uint32_t client) {
  const auto& contacts = f.context->facts(client).contacts;
  if (contacts.empty()) return std::nullopt;
  return f.context->book().contacts[contacts.back()].date;
}

void draw_agenda(UiContext& ctx, const PlannerFigures& f) {
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(kAgenda));
  if (f.today.days.empty()) return;
  const AgendaDay& day = f.today.days.front();
  if (day.date != ctx.today) {
    char note[256];
    std::snprintf(note, sizeof note, tr(kNextWorkingPlan), day.date.iso().c_str());
    ImGui::TextDisabled("%s", note);
    track("today.agenda.day", day.date.iso());
  }
  const int overdue = static_cast<int>(std::count_if(day.entries.begin(), day.entries.end(),
                                                     [](const AgendaEntry& e) { return e.overdue; }));
  ImGui::Text(tr(kAgendaCount), static_cast<int>(day.entries.size()), overdue);
  track("today.agenda.count", std::to_string(day.entries.size()) + " " + std::to_string(overdue));
  if (day.entries.empty()) {
    ImGui::TextDisabled("%s", tr(day.kind == DayKind::working && !day.on_leave ? kNoAgenda : kNotWorking));
    return;
  }
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  // The plan takes the column's height but for the compliance figures below
  // it and the note under them that explains the overdue figure (3 lines).
  const float below = ImGui::GetTextLineHeightWithSpacing() * 7 + ImGui::GetStyle().ItemSpacing.y * 4;
  const float height = std::max(ImGui::GetContentRegionAvail().y - below, ImGui::GetTextLineHeightWithSpacing() * 8);
  // The table scrolls in a NavFlattened child rather than with ScrollY (its
  // own window), so that Tab reaches the rows' buttons from the navigation.
  ImGui::BeginChild("##agenda_box", ImVec2(0, height), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  if (!ImGui::BeginTable("##agenda", 6, flags)) {
    ImGui::EndChild();
    return;
  }
  // Width 0: the column fits its widest cell or header in the UI language,
  // and the reasons take the rest (docs/ui-style.md "Widths").
  ImGui::TableSetupColumn(tr(kColClient), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kColTier), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kColChannel), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kColReason), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(kColLast), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kColAction), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableHeadersRow();
  // Every row is drawn: rows wrap to different heights, which a list clipper
  // (it assumes one height) gets wrong, and a day's plan is tens of entries.
  {
    for (int row = 0; row < static_cast<int>(day.entries.size()); ++row) {
      const AgendaEntry& e = day.entries[static_cast<size_t>(row)];
      const Client& c = book.clients[e.client];
      ImGui::PushID(row);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (e.overdue) ImGui::PushStyleColor(ImGuiCol_Text, tone_u32(Tone::bad));
      ImGui::TextUnformatted(c.name.c_str());
      if (e.overdue) ImGui::PopStyleColor();
      const std::string row_id = "today.agenda.row." + std::to_string(row);
      track(row_id.c_str(), c.name);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tier_name(f.policy, f.context->facts(e.client).tiers.current()));
      track(("today.agenda.tier." + std::to_string(row)).c_str(), f.context->facts(e.client).tiers.current());
      ImGui::TableNextColumn();
      // A call on WeChat says so: the entry is recorded as a call (docs/domain.md §2).
      if (e.kind == default_kind(e.channel)) {
        ImGui::TextUnformatted(label(e.channel));
      } else {
        ImGui::Text("%s · %s", label(e.channel), label(e.kind));
      }
      ImGui::TableNextColumn();
      // One line per distinct reason: periods of the same rule read alike.
      std::vector<std::string> distinct;
      for (const AgendaReason& r : e.reasons) {
        const std::string& text = language() == Language::Chinese ? r.zh : r.en;
        if (std::find(distinct.begin(), distinct.end(), text) == distinct.end()) distinct.push_back(text);
      }
      std::string reasons = e.overdue ? std::string("[") + tr(kOverdue) + "] " : std::string();
      reasons += distinct.empty() ? std::string() : distinct.front();
      if (distinct.size() > 1) {
        char more[64];
        std::snprintf(more, sizeof more, tr(kMoreReasons), static_cast<int>(distinct.size() - 1));
        reasons += more;
      }
      wrapped_text(reasons);
      track(("today.agenda.reason." + std::to_string(row)).c_str(), reasons);
      if (distinct.size() > 1 && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        for (const std::string& text : distinct) ImGui::BulletText("%s", text.c_str());
        ImGui::EndTooltip();
      }
      ImGui::TableNextColumn();
      const auto last = last_contact(f, e.client);
      ImGui::TextUnformatted(last ? last->iso().c_str() : tr(kNever));
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(tr(kRecord))) start_contact(ctx, c.meta.id, e.channel, e.kind);
      track(("today.agenda.record." + std::to_string(row)).c_str());
      ImGui::SameLine();
      if (ImGui::SmallButton(tr(kOpen))) open_client(ctx.state, c.meta.id);
      track(("today.agenda.open." + std::to_string(row)).c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
  ImGui::EndChild();
}

void draw_compliance(const PlannerFigures& f, int planned_overdue) {
  ImGui::SeparatorText(tr(kCompliance));
  const ComplianceSummary& s = f.summary;
  auto figure = [](const Text& name, int value, ImU32 colour, const char* id) {
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::Text("%d", value);
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", tr(name));
    ImGui::EndGroup();
    track(id, std::to_string(value));
    ImGui::SameLine(0, 28);
  };
  figure(kMet, s.met, tone_u32(Tone::good), "today.compliance.met");
  figure(kOnTrack, s.on_track, tone_u32(Tone::info), "today.compliance.on_track");
  figure(kBehind, s.behind, tone_u32(Tone::warn), "today.compliance.behind");
  figure(kOverdueRules, s.overdue, tone_u32(Tone::bad), "today.compliance.overdue");
  ImGui::NewLine();
  // The figures count rule periods (each client, rule and month or quarter
  // once) and the plan counts today's contacts, which the daily capacity
  // limits: the two overdue numbers differ, and the screen says how.
  if (s.overdue > 0) {
    char note[512];
    std::snprintf(note, sizeof note, tr(kOverdueNote), s.overdue, s.overdue_clients, planned_overdue);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", note);
    ImGui::PopStyleColor();
    track("today.compliance.overdue_note", note);
  }
}

// The greetings today's plan sends as a batch (docs/domain.md, "Greetings on
// days off"), by occasion: the birthday rule's, and each holiday's — the
// holiday is the one on the reason's due day. Marking one batch sent is one
// record_greetings command; the plan then no longer asks for them.
struct GreetingBatch {
  std::string occasion;  // "birthday" or a holiday code
  std::string name;      // as the screen says it
  std::vector<RecordId> clients;
};

std::vector<GreetingBatch> greeting_batches(const PlannerFigures& f, const Book& book) {
  std::vector<GreetingBatch> out;
  if (f.today.days.empty()) return out;
  for (const AgendaEntry& e : f.today.days.front().entries) {
    for (const AgendaReason& r : e.reasons) {
      const ContactRule* rule = nullptr;
      for (const ContactRule& candidate : f.policy.contacts.rules)
        if (candidate.id == r.code) rule = &candidate;
      if (!rule || rule->period != RulePeriod::days_after_event) continue;
      std::string occasion, name;
      if (rule->event == TriggerEvent::birthday) {
        occasion = "birthday";
        name = tr(kBirthdayOccasion);
      } else if (rule->event == TriggerEvent::major_holiday) {
        for (const Holiday& h : major_holidays_between(r.due, r.due.plus_days(1), f.policy.contacts.greeting_holidays)) {
          const HolidayNames names = holiday_names(h.kind);
          occasion = std::string(names.code);
          name = std::string(language() == Language::Chinese ? names.zh : names.en);
        }
      }
      if (occasion.empty() || e.client >= book.clients.size()) continue;
      auto batch = std::find_if(out.begin(), out.end(), [&](const GreetingBatch& b) { return b.occasion == occasion; });
      if (batch == out.end()) batch = out.insert(out.end(), GreetingBatch{occasion, name, {}});
      const RecordId& id = book.clients[e.client].meta.id;
      if (std::find(batch->clients.begin(), batch->clients.end(), id) == batch->clients.end()) batch->clients.push_back(id);
    }
  }
  return out;
}

void draw_greetings(UiContext& ctx) {
  ImGui::SeparatorText(tr(kGreetings));
  const std::vector<GreetingBatch> batches =
      greeting_batches(ctx.state.planner_figures.figures(ctx.ws, ctx.today), ctx.ws.book());
  for (size_t i = 0; i < batches.size(); ++i) {
    char label[256];
    std::snprintf(label, sizeof label, tr(kMarkGreetingsSent), batches[i].name.c_str(),
                  static_cast<int>(batches[i].clients.size()));
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Button(label)) {
      Result<int64_t> done =
          ctx.actions.dispatch(RecordGreetings{batches[i].clients, batches[i].occasion, Channel::sms, ctx.today});
      ctx.state.today.greetings_refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
    }
    ImGui::PopID();
    track(("today.greetings.mark." + batches[i].occasion).c_str(), std::to_string(batches[i].clients.size()));
  }
  refusal_line("today.greetings.error", ctx.state.today.greetings_refusal);
  const Date from = ctx.today, to = ctx.today.plus_days(7);
  int shown = 0;
  for (const Holiday& h : major_holidays_between(from, to, rm::active_policy(ctx.ws.book()).contacts.greeting_holidays)) {
    const HolidayNames names = holiday_names(h.kind);
    const std::string name(language() == Language::Chinese ? names.zh : names.en);
    ImGui::PushID(shown);
    ImGui::Text("%s  %s", h.date.iso().c_str(), name.c_str());
    ImGui::SameLine();
    const GreetingText text = holiday_greeting(h.kind, h.date, ctx.today);
    const std::string& greeting = language() == Language::Chinese ? text.zh : text.en;
    if (ImGui::SmallButton(tr(ctx.state.today.copied == greeting ? kCopied : kCopyGreeting))) {
      ctx.actions.copy_to_clipboard(greeting);
      ctx.state.today.copied = greeting;
    }
    track(("today.greeting.copy." + std::to_string(shown)).c_str(), greeting);
    ImGui::PopID();
    ++shown;
  }
  // Soonest first: the book keeps clients in the order they were added.
  for (const Client& c : clients_by_birthday(ctx.ws.book().clients, from, to)) {
    if (c.meta.deleted) continue;
    for (const Date d : birthdays_between(c, from, to)) {
      ImGui::PushID(shown);
      ImGui::Text("%s  %s", d.iso().c_str(), format(kBirthdayOf, c.name.c_str()).c_str());
      ImGui::SameLine();
      const GreetingText text = birthday_greeting(c.name, d, ctx.today, c.lunar_birthday.has_value());
      const std::string& greeting = language() == Language::Chinese ? text.zh : text.en;
      if (ImGui::SmallButton(tr(ctx.state.today.copied == greeting ? kCopied : kCopyGreeting))) {
        ctx.actions.copy_to_clipboard(greeting);
        ctx.state.today.copied = greeting;
      }
      track(("today.greeting.copy." + std::to_string(shown)).c_str(), greeting);
      ImGui::PopID();
      ++shown;
    }
  }
  if (shown == 0) ImGui::TextDisabled("%s", tr(kNoGreetings));
}

void draw_maturities(UiContext& ctx) {
  ImGui::SeparatorText(tr(kMaturities));
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  const Date until = ctx.today.plus_days(14);
  int shown = 0;
  // Date | client and product (wrapped) | amount (right-aligned): the column
  // is narrow and one line per holding would run off its right edge.
  const bool table = ImGui::BeginTable("##maturities", 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg);
  if (table) {
    ImGui::TableSetupColumn("d", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00").x);
    ImGui::TableSetupColumn("w", ImGuiTableColumnFlags_WidthStretch);
    // Right-aligned amounts cannot size their column (they start where the
    // column ends), so it is as wide as a ten-million amount.
    ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("¥00,000,000.00").x);
  }
  // Soonest first, as the manager works through them (docs/domain.md §2,
  // "The manager's day"); the book keeps holdings in the order they were added.
  std::vector<const Holding*> due;
  for (const Holding& h : book.holdings) {
    if (h.meta.deleted || !h.maturity || *h.maturity < ctx.today || until < *h.maturity) continue;
    if (index.client(h.client_id) == BookIndex::npos) continue;
    due.push_back(&h);
  }
  std::stable_sort(due.begin(), due.end(),
                   [](const Holding* a, const Holding* b) { return *a->maturity < *b->maturity; });
  for (const Holding* held : due) {
    if (!table) break;
    const Holding& h = *held;
    const uint32_t ci = index.client(h.client_id);
    const uint32_t pi = index.product(h.product_id);
    ImGui::PushID(shown);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(h.maturity->iso().c_str());
    track(("today.maturity.date." + std::to_string(shown)).c_str(), h.maturity->iso());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s  %s", book.clients[ci].name.c_str(),
                       pi == BookIndex::npos ? "" : book.products[pi].name.c_str());
    ImGui::TableNextColumn();
    const std::string amount = "¥" + format_yuan(h.amount);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(amount.c_str()).x);
    ImGui::TextUnformatted(amount.c_str());
    track(("today.maturity." + std::to_string(shown)).c_str(), book.clients[ci].name);
    ImGui::PopID();
    ++shown;
  }
  if (table) ImGui::EndTable();
  if (shown == 0) ImGui::TextDisabled("%s", tr(kNoMaturities));
}

void draw_tasks(UiContext& ctx) {
  ImGui::SeparatorText(tr(kTasks));
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  // The longest overdue first; the book keeps tasks in the order they were made.
  std::vector<const Task*> open;
  for (const Task& t : book.tasks)
    if (!t.meta.deleted && !t.done_on && !(ctx.today < t.due)) open.push_back(&t);
  std::stable_sort(open.begin(), open.end(), [](const Task* a, const Task* b) { return a->due < b->due; });
  int shown = 0;
  for (const Task* task : open) {
    const Task& t = *task;
    push_record_id(t.meta.id);
    // A refusal here can only be a race (the task went meanwhile): the list
    // redraws from the book next frame either way.
    if (ImGui::SmallButton(tr(kDone))) (void)ctx.actions.dispatch(CompleteTask{t.meta.id, ctx.today});
    track(("today.task.done." + std::to_string(shown)).c_str());
    ImGui::SameLine();
    // A task about a client names her: "回电" alone does not say whom to call.
    const uint32_t ci = t.client_id.empty() ? BookIndex::npos : index.client(t.client_id);
    std::string line = t.due.iso() + "  ";
    if (ci != BookIndex::npos) line += book.clients[ci].name + " · ";
    line += t.title;
    ImGui::TextUnformatted(line.c_str());
    track(("today.task." + std::to_string(shown)).c_str(), line);
    ImGui::PopID();
    ++shown;
  }
  if (shown == 0) ImGui::TextDisabled("%s", tr(kNoTasks));
}

template <class E, size_t N>
void enum_combo(const char* id, E& value, const E (&values)[N]) {
  if (ImGui::BeginCombo(id, label(value))) {
    for (E v : values)
      if (ImGui::Selectable(label(v), v == value)) value = v;
    ImGui::EndCombo();
  }
}

// What the manager typed into a dialog, to tell whether Cancel would drop
// anything (docs/ui-style.md, "Discarding typed text is destructive too").
std::string typed_fields(const ContactForm& f) {
  const RecordContact& c = f.contact;
  std::string s = f.date.text + '\x1f' + f.next_step_date.text + '\x1f' + c.notes + '\x1f' + c.next_step + '\x1f';
  s += std::to_string(c.channel ? static_cast<int>(*c.channel) : -1) + '\x1f';
  s += std::to_string(c.contact_kind ? static_cast<int>(*c.contact_kind) : -1) + '\x1f';
  s += std::to_string(static_cast<int>(c.outcome)) + (c.proactive ? "p" : "r");
  return s;
}
std::string typed_fields(const SaveWorkLog& e) {
  return e.morning_meeting + '\x1f' + e.contacts + '\x1f' + e.sales + '\x1f' + e.suggestions + '\x1f' + e.memo;
}

// Cancel or Esc with typed text asks 继续编辑 / 放弃修改 below the buttons
// instead of closing; true when the dialog should close without saving.
bool cancel_confirmed(bool cancel, bool typed, bool& confirming, const std::string& id) {
  // The Cancel button under the prompt does nothing more: the prompt's own buttons answer it.
  if (!confirming) {
    if (cancel && typed) confirming = true;
    return cancel && !typed;
  }
  ImGui::TextColored(tone_vec4(Tone::bad), "%s", tr(action_text::kDiscardTyped));
  track((id + ".discard_prompt").c_str());
  bool keep = ImGui::Button(tr(action_text::kKeepEditing));
  track((id + ".keep").c_str());
  ImGui::SameLine();
  const bool discard = ImGui::Button(tr(action_text::kDiscardChanges));
  track((id + ".discard").c_str());
  // A second Esc means "no, keep it", as in the wizard.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) keep = true;
  if (keep) confirming = false;
  return discard;
}

// A modal dialog opened on the frame its request flag was set; true while shown.
bool begin_dialog(const char* id, bool& open_requested, float width) {
  if (open_requested) {
    ImGui::OpenPopup(id);
    open_requested = false;
  }
  // The height follows the content: a refusal line shown after Save must not
  // push the buttons out of the window.
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, FLT_MAX));
  return ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
}

void draw_contact_dialog(UiContext& ctx) {
  ContactForm& form = ctx.state.today.contact;
  if (!begin_dialog("##record_contact", form.open, 520)) return;
  RecordContact& c = form.contact;
  const BookIndex& index = ctx.ws.index();
  const uint32_t ci = index.client(c.client_id);
  ImGui::Text("%s · %s", tr(kRecordTitle), ci == BookIndex::npos ? "" : ctx.ws.book().clients[ci].name.c_str());
  ImGui::Separator();
  static constexpr ContactOutcome kOutcomes[] = {ContactOutcome::reached,        ContactOutcome::no_answer,
                                                 ContactOutcome::appointment_made, ContactOutcome::interested,
                                                 ContactOutcome::not_interested, ContactOutcome::complaint,
                                                 ContactOutcome::other};
  ImGui::TextUnformatted(tr(kContactDate));
  ImGui::SameLine();
  date_input("today.record.date", form.date, false, ctx.today, 120);
  // How it happened is the manager's choice, not the plan's (docs/commands.md,
  // record_contact): the channel also says whether it was a meeting.
  if (form.suggested) {
    ImGui::TextDisabled(tr(kPlanSuggests), label(*form.suggested));
    track("today.record.suggested", label(*form.suggested));
  }
  channel_choice("today.record.channel", c.channel);
  kind_choice("today.record.kind", c.channel, c.contact_kind);
  ImGui::Checkbox(tr(kProactive), &c.proactive);
  track("today.record.proactive");
  ImGui::SetNextItemWidth(200);
  enum_combo(tr(kOutcome), c.outcome, kOutcomes);
  track("today.record.outcome", label(c.outcome));
  ImGui::TextUnformatted(tr(kNotes));
  ImGui::InputTextMultiline("##notes", &c.notes, ImVec2(-1, 80));
  track("today.record.notes", c.notes);
  ImGui::TextUnformatted(tr(kNextStep));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##next", &c.next_step);
  track("today.record.next_step", c.next_step);
  ImGui::TextUnformatted(tr(kNextStepDate));
  date_input("today.record.next_date", form.next_step_date, false, ctx.today, 160);
  if (!form.error.empty()) ImGui::TextColored(tone_vec4(Tone::bad), "%s", form.error.c_str());
  refusal_line("today.record.error", form.refusal);

  const bool save = ImGui::Button(tr(kSave), ImVec2(100, 0)) ||
                    ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Enter);
  track("today.record.save");
  ImGui::SameLine();
  const bool cancel = ImGui::Button(tr(kCancel), ImVec2(100, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  track("today.record.cancel");
  if (cancel_confirmed(cancel, typed_fields(form) != form.opened_with, form.confirm_discard, "today.record")) {
    form = ContactForm{};
    ImGui::CloseCurrentPopup();
  } else if (save) {
    // The text fields only have to parse here; what the dates may be (not in
    // the future, the next step not before the contact) is RecordContact's.
    form.error.clear();
    form.refusal.reset();
    DateValue date, next;
    const DateError date_error = parse_date_input(form.date, date);
    const DateError next_error = parse_date_input(form.next_step_date, next);
    if (date_error != DateError::none || next_error != DateError::none) {
      form.error = tr(date_error_text(date_error != DateError::none ? date_error : next_error));
    } else {
      c.date = date.solar.value_or(Date{});
      c.next_step_date = next.solar;
      Result<int64_t> done = ctx.actions.dispatch(c);
      if (done.ok()) {
        form = ContactForm{};
        ImGui::CloseCurrentPopup();
      } else {
        form.refusal = done.problem();
      }
    }
  }
  ImGui::EndPopup();
}

// The day's contacts and sales, written out as the log's first draft.
// A log already saved today is reopened as it was.
SaveWorkLog draft_work_log(UiContext& ctx) {
  const Book& book = ctx.ws.book();
  SaveWorkLog entry;
  entry.date = ctx.today;
  for (const WorkLogEntry& e : book.work_log)
    if (!e.meta.deleted && e.date == ctx.today && e.manager_id == book.settings.owner_manager_id)
      return SaveWorkLog{e.date, e.morning_meeting, e.contacts, e.sales, e.suggestions, e.memo};
  const BookIndex& index = ctx.ws.index();
  for (const Contact& c : book.contacts) {
    if (c.meta.deleted || c.date != ctx.today) continue;
    const uint32_t ci = index.client(c.client_id);
    char line[512];
    std::snprintf(line, sizeof line, tr(kSalesLine), ci == BookIndex::npos ? "" : book.clients[ci].name.c_str(),
                  label(c.channel), label(c.outcome));
    entry.contacts += line;
    if (!c.notes.empty()) entry.contacts += " — " + c.notes;
    entry.contacts += "\n";
  }
  for (const Opportunity& o : book.opportunities) {
    if (o.meta.deleted || o.status != OpportunityStatus::won) continue;
    if (china_date_of_ms(o.meta.updated.wall_ms) != ctx.today) continue;
    const uint32_t ci = index.client(o.client_id);
    char line[512];
    std::snprintf(line, sizeof line, tr(kSalesLine), ci == BookIndex::npos ? "" : book.clients[ci].name.c_str(),
                  o.title.c_str(), format_yuan(o.expected_amount).c_str());
    entry.sales += line;
    entry.sales += "\n";
  }
  return entry;
}

void draw_work_log_dialog(UiContext& ctx) {
  WorkLogForm& form = ctx.state.today.work_log;
  if (!begin_dialog("##work_log", form.open, 640)) return;
  SaveWorkLog& e = form.entry;
  ImGui::Text("%s · %s", tr(kWorkLogTitle), e.date.iso().c_str());
  ImGui::Separator();
  auto field = [](const Text& name, std::string& value, const char* id, float height) {
    ImGui::TextUnformatted(tr(name));
    ImGui::PushID(id);
    ImGui::InputTextMultiline("##v", &value, ImVec2(-1, height));
    ImGui::PopID();
    track(id, value);
  };
  field(kMorningMeeting, e.morning_meeting, "today.worklog.morning", 50);
  field(kContactsSummary, e.contacts, "today.worklog.contacts", 110);
  field(kSales, e.sales, "today.worklog.sales", 50);
  field(kSuggestions, e.suggestions, "today.worklog.suggestions", 50);
  field(kMemo, e.memo, "today.worklog.memo", 50);
  refusal_line("today.worklog.error", form.refusal);
  const bool save = ImGui::Button(tr(kSave), ImVec2(100, 0));
  track("today.worklog.save");
  ImGui::SameLine();
  const bool cancel = ImGui::Button(tr(kCancel), ImVec2(100, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  track("today.worklog.cancel");
  if (cancel_confirmed(cancel, typed_fields(e) != form.opened_with, form.confirm_discard, "today.worklog")) {
    form = WorkLogForm{};
    ImGui::CloseCurrentPopup();
  } else if (save) {
    Result<int64_t> done = ctx.actions.dispatch(e);
    if (done.ok()) {
      form = WorkLogForm{};
      ImGui::CloseCurrentPopup();
    } else {
      form.refusal = done.problem();
    }
  }
  ImGui::EndPopup();
}

}  // namespace

void start_contact(UiContext& ctx, const RecordId& client_id, std::optional<Channel> suggested,
                   std::optional<ContactClass> kind) {
  ContactForm& form = ctx.state.today.contact;
  form = ContactForm{};
  form.open = true;
  form.date.text = ctx.today.iso();
  RecordContact& c = form.contact;
  c.client_id = client_id;
  c.date = ctx.today;
  // The plan's channel is a suggestion shown beside the choice, never preset:
  // a call saved as a meeting would be a false record.
  form.suggested = suggested;
  // The plan's kind is preset, unlike its channel: it is what the rule needs
  // the contact to count as, and a channel that cannot carry it overrides it.
  c.contact_kind = kind;
  c.proactive = true;
  form.opened_with = typed_fields(form);
}

void draw_today(UiContext& ctx) {
  const PlannerFigures& f = ctx.state.planner_figures.figures(ctx.ws, ctx.today);
  const std::string heading = date_heading(ctx.today);
  ImGui::TextUnformatted(heading.c_str());
  track("today.date", heading);
  for (const Holiday& h : holidays_in_year(ctx.today.year()))
    if (h.date == ctx.today) {
      ImGui::SameLine();
      const HolidayNames n = holiday_names(h.kind);
      ImGui::TextColored(tone_vec4(Tone::bad), "%s", std::string(language() == Language::Chinese ? n.zh : n.en).c_str());
    }
  // Right-aligned by the button's own width in the UI language.
  const float work_log_w = ImGui::CalcTextSize(tr(kWorkLog)).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionAvail().x - work_log_w + ImGui::GetCursorPosX());
  if (ImGui::Button(tr(kWorkLog))) {
    WorkLogForm& form = ctx.state.today.work_log;
    form = WorkLogForm{};
    form.entry = draft_work_log(ctx);
    form.opened_with = typed_fields(form.entry);
    form.open = true;
  }
  track("today.worklog.open");

  const float side = std::max(320.0f, ImGui::GetContentRegionAvail().x * 0.32f);
  ImGui::BeginChild("##today_main", ImVec2(-side - 8, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  draw_agenda(ctx, f);
  int planned_overdue = 0;
  if (!f.today.days.empty())
    for (const AgendaEntry& e : f.today.days.front().entries) planned_overdue += e.overdue;
  draw_compliance(f, planned_overdue);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##today_side", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  draw_conflicts(ctx, {}, "today.conflict");
  draw_duties(ctx);
  draw_greetings(ctx);
  draw_maturities(ctx);
  draw_tasks(ctx);
  ImGui::EndChild();

  draw_contact_dialog(ctx);
  draw_work_log_dialog(ctx);
}

}  // namespace rm::ui
