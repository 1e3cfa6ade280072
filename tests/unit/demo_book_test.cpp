// The demo book: deterministic, realistic in the proportions docs/domain.md gives,
// and valid by the bundle's own checks.
#include <catch_amalgamated.hpp>
#include <set>

#include "core/demo/demo_book.h"
#include "store/bundle.h"

using namespace rm;

TEST_CASE("the same seed and day give the same bytes; another seed does not") {
  DemoOptions o;
  o.clients = 120;
  o.seed = 7;
  const std::string a = save_bundle(make_demo_book(o));
  CHECK(save_bundle(make_demo_book(o)) == a);
  o.seed = 8;
  CHECK(save_bundle(make_demo_book(o)) != a);
}

TEST_CASE("the demo book is a valid bundle, entirely marked demo") {
  DemoOptions o;
  o.clients = 400;
  const Book book = make_demo_book(o);
  const BundleLoad r = load_bundle_checked(save_bundle(book));
  INFO((r.problems.empty() ? std::string() : r.problems[0].describe_en()));
  REQUIRE(r.book);
  bool all_demo = book.settings.meta.demo;
  for_each_record_vector(book, [&](const auto& v) {
    for (const auto& rec : v) all_demo = all_demo && rec.meta.demo;
  });
  CHECK(all_demo);
  // Removing the demo data removes the clients and all about them, and keeps
  // the catalogue, the staff and the settings as the user's own: suitability
  // needs products, assignment needs managers, the book needs its owner.
  Book copy = book;
  erase_demo_records(copy);
  CHECK(copy.clients.empty());
  CHECK(copy.households.empty());
  CHECK(copy.holdings.empty());
  CHECK(copy.contacts.empty());
  CHECK(copy.tasks.empty());
  CHECK(copy.opportunities.empty());
  CHECK(copy.work_log.empty());
  CHECK(copy.risk_assessments.empty());
  CHECK(copy.products.size() == book.products.size());
  CHECK(copy.managers.size() == book.managers.size());
  CHECK(copy.branches.size() == book.branches.size());
  CHECK(copy.supervisors.size() == book.supervisors.size());
  CHECK(copy.settings.owner_manager_id == book.settings.owner_manager_id);
  CHECK(copy.settings.active_policy_id == book.settings.active_policy_id);
  CHECK(copy.settings.cross_sell == book.settings.cross_sell);
  bool none_demo = !copy.settings.meta.demo;
  for_each_record_vector(copy, [&](const auto& v) {
    for (const auto& rec : v) none_demo = none_demo && !rec.meta.demo;
  });
  CHECK(none_demo);
  const BundleLoad kept = load_bundle_checked(save_bundle(copy));
  INFO((kept.problems.empty() ? std::string() : kept.problems[0].describe_en()));
  CHECK(kept.book);
}

TEST_CASE("demo proportions follow domain.md") {
  DemoOptions o;
  o.clients = 2000;
  o.seed = 3;
  const Book b = make_demo_book(o);
  REQUIRE(b.clients.size() == 2000);
  REQUIRE(b.managers.size() == 1);
  int under_1m = 0, lunar = 0, women = 0;
  std::set<std::string> surnames;
  for (const Client& c : b.clients) {
    under_1m += c.average_daily_assets < yuan(1'000'000);
    lunar += c.lunar_birthday.has_value();
    women += c.gender == Gender::female;
    REQUIRE(c.birthday);
    const int age = whole_years_between(*c.birthday, o.today);
    CHECK(age >= 25);
    CHECK(age <= 80);
    surnames.insert(c.name.substr(0, 3));
    CHECK(c.manager_id == b.managers[0].meta.id);
  }
  // 80 % under 1M (docs/domain.md §1, source 000); sampling noise of 2000 draws is ~1 %.
  CHECK(under_1m >= 1540);
  CHECK(under_1m <= 1660);
  CHECK(lunar >= 140);
  CHECK(lunar <= 260);
  CHECK(women >= 900);
  CHECK(women <= 1100);
  CHECK(surnames.size() >= 60);
  // Holdings with a maturity mature within the coming term, mostly this year.
  int maturing = 0, within_year = 0;
  for (const Holding& h : b.holdings) {
    if (!h.maturity) continue;
    ++maturing;
    CHECK(*h.maturity > o.today);
    within_year += *h.maturity <= o.today.plus_days(366);
  }
  CHECK(maturing > 500);
  CHECK(within_year * 10 >= maturing * 7);
  // A year of history, open opportunities, some expired assessments.
  for (const Contact& k : b.contacts) {
    CHECK(k.date <= o.today);
    CHECK(k.date >= o.today.plus_days(-365));
  }
  CHECK(b.contacts.size() >= 2000 * 4);
  int open = 0;
  for (const Opportunity& op : b.opportunities) open += op.status == OpportunityStatus::open;
  CHECK(open >= 300);
  int expired = 0;
  for (const RiskAssessment& a : b.risk_assessments) expired += a.valid_until < o.today;
  CHECK(expired >= 200);
  CHECK(expired <= 700);
  CHECK_FALSE(b.complaints.empty());
  CHECK_FALSE(b.client_events.empty());
  CHECK_FALSE(b.tasks.empty());
  CHECK(b.households.size() == 2000);
}
