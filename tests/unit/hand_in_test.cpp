// The manager's weekly hand-in (sync/hand_in.h): what of her book goes to the
// supervisor for the week of 2026-12-03 (Monday 11-30 to Sunday 12-06), and
// that it merges into the supervisor's book without touching her settings.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "store/bundle.h"
#include "sync/hand_in.h"
#include "sync/merge.h"
#include "test_ids.h"

using namespace rm;
using rm::test::tid;

namespace {

constexpr int64_t kT0 = 1'796'300'000'000;
const Hlc kStamp{kT0, 0, "aaaaaaaa-0000-4000-8000-000000000001"};

template <class T>
T record(const char* id) {
  T r;
  r.meta = new_meta(tid(id), kStamp);
  return r;
}

template <class T>
bool has(const std::vector<T>& records, const char* id) {
  return std::any_of(records.begin(), records.end(), [&](const T& r) { return r.meta.id == tid(id); });
}

Date d(int m, int day, int y = 2026) { return Date::from_ymd(y, m, day); }

Book manager_book() {
  Book b;
  b.settings.meta = new_meta(tid("settings"), kStamp);
  b.settings.owner_manager_id = tid("m1");
  b.export_info.exported_by = kStamp.actor;
  auto m = record<Manager>("m1");
  m.name = "王芳";
  b.managers.push_back(m);
  auto c = record<Client>("c1");
  c.manager_id = tid("m1");
  c.name = "张伟";
  b.clients.push_back(c);
  for (const char* id : {"p1", "p-unused"}) {
    auto product = record<Product>(id);
    product.name = "一年期定期存款";
    b.products.push_back(product);
  }
  auto o = record<Opportunity>("o1");
  o.title = "大额存单";
  o.client_id = tid("c1");
  o.product_id = tid("p1");
  b.opportunities.push_back(o);

  auto report = [&](const char* id, Date on, ReviewState state) {
    auto r = record<CommunicationReport>(id);
    r.client_id = tid("c1");
    r.manager_id = tid("m1");
    r.date = on;
    r.review = state;
    b.communication_reports.push_back(r);
  };
  report("r-this-week", d(12, 1), ReviewState::draft);
  report("r-sunday", d(12, 6), ReviewState::draft);
  report("r-last-week", d(11, 27), ReviewState::draft);
  report("r-last-week-submitted", d(11, 26), ReviewState::submitted);
  report("r-last-week-approved", d(11, 25), ReviewState::approved);
  auto gone = record<CommunicationReport>("r-deleted");
  make_tombstone(gone, Hlc{kT0 + 1, 0, kStamp.actor});
  b.communication_reports.push_back(gone);

  auto plan = [&](const char* id, ReviewState state) {
    auto p = record<FinancialPlan>(id);
    p.client_id = tid("c1");
    p.review = state;
    b.financial_plans.push_back(p);
  };
  plan("plan-submitted", ReviewState::submitted);
  plan("plan-reviewed", ReviewState::reviewed);
  plan("plan-draft", ReviewState::draft);
  plan("plan-approved", ReviewState::approved);

  auto log = [&](const char* id, Date on) {
    auto w = record<WorkLogEntry>(id);
    w.manager_id = tid("m1");
    w.date = on;
    b.work_log.push_back(w);
  };
  log("log-monday", d(11, 30));
  log("log-last-friday", d(11, 27));

  auto contact = [&](const char* id, Date on) {
    auto k = record<Contact>(id);
    k.client_id = tid("c1");
    k.date = on;
    b.contacts.push_back(k);
  };
  contact("k-january", d(1, 5));
  contact("k-last-year", d(12, 20, 2025));

  auto task = [&](const char* id, std::optional<Date> done) {
    auto t = record<Task>(id);
    t.client_id = tid("c1");
    t.title = "回访";
    t.done_on = done;
    b.tasks.push_back(t);
  };
  task("t-open", std::nullopt);
  task("t-done-this-week", d(12, 2));
  task("t-done-october", d(10, 9));

  auto comment = [&](const char* id, const char* on) {
    auto c = record<ReviewComment>(id);
    c.subject_id = tid(on);
    c.text = "需求写得具体些";
    b.review_comments.push_back(c);
  };
  comment("comment-on-submitted", "r-last-week-submitted");
  comment("comment-on-approved", "r-last-week-approved");
  return b;
}

}  // namespace

TEST_CASE("weekly hand-in: the week is Monday to Sunday") {
  CHECK(hand_in_week(d(12, 3)).monday == d(11, 30));
  CHECK(hand_in_week(d(12, 3)).sunday == d(12, 6));
  CHECK(hand_in_week(d(11, 30)).monday == d(11, 30));
  CHECK(hand_in_week(d(12, 6)).monday == d(11, 30));
}

TEST_CASE("weekly hand-in: the week's reports and logs, what waits for review, the pipeline and the year's contacts") {
  const Book h = weekly_hand_in(manager_book(), d(12, 3));
  CHECK(h.export_info.scope == BundleScope::plan);
  CHECK(h.settings.meta.id.empty());  // the supervisor's own settings stay
  CHECK(has(h.managers, "m1"));
  CHECK(has(h.clients, "c1"));
  CHECK(has(h.opportunities, "o1"));
  CHECK(has(h.products, "p1"));
  CHECK_FALSE(has(h.products, "p-unused"));

  CHECK(has(h.communication_reports, "r-this-week"));
  CHECK(has(h.communication_reports, "r-sunday"));
  CHECK(has(h.communication_reports, "r-last-week-submitted"));
  CHECK(has(h.communication_reports, "r-deleted"));  // a deletion reaches her
  CHECK_FALSE(has(h.communication_reports, "r-last-week"));
  CHECK_FALSE(has(h.communication_reports, "r-last-week-approved"));

  CHECK(has(h.financial_plans, "plan-submitted"));
  CHECK(has(h.financial_plans, "plan-reviewed"));
  CHECK_FALSE(has(h.financial_plans, "plan-draft"));
  CHECK_FALSE(has(h.financial_plans, "plan-approved"));

  CHECK(has(h.work_log, "log-monday"));
  CHECK_FALSE(has(h.work_log, "log-last-friday"));
  CHECK(has(h.contacts, "k-january"));
  CHECK_FALSE(has(h.contacts, "k-last-year"));
  CHECK(has(h.tasks, "t-open"));
  CHECK(has(h.tasks, "t-done-this-week"));
  CHECK_FALSE(has(h.tasks, "t-done-october"));
  CHECK(has(h.review_comments, "comment-on-submitted"));
  CHECK_FALSE(has(h.review_comments, "comment-on-approved"));
}

TEST_CASE("weekly hand-in: saved and merged into the supervisor's book, her settings stay and the records arrive") {
  const Book h = weekly_hand_in(manager_book(), d(12, 3));
  auto loaded = load_bundle(save_bundle(h));
  if (!loaded.ok()) FAIL(loaded.problem().describe_en());
  REQUIRE(loaded.ok());
  Book supervisor;
  supervisor.settings.meta = new_meta(tid("settings-s"), kStamp);
  supervisor.settings.owner_manager_id = tid("s1");
  const MergeResult merged = merge_books(supervisor, loaded.value(), kT0 + 10);
  CHECK(merged.book.settings.owner_manager_id == tid("s1"));
  CHECK(has(merged.book.communication_reports, "r-last-week-submitted"));
  CHECK(has(merged.book.financial_plans, "plan-submitted"));
  CHECK(merged.report.conflicts.empty());
}
