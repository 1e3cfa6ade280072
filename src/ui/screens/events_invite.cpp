// "Invite by filter" on an event's page: the Clients screen's own filter
// state (search text and facets, ClientsState) picks the invitees, matched by
// the same ClientQuery — one filter, one matching logic (core/search/client_search.h).
// The facets are drawn by the Clients toolbar's draw_filters, so they keep
// their ids (clients.filter.*) and what is chosen here shows on Clients too.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <string>
#include <unordered_set>

#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/clients.h"
#include "ui/screens/events.h"
#include "ui/strings/events_strings.h"

namespace rm::ui::events_detail {

namespace {
using namespace events_text;

// The matching clients not yet invited, in the Clients screen's order.
void refresh(UiContext& ctx, const ClientEvent& e) {
  EventsState& s = ctx.state.events;
  const ClientsState& c = ctx.state.clients;
  if (s.invite_event == e.meta.id && s.invite_visible_version == c.visible_version &&
      s.invite_revision == ctx.ws.revision())
    return;
  s.invite_event = e.meta.id;
  s.invite_visible_version = c.visible_version;
  s.invite_revision = ctx.ws.revision();
  std::unordered_set<RecordId> invited;
  for (const Invitation& inv : e.invitations) invited.insert(inv.client_id);
  s.invite_ids.clear();
  s.invite_matching = static_cast<int>(c.visible.size());
  for (uint32_t row : c.visible) {
    const RecordId& id = ctx.ws.book().clients[c.table.rows()[row].client].meta.id;
    if (!invited.count(id)) s.invite_ids.push_back(id);
  }
}
}  // namespace

void draw_invite(UiContext& ctx, const ClientEvent& e) {
  EventsState& s = ctx.state.events;
  ImGui::SeparatorText(tr(kInviteByFilter));
  if (e.date < ctx.today) {
    ImGui::TextDisabled("%s", tr(kEventOver));
    track("event.invite.over");
    return;
  }
  ImGui::TextDisabled("%s", tr(kInviteHelp));
  ImGui::SetNextItemWidth(360);
  ImGui::InputTextWithHint("##invite_search", tr(kSearchHint), &ctx.state.clients.search);
  track("event.invite.search", ctx.state.clients.search);
  clients_detail::ensure_visible(ctx);
  clients_detail::draw_filters(ctx);
  clients_detail::ensure_visible(ctx);  // the facets may have changed this frame
  refresh(ctx, e);
  const int fresh = static_cast<int>(s.invite_ids.size());
  ImGui::Text(tr(kMatching), s.invite_matching, fresh);
  track("event.invite.matching", std::to_string(s.invite_matching));
  track("event.invite.new", std::to_string(fresh));
  char invite[128];
  std::snprintf(invite, sizeof invite, tr(kInviteAll), fresh);
  ImGui::BeginDisabled(fresh == 0);
  if (ImGui::Button(invite)) run(ctx, InviteClients{e.meta.id, s.invite_ids});
  ImGui::EndDisabled();
  track("event.invite.all", std::to_string(fresh));
}

}  // namespace rm::ui::events_detail
