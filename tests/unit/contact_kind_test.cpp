// A contact records its channel and its kind (docs/domain.md §2, "Channel and
// kind"): the rules count the kind, so a call the plan proposes on WeChat,
// recorded as proposed, counts as a call.
#include <catch_amalgamated.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "command_fixture.h"
#include "core/planner/agenda.h"
#include "core/planner/compliance.h"
#include "core/planner/contact_counting.h"
#include "core/policy/policy_presets.h"
#include "store/bundle.h"
#include "test_data.h"
#include "store/snapshot_codec.h"

using namespace rm;
using rm::test::read_test_file;
using namespace rm::test;

namespace {

const ComplianceItem* diamond_month(const std::vector<ComplianceItem>& items, Date start) {
  for (const ComplianceItem& i : items)
    if (i.rule_id == "bank_b.diamond_monthly" && i.start == start) return &i;
  return nullptr;
}

// How contacts were counted before they recorded a kind: by the meeting flag,
// else by the channel (a visit without the flag counted as a service only).
ContactCounts counted_by_channel(const std::vector<Contact>& contacts) {
  ContactCounts c;
  for (const Contact& k : contacts) {
    if (!counts_as_service(k)) continue;
    ++c.services;
    c.proactive += k.proactive;
    if (k.meeting) {
      ++c.meetings;
      continue;
    }
    switch (k.channel) {
      case Channel::phone: ++c.calls; break;
      case Channel::sms:
      case Channel::wechat:
      case Channel::email:
      case Channel::letter: ++c.messages; break;
      case Channel::visit:
      case Channel::branch:
      case Channel::event: break;
    }
  }
  return c;
}

ContactCounts counted(const std::vector<Contact>& contacts) {
  ContactCounts c;
  for (const Contact& k : contacts) add_contact(c, k);
  return c;
}

bool same(const ContactCounts& a, const ContactCounts& b) {
  return a.services == b.services && a.proactive == b.proactive && a.meetings == b.meetings && a.calls == b.calls &&
         a.messages == b.messages && a.clients == b.clients;
}

}  // namespace

TEST_CASE("channel and kind: which kinds a channel carries, and what it implies") {
  for (const Channel ch : {Channel::phone, Channel::sms, Channel::wechat, Channel::email, Channel::letter,
                           Channel::visit, Channel::branch, Channel::event}) {
    INFO(code_of(ch));
    CHECK(kind_fits(ch, default_kind(ch)));
    CHECK(kind_fits(ch, ContactClass::meeting) == face_to_face(ch));
    CHECK(kind_fits(ch, ContactClass::call) == (ch == Channel::phone || ch == Channel::wechat));
  }
  CHECK(default_kind(Channel::phone) == ContactClass::call);
  CHECK(default_kind(Channel::wechat) == ContactClass::message);
  CHECK(default_kind(Channel::visit) == ContactClass::meeting);
  CHECK(kind_fits(Channel::wechat, ContactClass::message));
  CHECK_FALSE(kind_fits(Channel::phone, ContactClass::message));
  // A form keeps the plan's call on WeChat, and follows a channel that leaves no choice.
  CHECK(kind_for(Channel::wechat, ContactClass::call) == ContactClass::call);
  CHECK(kind_for(Channel::sms, ContactClass::call) == ContactClass::message);
  CHECK(kind_for(Channel::phone, ContactClass::meeting) == ContactClass::call);
  CHECK(kind_for(Channel::wechat, std::nullopt) == ContactClass::message);

  // The agenda never suggests a channel its kind cannot be recorded on.
  Client c;
  for (const std::optional<Channel> pref :
       {std::optional<Channel>{}, std::optional{Channel::phone}, std::optional{Channel::sms},
        std::optional{Channel::wechat}, std::optional{Channel::email}, std::optional{Channel::letter},
        std::optional{Channel::visit}, std::optional{Channel::branch}, std::optional{Channel::event}}) {
    c.preferred_channel = pref;
    for (const ContactClass kind : {ContactClass::message, ContactClass::call, ContactClass::meeting})
      CHECK(kind_fits(suggested_channel(kind, c), kind));
  }
}

TEST_CASE("channel and kind: Bank B's Diamond client who prefers WeChat is served by WeChat calls") {
  CommandFixture f;
  Client d;
  d.meta.id = tid("d1");
  d.name = "钻石客户";
  d.manager_id = tid("m1");
  d.average_daily_assets = yuan(6'000'000);  // Diamond: 5 million and up (Bank B)
  d.preferred_channel = Channel::wechat;
  REQUIRE(f.ws.apply({"diamond", {d}}, f.clock += 1000).ok());
  const Policy policy = bank_b_policy();
  const Date month = Date::from_ymd(2026, 12, 1);
  const Date next_month = Date::from_ymd(2027, 1, 1);
  const uint32_t di = f.ws.index().client(tid("d1"));
  REQUIRE(di != BookIndex::npos);

  // "Diamond: each month at least 2 calls or 1 meeting": the plan proposes
  // the two calls, on WeChat as the client prefers.
  std::vector<AgendaEntry> proposed;
  {
    const PlannerContext ctx(f.ws.book(), policy, month);
    const Agenda plan = plan_agenda(ctx, month, next_month - month);
    for (const AgendaDay& day : plan.days)
      for (const AgendaEntry& e : day.entries) {
        if (e.client != di) continue;
        for (const AgendaReason& r : e.reasons)
          if (r.code == "bank_b.diamond_monthly") {
            proposed.push_back(e);
            break;
          }
      }
  }
  REQUIRE(proposed.size() == 2);
  for (const AgendaEntry& e : proposed) {
    CHECK(e.kind == ContactClass::call);
    CHECK(e.channel == Channel::wechat);
  }

  // Recorded as proposed, through the one command every screen uses.
  f.today = Date::from_ymd(2026, 12, 31);
  for (const AgendaEntry& e : proposed) {
    RecordContact k;
    k.client_id = tid("d1");
    k.date = e.date;
    k.channel = e.channel;
    k.contact_kind = e.kind;
    k.notes = "微信语音通话";
    REQUIRE(f.run(k).ok());
  }
  const Book& book = f.ws.book();
  REQUIRE(book.contacts.size() == 2);
  for (const Contact& k : book.contacts) {
    CHECK(k.channel == Channel::wechat);
    CHECK(k.kind == ContactClass::call);
    CHECK_FALSE(k.meeting);
  }
  const PlannerContext ctx(book, policy, f.today);
  const auto items = evaluate_compliance(ctx, month, next_month);
  const ComplianceItem* item = diamond_month(items, month);
  REQUIRE(item);
  CHECK(item->done.calls == 2);
  CHECK(item->done.messages == 0);
  CHECK(item->status == ComplianceStatus::met);

  // Counted by the channel, as before contacts recorded their kind, the same
  // two WeChat calls were two messages and the month stayed behind.
  Book by_channel = book;
  for (Contact& k : by_channel.contacts) k.kind.reset();
  const PlannerContext old_ctx(by_channel, policy, f.today);
  const ComplianceItem* old_item = diamond_month(evaluate_compliance(old_ctx, month, next_month), month);
  REQUIRE(old_item);
  CHECK(old_item->done.calls == 0);
  CHECK(old_item->done.messages == 2);
  CHECK(old_item->status != ComplianceStatus::met);
}

TEST_CASE("channel and kind: a version-4 book has no kinds; they follow the channel and count as before") {
  const std::string text = read_test_file("bundle_v4.json");
  REQUIRE_FALSE(text.empty());
  auto doc = nlohmann::json::parse(text);
  REQUIRE(doc["schema_version"] == 4);
  // The file's contacts are calls, SMS, WeChat texts and meetings; add the
  // other message channels and a phone contact an older version marked as a
  // meeting (it counted as one, and still does).
  const nlohmann::json first = doc["contacts"][0];
  const auto add = [&](const char* id, const char* channel, bool meeting) {
    nlohmann::json k = first;
    k["id"] = id;
    k["channel"] = channel;
    k.erase("meeting");
    k.erase("outcome");
    if (meeting) k["meeting"] = true;
    doc["contacts"].push_back(k);
  };
  add("0f000000-0000-4000-8000-000000000001", "email", false);
  add("0f000000-0000-4000-8000-000000000002", "letter", false);
  add("0f000000-0000-4000-8000-000000000003", "phone", true);
  const BundleLoad r = load_bundle_checked(doc.dump());
  INFO((r.problems.empty() ? std::string() : r.problems[0].describe_en()));
  REQUIRE(r.book);
  CHECK(r.schema_version == 4);
  const std::vector<Contact>& contacts = r.book->contacts;
  int wechat = 0, meetings = 0;
  for (const Contact& k : contacts) {
    INFO(code_of(k.channel));
    CHECK_FALSE(k.kind);  // nothing is converted: an absent kind is read as the channel implies
    CHECK(contact_kind(k) == (k.meeting ? ContactClass::meeting : default_kind(k.channel)));
    wechat += k.channel == Channel::wechat;
    meetings += contact_kind(k) == ContactClass::meeting;
  }
  CHECK(wechat > 0);
  CHECK(meetings > 0);
  CHECK(contact_kind(contacts.back()) == ContactClass::meeting);  // the phone "meeting"
  const ContactCounts before = counted_by_channel(contacts);
  const ContactCounts now = counted(contacts);
  CHECK(same(now, before));
  CHECK(now.calls > 0);
  CHECK(now.messages > 0);

  // Saved, it is the current version and still has no kinds; so is its
  // snapshot, which an older store may also hold without the field.
  const std::string saved = save_bundle(*r.book);
  CHECK(saved.find("\"schema_version\": 7") != std::string::npos);
  for (const nlohmann::json& k : nlohmann::json::parse(saved)["contacts"]) CHECK_FALSE(k.contains("kind"));
  const Result<Book> snap = decode_snapshot(encode_snapshot(*r.book));
  REQUIRE(snap.ok());
  CHECK(same(counted(snap.value().contacts), before));
}

TEST_CASE("channel and kind: a recorded kind is saved and read back by the bundle and the snapshot") {
  CommandFixture f;
  RecordContact k;
  k.client_id = tid("c1");
  k.date = f.today;
  k.channel = Channel::wechat;
  k.contact_kind = ContactClass::call;
  REQUIRE(f.run(k).ok());
  Book book = f.ws.book();
  book.export_info.exported_by = tid("m1").str();  // a saved file names who saved it
  const std::string saved = save_bundle(book);
  CHECK(nlohmann::json::parse(saved)["contacts"][0]["kind"] == "call");
  const Result<Book> loaded = load_bundle(saved);
  INFO((loaded.ok() ? std::string() : loaded.problem().describe_en()));
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value().contacts.size() == 1);
  CHECK(loaded.value().contacts[0].kind == ContactClass::call);
  const Result<Book> snap = decode_snapshot(encode_snapshot(book));
  REQUIRE(snap.ok());
  CHECK(snap.value().contacts[0].kind == ContactClass::call);
  CHECK(contact_kind(snap.value().contacts[0]) == ContactClass::call);
}
