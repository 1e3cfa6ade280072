// The review's records (docs/data-format.md, "Review"): financial plans,
// review comments, reassignments and weekly targets, and the report's new
// review fields, round-trip through the bundle and the snapshot exactly.
#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "store/bundle.h"
#include "store/snapshot_codec.h"
#include "sync/review.h"
#include "test_ids.h"

using namespace rm;
using rm::test::tid;

namespace {

const char* const kSup = "cccccccc-0000-4000-8000-0000000000c3";

Book review_book() {
  const Hlc t0{1'796'300'000'000, 0, "aaaaaaaa-0000-4000-8000-0000000000a1"};
  Book b;
  b.export_info.exported_by = t0.actor.str();
  b.export_info.exported_at_ms = 1'796'300'100'000;
  b.settings.meta = new_meta(tid("settings"), t0);
  Manager m;
  m.meta = new_meta(tid("m1"), t0);
  m.name = "王芳";
  b.managers.push_back(m);
  Supervisor s;
  s.meta = new_meta(tid("s1"), t0);
  s.name = "赵主管";
  b.supervisors.push_back(s);
  Client c;
  c.meta = new_meta(tid("c1"), t0);
  c.name = "张伟";
  c.manager_id = tid("m1");
  b.clients.push_back(c);

  FinancialPlan p;
  p.meta = new_meta(tid("p1"), t0);
  p.client_id = tid("c1");
  p.manager_id = tid("m1");
  p.version = 3;
  p.created_on = Date::from_ymd(2026, 11, 2);
  p.goals = {PlanGoal{GoalKind::wealth_growth, "子女教育", 50'000'000, 2032, 1}, PlanGoal{GoalKind::wealth_growth, "退休 \"养老\"", 1'000'000'000'000'000, 2050, 2}};
  p.financial_position = "净资产 500 万\n负债率 0.2";
  p.protection = "寿险缺口";
  p.risk_level = RiskLevel::C4;
  p.recommendations = "应急金";
  p.review_date = Date::from_ymd(2027, 11, 2);
  p.review = ReviewState::approved;
  p.reviewer_id = tid("s1");
  p.reviewed_on = Date::from_ymd(2026, 12, 1);
  p.review_round = 2;
  p.return_reason = "补充保障分析";
  p.approved_content = content_stamps(p);
  stamp_field(p.meta, "review", Hlc{t0.wall_ms + 5, 0, kSup});
  b.financial_plans.push_back(p);

  CommunicationReport r;
  r.meta = new_meta(tid("r1"), t0);
  r.client_id = tid("c1");
  r.manager_id = tid("m1");
  r.date = Date::from_ymd(2026, 12, 1);
  r.key_points = "要点";
  r.review = ReviewState::reviewed;
  r.review_round = 1;
  b.communication_reports.push_back(r);

  ReviewComment k;
  k.meta = new_meta(tid("k1"), Hlc{t0.wall_ms + 6, 0, kSup});
  k.subject_kind = ReviewSubject::financial_plan;
  k.subject_id = tid("p1");
  k.manager_id = tid("m1");
  k.author_id = tid("s1");
  k.date = Date::from_ymd(2026, 12, 2);
  k.text = "很好";
  b.review_comments.push_back(k);

  ClientReassignment a;
  a.meta = new_meta(tid("a1"), Hlc{t0.wall_ms + 7, 0, kSup});
  a.client_id = tid("c1");
  a.from_manager_id = tid("m1");
  a.to_manager_id = tid("m1");
  a.supervisor_id = tid("s1");
  a.date = Date::from_ymd(2026, 12, 2);
  b.reassignments.push_back(a);

  WeeklyTarget w;
  w.meta = new_meta(tid("w1"), Hlc{t0.wall_ms + 8, 0, kSup});
  w.manager_id = tid("m1");
  w.week_start = Date::from_ymd(2026, 12, 7);
  w.new_opportunity_amount = 500'000'000;
  w.contacts = 40;
  w.meetings = 8;
  w.reports = 3;
  w.supervisor_id = tid("s1");
  b.weekly_targets.push_back(w);
  return b;
}

}  // namespace

TEST_CASE("review records: bundle load → save is byte-identical", "[review]") {
  const std::string text = save_bundle(review_book());
  CHECK(text.find("\"schema_version\": 7") != std::string::npos);
  CHECK(text.find("\"review\":\"reviewed\",\"review_round\":1") != std::string::npos);
  CHECK(text.find("\"financial_plans\": [") != std::string::npos);
  CHECK(text.find("\"risk_level\":\"C4\"") != std::string::npos);
  const Result<Book> loaded = load_bundle(text);
  INFO((loaded.ok() ? std::string() : loaded.problem().path + ": " + loaded.problem().message_en));
  REQUIRE(loaded.ok());
  CHECK(save_bundle(loaded.value()) == text);
  const FinancialPlan& p = loaded.value().financial_plans.at(0);
  CHECK(p.goals.at(1).amount == 1'000'000'000'000'000);
  CHECK_FALSE(changed_since_approval(p));
}

TEST_CASE("review records: a book that does not use them is written as before", "[review]") {
  Book b = review_book();
  b.financial_plans.clear();
  b.review_comments.clear();
  b.reassignments.clear();
  b.weekly_targets.clear();
  const std::string text = save_bundle(b);
  for (const char* key : {"financial_plans", "review_comments", "reassignments", "weekly_targets"})
    CHECK(text.find(key) == std::string::npos);
}

TEST_CASE("review records: the snapshot round-trips them exactly", "[review]") {
  const Book b = review_book();
  const Result<Book> decoded = decode_snapshot(encode_snapshot(b));
  REQUIRE(decoded.ok());
  CHECK(save_bundle(decoded.value()) == save_bundle(b));
}

TEST_CASE("review records: a goal over the money limit or a bad review code is refused with its path", "[review]") {
  auto doc = nlohmann::json::parse(save_bundle(review_book()));
  doc["financial_plans"][0]["goals"][0]["amount"] = 1'000'000'000'000'001;
  const auto big = load_bundle(doc.dump());
  REQUIRE_FALSE(big.ok());
  CHECK(big.problem().path == "financial_plans[0].goals[0].amount");
  doc = nlohmann::json::parse(save_bundle(review_book()));
  doc["communication_reports"][0]["review"] = "maybe";
  const auto code = load_bundle(doc.dump());
  REQUIRE_FALSE(code.ok());
  CHECK(code.problem().path == "communication_reports[0].review");
}
