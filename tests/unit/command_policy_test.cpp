// The policy the book runs under (docs/domain.md, "Policies"): choosing a
// preset, copying one to edit, saving an edit, deleting a copy. Each is an
// undoable edit of the settings, saved with the next journal entry, read back
// by load_bundle, refused with a reason naming the tier or rule at fault; and
// the planner follows the active policy at once.
#include "command_fixture.h"

#include "app/planner_view.h"
#include "core/model/book_stats.h"
#include "core/planner/year_ahead.h"
#include "core/policy/policy_presets.h"
#include "store/bundle.h"
#include "sync/field_diff.h"

using namespace rm;
using namespace rm::test;

namespace {

ContactRule& rule(Policy& p, const std::string& id) {
  for (ContactRule& r : p.contacts.rules)
    if (r.id == id) return r;
  FAIL("no rule " << id);
  throw std::logic_error("unreachable");
}

// The compliance items of CLIENT's rule RULE_ID in the planner's figures.
std::vector<ComplianceItem> items_of(const PlannerFigures& f, const std::string& rule_id) {
  std::vector<ComplianceItem> out;
  for (const ComplianceItem& i : f.year)
    if (i.rule_id == rule_id) out.push_back(i);
  return out;
}

}  // namespace

TEST_CASE("Choosing a preset makes the planner follow it at once, and undo goes back") {
  CommandFixture f;
  CHECK(active_policy(f.ws.book()).id == "bank_a");
  REQUIRE(f.run(SetActivePolicy{"bank_b"}).ok());
  CHECK(f.ws.book().settings.active_policy_id == "bank_b");
  PlannerView view;
  CHECK(view.figures(f.ws, f.today).policy.id == "bank_b");
  // c2 holds 3,000,000: Platinum under Bank B, whose monthly rule asks 4 calls or 2 meetings.
  const auto platinum = items_of(view.figures(f.ws, f.today), "bank_b.platinum_monthly");
  REQUIRE_FALSE(platinum.empty());
  CHECK(platinum.back().required.front().calls == 4);
  REQUIRE(f.undo());
  CHECK(f.ws.book().settings.active_policy_id.empty());
  CHECK(view.figures(f.ws, f.today).policy.id == "bank_a");
}

TEST_CASE("A copied and edited policy is saved, reloads, and changes what a rule asks") {
  CommandFixture f;
  REQUIRE(f.run(CopyPolicy{"bank_b", "", ""}).ok());
  const std::string own = f.ws.book().settings.active_policy_id;
  CHECK(own == "own_1");
  REQUIRE(f.ws.book().settings.policies.size() == 1);
  CHECK(f.ws.book().settings.policies[0].name_en == "Bank B (Gold/Platinum/Diamond) (copy)");

  Policy edited = f.ws.book().settings.policies[0];
  rule(edited, "bank_b.platinum_monthly").alternatives = {{.calls = 6}, {.meetings = 3}};
  REQUIRE(f.run(SavePolicy{edited}).ok());

  PlannerView view;
  const auto platinum = items_of(view.figures(f.ws, f.today), "bank_b.platinum_monthly");
  REQUIRE_FALSE(platinum.empty());
  CHECK(platinum.back().required.front().calls == 6);

  // Saved with the next journal entry, though no record changed: the entry
  // carries the settings, and reading it back gives the edited policy.
  const auto entry = f.ws.take_unsaved(f.clock);
  REQUIRE(entry);
  Result<Book> back = load_bundle(entry->delta);
  REQUIRE(back.ok());
  CHECK(back.value().settings.active_policy_id == "own_1");
  REQUIRE(back.value().settings.policies.size() == 1);
  CHECK(rule(back.value().settings.policies[0], "bank_b.platinum_monthly").alternatives[0].calls == 6);
  // The whole book too, and the reloaded book runs the edited rule.
  Result<Book> whole = load_bundle(f.ws.snapshot(f.clock));
  REQUIRE(whole.ok());
  CHECK(active_policy(whole.value()).id == "own_1");
  CHECK(field_diff::equal(whole.value().settings.policies[0], edited));

  // Undo the edit: the copy asks 4 calls again; undo the copy: Bank A again.
  REQUIRE(f.undo());
  CHECK(rule(const_cast<Policy&>(f.ws.book().settings.policies[0]), "bank_b.platinum_monthly").alternatives[0].calls == 4);
  REQUIRE(f.undo());
  CHECK(f.ws.book().settings.policies.empty());
  CHECK(active_policy(f.ws.book()).id == "bank_a");
}

TEST_CASE("An invalid policy is refused with the tier or rule at fault, in both languages") {
  CommandFixture f;
  REQUIRE(f.run(CopyPolicy{"bank_b", "本行方案", "Our rules"}).ok());
  const Policy copy = f.ws.book().settings.policies[0];

  SECTION("a tier's bound below the tier before it") {
    Policy p = copy;
    p.tiers.tiers[1].min_assets = yuan(50'000);  // Platinum below Gold's 100,000
    p.tiers.tiers[1].max_assets = yuan(5'000'000);
    const Problem why = f.refused(SavePolicy{p});
    CHECK(why.code == "out_of_range");
    CHECK(why.path == "policy.tiers.tiers[1].min_assets");
    CHECK(why.message_en.find("tier 2 (Platinum)") != std::string::npos);
    CHECK(why.message_zh.find("白金卡客户") != std::string::npos);
  }
  SECTION("a count below zero") {
    Policy p = copy;
    rule(p, "bank_b.diamond_monthly").alternatives[0].calls = -1;
    const Problem why = f.refused(SavePolicy{p});
    CHECK(why.code == "out_of_range");
    CHECK(why.message_en.find("Diamond: each month") != std::string::npos);
  }
  SECTION("a window past the period") {
    Policy p = copy;
    rule(p, "bank_b.diamond_monthly").window_days = 40;
    CHECK(f.refused(SavePolicy{p}).code == "invalid_rule");
    Policy q = copy;
    rule(q, "bank_b.birthday_sms").window_days = 400;
    CHECK(f.refused(SavePolicy{q}).code == "out_of_range");
  }
  SECTION("a rule naming a tier the policy does not have") {
    Policy p = copy;
    rule(p, "bank_b.diamond_monthly").tiers = {"black_card"};
    CHECK(f.refused(SavePolicy{p}).code == "unknown_tier");
  }
  SECTION("presets are not edited or deleted, the active policy is not deleted") {
    CHECK(f.refused(SavePolicy{bank_b_policy()}).code == "preset_policy");
    CHECK(f.refused(DeletePolicy{"bank_a"}).code == "preset_policy");
    CHECK(f.refused(DeletePolicy{"own_1"}).code == "policy_in_use");
    CHECK(f.refused(SetActivePolicy{"bank_z"}).code == "no_such_policy");
  }
  // Refused edits left the copy as it was.
  CHECK(field_diff::equal(f.ws.book().settings.policies[0], copy));
}

TEST_CASE("Policy commands in their JSON form, as the JS hook and rmplanner apply send them") {
  CommandFixture f;
  REQUIRE(f.run_json(R"({"command":"copy_policy","from_policy_id":"bank_a"})").ok());
  Policy p = f.ws.book().settings.policies[0];
  p.capacity.daily = {2, 6, 12};
  nlohmann::json j = {{"command", "save_policy"}, {"policy", policy_to_json(p)}};
  REQUIRE(f.run_json(j.dump()).ok());
  CHECK(f.ws.book().settings.policies[0].capacity.daily.calls == 6);
  // A malformed policy is refused by its form, with the path.
  Result<int64_t> bad = f.run_json(R"({"command":"save_policy","policy":{"id":"own_1","tiers":"many"}})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().path == "policy.tiers");
  REQUIRE(f.run_json(R"({"command":"set_active_policy","policy_id":"bank_c"})").ok());
  REQUIRE(f.run_json(R"({"command":"delete_policy","policy_id":"own_1"})").ok());
  CHECK(f.ws.book().settings.policies.empty());
}

TEST_CASE("Daily capacity: the 400-client example's workload per working day, or the manager's own") {
  // docs/domain.md §2: 320 A clients on 6-4-2, 80 B/C on 12-4-2 over 250 working
  // days: 2,880 services, 1,600 proactive, 800 meetings — 11.5 / 6.4 / 3.2 a day.
  // As the agenda books them: 800 meetings, 800 calls (proactive beyond the
  // meetings), 1,280 messages (services beyond both) → 4, 4 and 6 a day.
  const Policy a = bank_a_policy();
  const CapacityNeeded need = capacity_needed(a, {{"A", 320}, {"B", 40}, {"C", 40}}, 2026);
  REQUIRE(need.workload.working_days == 250);
  const DailyCapacity derived = daily_capacity(need, {});
  CHECK(derived.meetings == 4);
  CHECK(derived.calls == 4);
  CHECK(derived.messages == 6);
  CHECK(derived.meetings + derived.calls + derived.messages >= 12);  // ≥ 11.5 services a day
  // Her own figure wins where she set one.
  const DailyCapacity own = daily_capacity(need, {0, 10, 0});
  CHECK(own.meetings == 4);
  CHECK(own.calls == 10);
  CHECK(own.messages == 6);
  // An empty book still has room for what an event asks (a call-back).
  const DailyCapacity empty = daily_capacity(capacity_needed(a, {}, 2026), {});
  CHECK(empty.meetings == 1);
  CHECK(empty.calls == 1);
  CHECK(empty.messages == 1);
}
