// Client events (docs/domain.md §6, "Client events"): planned, clients
// invited by the Clients screen's filter, replies, attendance and the
// follow-up — and the agenda's confirm / remind / thank contacts that follow
// from the statuses recorded.
#include "command_fixture.h"

#include <algorithm>

#include "core/model/book_stats.h"
#include "core/planner/agenda.h"
#include "core/planner/contact_events.h"
#include "core/planner/planner_context.h"
#include "core/search/client_search.h"

using namespace rm;
using namespace rm::test;

namespace {

PlanClientEvent salon(Date date, int capacity = 0) {
  PlanClientEvent e;
  e.title = "年末投资沙龙";
  e.event_kind = ClientEventKind::investment_salon;
  e.date = date;
  e.location = "支行三楼";
  e.capacity = capacity;
  return e;
}

RecordId plan(CommandFixture& f, Date date, int capacity = 0) {
  REQUIRE(f.run(salon(date, capacity)).ok());
  return f.ws.book().client_events.back().meta.id;
}

const ClientEvent& event_of(CommandFixture& f, const RecordId& id) {
  for (const ClientEvent& e : f.ws.book().client_events)
    if (e.meta.id == id) return e;
  FAIL("no such event");
  return f.ws.book().client_events.front();
}

// The clients a Clients-screen filter matches, as the Events screen passes them.
std::vector<RecordId> matching(CommandFixture& f, const ClientFilter& filter) {
  const Book& book = f.ws.book();
  const ClientTable table = ClientTable::build(book, f.ws.index(), active_policy(book), f.today);
  std::vector<RecordId> ids;
  for (uint32_t row : filter_clients(table, filter)) ids.push_back(book.clients[table.rows()[row].client].meta.id);
  return ids;
}

// The contact events of one kind for CLIENT over [from, from + days).
int events_of(CommandFixture& f, ContactEventKind kind, const RecordId& client, Date from, int days = 1) {
  const PlannerContext ctx(f.ws.book(), f.ws.index(), active_policy(f.ws.book()), from);
  const uint32_t c = f.ws.index().client(client);
  const auto events = contact_events(ctx, from, from.plus_days(days));
  return static_cast<int>(
      std::count_if(events.begin(), events.end(), [&](const ContactEvent& e) { return e.kind == kind && e.client == c; }));
}

bool agenda_has(CommandFixture& f, const std::string& code, const RecordId& client, Date day) {
  const PlannerContext ctx(f.ws.book(), f.ws.index(), active_policy(f.ws.book()), day);
  const Agenda agenda = plan_agenda(ctx, day, 1);
  const uint32_t c = f.ws.index().client(client);
  for (const AgendaDay& d : agenda.days)
    for (const AgendaEntry& e : d.entries)
      if (e.client == c)
        for (const AgendaReason& r : e.reasons)
          if (r.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("plan client event: today or later, with a title; one undo removes it", "[events]") {
  CommandFixture f;
  REQUIRE(f.run(salon(f.today.plus_days(10), 20)).value() == 1);
  const ClientEvent& e = f.ws.book().client_events.at(0);
  CHECK(e.title == "年末投资沙龙");
  CHECK(e.kind == ClientEventKind::investment_salon);
  CHECK(e.capacity == 20);
  CHECK(e.host_manager_id == tid("m1"));
  CHECK(f.ws.undo_command() == "plan_client_event");
  REQUIRE(f.undo());
  CHECK(f.ws.book().client_events[0].meta.deleted);

  CHECK(f.refused(salon(f.today.plus_days(-1))).code == "event_in_past");
  PlanClientEvent untitled = salon(f.today);
  untitled.title = " ";
  CHECK(f.refused(untitled).path == "title");
  CHECK(f.refused(salon(f.today), Role::supervisor).code == "not_allowed");
  REQUIRE(f.run(salon(f.today)).ok());  // today is still "today or later"
}

TEST_CASE("invite clients: the clients a Clients filter matches, all or none", "[events]") {
  CommandFixture f;
  const RecordId id = plan(f, f.today.plus_days(7));
  ClientFilter mine;
  mine.managers = {tid("m1").str()};
  const std::vector<RecordId> chosen = matching(f, mine);
  REQUIRE(chosen == std::vector<RecordId>{tid("c1")});
  REQUIRE(f.run(InviteClients{id, chosen}).value() == 1);
  REQUIRE(event_of(f, id).invitations.size() == 1);
  CHECK(event_of(f, id).invitations[0].client_id == tid("c1"));
  CHECK(event_of(f, id).invitations[0].status == InvitationStatus::invited);
  CHECK(f.ws.undo_command() == "invite_clients");

  // Every client (the empty filter) would name c1 again: refused whole, c2 not invited either.
  const Problem again = f.refused(InviteClients{id, matching(f, ClientFilter{})});
  CHECK(again.code == "already_invited");
  CHECK(event_of(f, id).invitations.size() == 1);
  CHECK(f.refused(InviteClients{id, {tid("c2"), tid("c2")}}).path == "client_ids/1");
  const Problem unknown = f.refused(InviteClients{id, {tid("c2"), tid("nobody")}});
  CHECK(unknown.code == "no_such_client");
  CHECK(unknown.path == "client_ids/1");
  CHECK(f.refused(InviteClients{id, {}}).code == "no_clients");
  CHECK(f.refused(InviteClients{tid("no_event"), {tid("c2")}}).code == "no_such_event");
  REQUIRE(f.run(InviteClients{id, {tid("c2")}}).ok());
  CHECK(event_of(f, id).invitations.size() == 2);
}

TEST_CASE("invite clients: beyond the seats left is refused, saying how many can come", "[events]") {
  CommandFixture f;
  const RecordId id = plan(f, f.today.plus_days(7), 1);
  const Problem full = f.refused(InviteClients{id, {tid("c1"), tid("c2")}});
  CHECK(full.code == "over_capacity");
  CHECK(full.message_en == "The event has 1 seats, 0 taken: 1 more can be invited, not 2.");
  CHECK(event_of(f, id).invitations.empty());
  REQUIRE(f.run(InviteClients{id, {tid("c1")}}).ok());
  CHECK(f.refused(InviteClients{id, {tid("c2")}}).code == "over_capacity");
  // A declined invitation frees its seat.
  REQUIRE(f.run(RecordInvitationReply{id, tid("c1"), InvitationStatus::declined}).ok());
  REQUIRE(f.run(InviteClients{id, {tid("c2")}}).ok());
  // …and the client who declined cannot take it back while it is taken.
  CHECK(f.refused(RecordInvitationReply{id, tid("c1"), InvitationStatus::accepted}).code == "over_capacity");
}

TEST_CASE("invite clients: an event already past takes no invitations", "[events]") {
  CommandFixture f;
  const RecordId id = plan(f, f.today);
  f.today = f.today.plus_days(1);
  CHECK(f.refused(InviteClients{id, {tid("c1")}}).code == "event_past");
}

TEST_CASE("replies and attendance: attendance only from the event's day", "[events]") {
  CommandFixture f;
  const RecordId id = plan(f, f.today.plus_days(3));
  REQUIRE(f.run(InviteClients{id, {tid("c1"), tid("c2")}}).ok());
  REQUIRE(f.run(RecordInvitationReply{id, tid("c1"), InvitationStatus::accepted}).ok());
  CHECK(event_of(f, id).invitations[0].status == InvitationStatus::accepted);
  CHECK(f.ws.undo_command() == "record_invitation_reply");
  CHECK(f.refused(RecordInvitationReply{id, tid("c1"), InvitationStatus::attended}).code == "not_a_reply");
  CHECK(f.refused(RecordInvitationReply{id, tid("m2"), InvitationStatus::accepted}).code == "not_invited");

  const Problem early = f.refused(RecordAttendance{id, tid("c1"), InvitationStatus::attended});
  CHECK(early.code == "event_not_held");
  CHECK(early.message_en == "The event is on 2026-12-06: who came is recorded on the day or after.");
  CHECK(f.refused(RecordEventFollowUp{id, tid("c1"), f.today, "谢谢光临"}).code == "attendance_first");

  f.today = f.today.plus_days(3);  // the event's day
  REQUIRE(f.run(RecordAttendance{id, tid("c1"), InvitationStatus::attended}).ok());
  REQUIRE(f.run(RecordAttendance{id, tid("c2"), InvitationStatus::no_show}).ok());
  CHECK(event_of(f, id).invitations[0].status == InvitationStatus::attended);
  CHECK(event_of(f, id).invitations[1].status == InvitationStatus::no_show);
  CHECK(f.ws.undo_command() == "record_attendance");
  CHECK(f.refused(RecordAttendance{id, tid("c1"), InvitationStatus::accepted}).code == "not_attendance");
  CHECK(f.refused(RecordInvitationReply{id, tid("c1"), InvitationStatus::declined}).code == "attendance_recorded");
  REQUIRE(f.undo());
  CHECK(event_of(f, id).invitations[1].status == InvitationStatus::invited);
}

TEST_CASE("the agenda: confirm the invitation, remind who accepted, thank who came until the follow-up",
          "[events]") {
  CommandFixture f;
  const Date day = f.today.plus_days(5);  // 2026-12-08, a Tuesday
  const RecordId id = plan(f, day);
  REQUIRE(f.run(InviteClients{id, {tid("c1")}}).ok());
  CHECK(events_of(f, ContactEventKind::invitation_confirm, tid("c1"), f.today) == 1);
  REQUIRE(f.run(RecordInvitationReply{id, tid("c1"), InvitationStatus::accepted}).ok());
  CHECK(events_of(f, ContactEventKind::invitation_confirm, tid("c1"), f.today) == 0);
  CHECK(events_of(f, ContactEventKind::event_reminder, tid("c1"), day.plus_days(-2)) == 1);

  f.today = day;
  REQUIRE(f.run(RecordAttendance{id, tid("c1"), InvitationStatus::attended}).ok());
  const Date after = day.plus_days(1);
  CHECK(events_of(f, ContactEventKind::event_thanks, tid("c1"), after) == 1);
  CHECK(agenda_has(f, "event_thanks", tid("c1"), after));

  f.today = after;
  CHECK(f.refused(RecordEventFollowUp{id, tid("c1"), day.plus_days(-1), ""}).code == "before_event");
  CHECK(f.refused(RecordEventFollowUp{id, tid("c1"), after.plus_days(1), ""}).code == "date_in_future");
  REQUIRE(f.run(RecordEventFollowUp{id, tid("c1"), after, "感谢参加，约下周面谈"}).ok());
  CHECK(event_of(f, id).invitations[0].followed_up_on == after);
  CHECK(event_of(f, id).invitations[0].notes == "感谢参加，约下周面谈");
  CHECK(f.ws.undo_command() == "record_event_follow_up");
  CHECK(events_of(f, ContactEventKind::event_thanks, tid("c1"), after) == 0);
  CHECK_FALSE(agenda_has(f, "event_thanks", tid("c1"), after));
  // A no-show is not thanked.
  REQUIRE(f.undo());
  REQUIRE(f.run(RecordAttendance{id, tid("c1"), InvitationStatus::no_show}).ok());
  CHECK(events_of(f, ContactEventKind::event_thanks, tid("c1"), after) == 0);
}

TEST_CASE("event commands: the JSON forms", "[events]") {
  CommandFixture f;
  REQUIRE(f.run_json(R"({"command":"plan_client_event","title":"理财讲座","kind":"financial_lecture",)"
                     R"("date":"2026-12-10","location":"支行","capacity":30})")
              .ok());
  const ClientEvent& e = f.ws.book().client_events.back();
  CHECK(e.kind == ClientEventKind::financial_lecture);
  CHECK(e.capacity == 30);
  const std::string id = e.meta.id.str();
  REQUIRE(f.run_json(R"({"command":"invite_clients","event_id":")" + id + R"(","client_ids":[")" + tid("c1").str() +
                     R"("]})")
              .ok());
  REQUIRE(f.run_json(R"({"command":"record_invitation_reply","event_id":")" + id + R"(","client_id":")" +
                     tid("c1").str() + R"(","reply":"declined"})")
              .ok());
  CHECK(f.ws.book().client_events.back().invitations[0].status == InvitationStatus::declined);
  const Result<int64_t> early = f.run_json(R"({"command":"record_attendance","event_id":")" + id +
                                           R"(","client_id":")" + tid("c1").str() + R"(","attendance":"attended"})");
  REQUIRE_FALSE(early.ok());
  CHECK(early.problem().code == "event_not_held");
  const Result<int64_t> bad = f.run_json(R"({"command":"record_event_follow_up","event_id":")" + id +
                                         R"(","client_id":")" + tid("c1").str() + R"(","date":"2026-12-10","mood":"ok"})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().code == "unknown_field");
}
