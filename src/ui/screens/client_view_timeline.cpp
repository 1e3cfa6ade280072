// The contact timeline (newest first) and recording a contact from the 360° view.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/screens/client_view_parts.h"
#include "ui/screens/client_view_refusals.h"
#include "ui/widgets/destructive.h"
#include "ui/widgets/channel_choice.h"
#include "ui/widgets/record_id_scope.h"

namespace rm::ui::cv {

void draw_timeline(UiContext& ctx, const Client& c, uint32_t pos) {
  RecordForms& f = ctx.state.client_view.records;
  RecordRefusals& refusals = record_refusals();
  const Book& book = ctx.ws.book();
  // Record a contact.
  ImGui::SeparatorText(tr(cvt::kAddContact));
  channel_choice("client.contact.channel", f.contact_channel);
  kind_choice("client.contact.kind", f.contact_channel, f.contact_kind);
  if (f.contact_date.text.empty()) f.contact_date.text = ctx.today.iso();
  date_input("client.contact.date", f.contact_date, false, ctx.today, 110);
  ImGui::SameLine();
  ImGui::Checkbox(tr(cvt::kProactive), &f.contact_proactive);
  track("client.contact.proactive");
  ImGui::SameLine();
  enum_combo("client.contact.outcome", f.contact_outcome, 140);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.55f);
  ImGui::InputTextWithHint("##notes", tr(cvt::kNotes), &f.contact_notes);
  track("client.contact.notes", f.contact_notes);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 90);
  ImGui::InputTextWithHint("##next", tr(cvt::kNextStep), &f.contact_next);
  track("client.contact.next", f.contact_next);
  ImGui::SameLine();
  if (ImGui::Button(tr(cvt::kAdd))) {
    // The field only has to parse here; what the date may be is RecordContact's.
    f.errors.erase("client.contact.date");
    refusals.forget(c.meta.id, "client.contact");
    DateValue date;
    if (check_date(f.errors, "client.contact.date", f.contact_date, date)) {
      RecordContact command;
      command.client_id = c.meta.id;
      command.date = date.solar.value_or(Date{});
      command.channel = f.contact_channel;
      command.contact_kind = f.contact_kind;
      command.proactive = f.contact_proactive;
      command.outcome = f.contact_outcome;
      command.notes = f.contact_notes;
      command.next_step = f.contact_next;
      Result<int64_t> done = ctx.actions.dispatch(command);
      if (done.ok()) {
        f.contact_notes.clear();
        f.contact_next.clear();
        f.contact_channel.reset();  // the next contact is chosen afresh
        f.contact_kind.reset();
      } else {
        refusals.remember(c.meta.id, "client.contact", done.problem());
      }
    }
  }
  track("client.contact.add");
  error_line(f.errors, "client.contact.date");
  refusals.draw(c.meta.id, "client.contact");

  ImGui::SeparatorText(tr(cvt::kSecTimeline));
  std::vector<const Contact*> rows;
  for (uint32_t i : ctx.ws.index().contacts_of(pos))
    if (!book.contacts[i].meta.deleted) rows.push_back(&book.contacts[i]);
  std::sort(rows.begin(), rows.end(), [](const Contact* a, const Contact* b) { return a->date > b->date; });
  track("client.contacts.count", std::to_string(rows.size()));
  if (rows.empty()) {
    ImGui::TextDisabled("%s", tr(cvt::kNoContacts));
    return;
  }
  if (ImGui::BeginTable("##contacts", 7,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(tr(cvt::kDate));
    ImGui::TableSetupColumn(tr(cvt::kChannel));
    ImGui::TableSetupColumn(tr(cvt::kProactive));
    ImGui::TableSetupColumn(tr(cvt::kOutcome));
    ImGui::TableSetupColumn(tr(cvt::kNotes), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kNextStep), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("##del");
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const Contact& k = *rows[static_cast<size_t>(r)];
        push_record_id(k.meta.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(k.date.iso().c_str());
        track(("client.contact." + std::to_string(r) + ".date").c_str(), k.date.iso());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui::label(k.channel));
        // What it counts as, beside the channel: a meeting, or a kind the
        // channel alone does not say (a WeChat call).
        if (const ContactClass kind = contact_kind(k); kind == ContactClass::meeting || kind != default_kind(k.channel)) {
          ImGui::SameLine();
          ImGui::TextDisabled("%s", ui::label(kind));
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(k.proactive ? cvt::kYes : cvt::kNo));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui::label(k.outcome));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", k.notes.c_str());
        track(("client.contact." + std::to_string(r) + ".notes").c_str(), k.notes);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", k.next_step.c_str());
        ImGui::TableNextColumn();
        if (destructive_button(tr(cvt::kDelete), true)) request_delete(ctx.state.client_view, AnyRecord(k), k.date.iso());
        track(("client.contact." + std::to_string(r) + ".delete").c_str());
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
}

}  // namespace rm::ui::cv
