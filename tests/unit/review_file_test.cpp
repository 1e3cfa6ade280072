// The supervisor's review file for one manager (sync/review_file.h): merged
// into the manager's book, which she kept editing meanwhile, it brings the
// supervisor's approval, comments, targets and reassignments and keeps every
// edit of hers.
#include "command_fixture.h"
#include "store/bundle.h"
#include "sync/merge.h"
#include "sync/review.h"
#include "sync/review_file.h"

using namespace rm;
using namespace rm::test;

namespace {

Workspace workspace_of(Book book, const char* actor, uint64_t seed) {
  auto rng = std::make_shared<SplitMix64>(seed);
  Random64 random = [rng] { return rng->next(); };
  return Workspace(std::move(book), actor, random, CommandFixture::kNow);
}

CommandContext as(Role role, const char* user) { return CommandContext{Date::from_ymd(2026, 12, 3), role, tid(user)}; }

}  // namespace

TEST_CASE("review file: the manager's own edits and the supervisor's review both survive the import", "[review-file]") {
  CommandFixture f;  // m1's book: c1 (m1), c2 (m2), s1
  int64_t now = CommandFixture::kNow;
  Workspace m = workspace_of(f.ws.book(), "aaaaaaaa-0000-4000-8000-0000000000a1", 1);
  Workspace m2 = workspace_of(f.ws.book(), "bbbbbbbb-0000-4000-8000-0000000000b2", 2);

  // m1 writes a report on c1 and hands it in; m2 records a contact with c2.
  WriteCommunicationReport w;
  w.client_id = tid("c1");
  w.date = Date::from_ymd(2026, 12, 2);
  w.key_points = "养老规划";
  REQUIRE(m.dispatch(w, as(Role::manager, "m1"), now += 1000).ok());
  const RecordId report = m.book().communication_reports.back().meta.id;
  REQUIRE(m.dispatch(SubmitForReview{report}, as(Role::manager, "m1"), now += 1000).ok());
  RecordContact k;
  k.client_id = tid("c2");
  k.date = Date::from_ymd(2026, 12, 2);
  k.channel = Channel::phone;
  REQUIRE(m2.dispatch(k, as(Role::manager, "m2"), now += 1000).ok());

  // The supervisor opens both files and reviews.
  Workspace s = workspace_of(merge_books(m.book(), m2.book(), now).book, "cccccccc-0000-4000-8000-0000000000c3", 3);
  REQUIRE(s.dispatch(CommentOnReview{report, "需求写得具体些"}, as(Role::supervisor, "s1"), now += 1000).ok());
  REQUIRE(s.dispatch(Approve{report, "可以"}, as(Role::supervisor, "s1"), now += 1000).ok());
  REQUIRE(s.dispatch(ReassignClients{{tid("c2")}, tid("m1")}, as(Role::supervisor, "s1"), now += 1000).ok());
  REQUIRE(s.dispatch(SetWeeklyTargets{tid("m1"), Date::from_ymd(2026, 12, 7), 1'000'000, 30, 6, 2},
                     as(Role::supervisor, "s1"), now += 1000)
              .ok());

  // Meanwhile m1 edits another field of c1 and logs her day.
  UpdateClientProfile u;
  u.client_id = tid("c1");
  Client edited = m.book().clients[m.index().client(tid("c1"))];
  edited.employer = "华为";
  u.client = edited;
  REQUIRE(m.dispatch(u, as(Role::manager, "m1"), now += 1000).ok());
  SaveWorkLog log;
  log.date = Date::from_ymd(2026, 12, 3);
  log.memo = "拜访张伟";
  REQUIRE(m.dispatch(log, as(Role::manager, "m1"), now += 1000).ok());

  Book file = review_file_for(s.book(), tid("m1"));
  file.export_info.exported_by = "cccccccc-0000-4000-8000-0000000000c3";  // the saver names the sender
  CHECK(file.export_info.scope == BundleScope::plan);
  CHECK(file.review_comments.size() == 1);
  CHECK(file.weekly_targets.size() == 1);
  CHECK(file.reassignments.size() == 1);
  CHECK(file.contacts.size() == 1);  // c2's, reassigned to her
  // The file goes as a bundle and comes back whole.
  Result<Book> loaded = load_bundle(save_bundle(file));
  INFO((loaded.ok() ? std::string() : loaded.problem().path + ": " + loaded.problem().message_en));
  REQUIRE(loaded.ok());

  const Book merged = merge_books(m.book(), loaded.value(), now += 1000).book;
  const BookIndex ix(merged);
  const Client& c1 = merged.clients[ix.client(tid("c1"))];
  const Client& c2 = merged.clients[ix.client(tid("c2"))];
  CHECK(c1.employer == "华为");           // her edit
  CHECK(c2.manager_id == tid("m1"));      // the reassignment
  CHECK(ix.contacts_of(ix.client(tid("c2"))).size() == 1);  // with what hangs off the client
  CHECK(merged.work_log.size() == 1);     // her log
  CHECK(merged.review_comments.size() == 1);
  CHECK(merged.weekly_targets.size() == 1);
  const CommunicationReport* r = nullptr;
  for (const CommunicationReport& x : merged.communication_reports)
    if (x.meta.id == report) r = &x;
  REQUIRE(r);
  CHECK(r->review == ReviewState::approved);
  CHECK(r->review_comment == "可以");
  CHECK_FALSE(changed_since_approval(*r));
  // Her book is still a whole book: it saves and loads.
  Book whole = merged;
  whole.export_info.exported_by = "aaaaaaaa-0000-4000-8000-0000000000a1";
  Result<Book> again = load_bundle(save_bundle(whole));
  INFO((again.ok() ? std::string() : again.problem().message_en));
  CHECK(again.ok());

  // For the other manager, the file carries the client she lost.
  const Book for_m2 = review_file_for(s.book(), tid("m2"));
  REQUIRE(for_m2.clients.size() == 1);
  CHECK(for_m2.clients[0].manager_id == tid("m1"));
  CHECK(for_m2.contacts.empty());
  CHECK(for_m2.review_comments.empty());
}
