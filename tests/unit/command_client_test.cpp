// Creating a client and saving the 360° profile: the wizard, the 360° view and
// the JSON form (rmplanner.data.editClient) share these rules.
#include "command_fixture.h"
#include "core/risk/assessment_validity.h"
#include "core/risk/questionnaire.h"

using namespace rm;
using namespace rm::test;

namespace {

CreateClient new_client() {
  CreateClient c;
  c.client.name = "王小明";
  c.client.birthday = Date::from_ymd(1985, 9, 29);
  c.client.contact_points.push_back(ContactPoint{Channel::phone, "13800138000"});
  c.members.push_back(HouseholdMember{Relation::spouse, "李丽", Gender::female, std::nullopt, 0, 0, {}});
  c.balance_sheet.cash_and_deposits = yuan(200'000);
  c.income_statement.aftertax_income = yuan(480'000);
  c.goals.push_back(NewClientGoal{GoalKind::children_education, "女儿出国留学", yuan(800'000), 2030});
  c.goals.push_back(NewClientGoal{GoalKind::retirement, "", yuan(1'000'000), std::nullopt});
  return c;
}

template <class R>
const R* find_live(const std::vector<R>& rs, const RecordId& id) {
  for (const R& r : rs)
    if (r.meta.id == id && !r.meta.deleted) return &r;
  return nullptr;
}


}  // namespace

TEST_CASE("create client: client, named household, goals in a draft plan; one undo removes all") {
  CommandFixture f;
  REQUIRE(f.run(new_client()).value() == 3);
  const Client& c = f.ws.book().clients.back();
  CHECK(c.name == "王小明");
  CHECK(c.manager_id == tid("m1"));  // the user's
  const Household* h = find_live(f.ws.book().households, c.household_id);
  REQUIRE(h);
  CHECK(h->name == "王小明家");
  CHECK(h->client_id == c.meta.id);
  CHECK(h->members.size() == 1);
  CHECK(h->balance_sheet.cash_and_deposits == yuan(200'000));
  CHECK(h->finances_as_of == f.today);
  // The goals are the plan's (tests/unit/financial_plan_commands_test.cpp), not sales.
  CHECK(f.ws.book().opportunities.empty());
  REQUIRE(f.ws.book().financial_plans.size() == 1);
  const FinancialPlan& p = f.ws.book().financial_plans[0];
  REQUIRE(p.goals.size() == 2);
  CHECK(p.goals[0].name == "女儿出国留学");
  CHECK(p.goals[0].amount == yuan(800'000));
  CHECK(p.goals[0].year == 2030);
  CHECK(p.goals[1].name == std::string(goal_name_zh(GoalKind::retirement)));
  CHECK(f.ws.undo_command() == "create_client");
  REQUIRE(f.undo());
  CHECK(f.ws.book().clients.back().meta.deleted);
  CHECK(f.ws.book().households.back().meta.deleted);
}

TEST_CASE("create client: the questionnaire is scored and its signature kept as given") {
  CommandFixture f;
  CreateClient c = new_client();
  c.goals.clear();
  c.risk_answers.assign(default_questionnaire().questions.size(), 0);
  c.risk_signed_in_person = false;
  REQUIRE(f.run(c).value() == 3);
  REQUIRE(f.ws.book().risk_assessments.size() == 1);
  const RiskAssessment& a = f.ws.book().risk_assessments[0];
  CHECK(a.client_id == f.ws.book().clients.back().meta.id);
  CHECK(a.date == f.today);
  CHECK_FALSE(a.signed_in_person);
  CHECK(a.valid_until == assessment_valid_until(f.today));
}

TEST_CASE("create client: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CreateClient nameless = new_client();
  nameless.client.name = "  ";
  CHECK(f.refused(nameless).path == "name");
  CreateClient born_later = new_client();
  born_later.client.birthday = f.today.plus_days(1);
  CHECK(f.refused(born_later).code == "date_in_future");
  CreateClient bad_phone = new_client();
  bad_phone.client.contact_points[0].value = "12ab";
  CHECK(f.refused(bad_phone).code == "not_a_phone");
  CreateClient stranger = new_client();
  stranger.client.manager_id = tid("nobody");
  CHECK(f.refused(stranger).code == "no_such_manager");
  CreateClient far_goal = new_client();
  far_goal.goals[0].year = 2200;
  CHECK(f.refused(far_goal).path == "goals[0].year");
  CreateClient half_done = new_client();
  half_done.risk_answers = {0, 1};
  CHECK(f.refused(half_done).path == "risk_answers[2]");  // the first question left unanswered
  CreateClient unnamed_member = new_client();
  unnamed_member.members[0].name = "";
  CHECK(f.refused(unnamed_member).path == "household.members[0].name");
  CHECK(f.refused(new_client(), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("create client: the JSON form takes the bundle's client fields") {
  CommandFixture f;
  REQUIRE(f.run_json(R"({"command":"create_client","name":"张伟","phone":"13900001111","gender":"male",)"
                     R"("birthday":"1980-05-01","average_daily_assets":60000000,"assets_elsewhere":100,)"
                     R"("manager_id":")" + tid("m2").str() + R"("})")
              .value() == 2);
  const Client& c = f.ws.book().clients.back();
  CHECK(c.name == "张伟");
  CHECK(c.gender == Gender::male);
  CHECK(c.birthday == Date::from_ymd(1980, 5, 1));
  CHECK(c.average_daily_assets == 60000000);
  CHECK(c.assets_elsewhere == 100);
  CHECK(c.manager_id == tid("m2"));
  REQUIRE(c.contact_points.size() == 1);
  CHECK(c.contact_points[0].value == "13900001111");
  CHECK_FALSE(c.household_id.empty());

  const uint64_t revision = f.ws.revision();
  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"create_client"})").path == "name");
  CHECK(problem(R"({"command":"create_client","name":"李四","gender":"robot"})").path == "gender");
  CHECK(problem(R"({"command":"create_client","name":"李四","average_daily_assets":-5})").path ==
        "average_daily_assets");
  CHECK(problem(R"({"command":"create_client","name":"李四","household_id":")" + tid("h").str() + R"("})").code ==
        "unknown_field");
  CHECK(problem(R"({"command":"create_client","name":"李四","phone":"abc"})").code == "not_a_phone");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("update client profile: the edited records are saved as one step") {
  CommandFixture f;
  UpdateClientProfile u;
  u.client_id = tid("c1");
  Client edited = f.ws.book().clients[f.ws.index().client(tid("c1"))];
  edited.name = "张伟明";
  edited.tier_override = TierOverride{"platinum", "", Date{}, "行长特批"};
  u.client = edited;
  Household h;
  h.balance_sheet.cash_and_deposits = yuan(10'000);
  u.household = h;
  REQUIRE(f.run(u).value() == 2);
  const Client& c = f.ws.book().clients[f.ws.index().client(tid("c1"))];
  CHECK(c.name == "张伟明");
  CHECK(c.tier_override->approved_on == f.today);
  CHECK(c.tier_override->approved_by == tid("m1").str());
  const Household* made = find_live(f.ws.book().households, c.household_id);
  REQUIRE(made);  // c1 had none: the first figures make it
  CHECK(made->name == "张伟明家");
  CHECK(made->balance_sheet.cash_and_deposits == yuan(10'000));
  CHECK(f.ws.undo_command() == "update_client_profile");
  REQUIRE(f.undo());
  CHECK(f.ws.book().clients[f.ws.index().client(tid("c1"))].name == "张伟");
}

TEST_CASE("update client profile: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  auto edit = [&](auto change) {
    UpdateClientProfile u;
    u.client_id = tid("c1");
    Client c = f.ws.book().clients[f.ws.index().client(tid("c1"))];
    change(c);
    u.client = c;
    return u;
  };
  CHECK(f.refused(edit([](Client& c) { c.name = ""; })).path == "name");
  CHECK(f.refused(edit([](Client& c) { c.manager_id = tid("m2"); })).code == "use_assign_clients");
  CHECK(f.refused(edit([](Client& c) { c.tier_override = TierOverride{"gold", "", Date{}, " "}; })).code ==
        "override_needs_reason");
  CHECK(f.refused(edit([](Client& c) { c.contact_points.push_back({Channel::email, "a@b"}); })).code ==
        "not_an_email");
  CHECK(f.refused(edit([](Client& c) { c.average_daily_assets = -1; })).path == "average_daily_assets");
  UpdateClientProfile gone = edit([](Client&) {});
  gone.client_id = tid("nobody");
  CHECK(f.refused(gone).code == "no_such_client");
  CHECK(f.refused(edit([](Client&) {}), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("update client profile: the JSON form changes only the named fields") {
  CommandFixture f;
  const std::string c1 = tid("c1").str();
  REQUIRE(f.run_json(R"({"command":"update_client_profile","client_id":")" + c1 +
                     R"(","changes":{"name":"张伟明","phone":"13800000000","birthday":"1979-01-02",)"
                     R"("average_daily_assets":123400}})")
              .value() == 1);
  const Client& c = f.ws.book().clients[f.ws.index().client(tid("c1"))];
  CHECK(c.name == "张伟明");
  CHECK(c.birthday == Date::from_ymd(1979, 1, 2));
  CHECK(c.average_daily_assets == 123400);
  CHECK(c.contact_points.at(0).value == "13800000000");
  CHECK(c.manager_id == tid("m1"));

  const uint64_t revision = f.ws.revision();
  auto problem = [&](const std::string& changes) {
    return f.run_json(R"({"command":"update_client_profile","client_id":")" + c1 + R"(","changes":)" + changes + "}")
        .problem();
  };
  CHECK(problem(R"({"gender":"robot"})").path == "changes.gender");
  CHECK(problem(R"({"name":""})").path == "changes.name");
  CHECK(problem(R"({"manager_id":")" + tid("m2").str() + R"("})").code == "use_assign_clients");
  CHECK(problem(R"({})").code == "nothing_to_change");
  CHECK(problem(R"("name")").path == "changes");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("create and update client: phones, ID numbers and e-mail are checked once, in the command") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CreateClient short_mobile = new_client();
  short_mobile.client.contact_points[0].value = "1234567";  // 7 digits
  const Problem p = f.refused(short_mobile);
  CHECK(p.code == "not_a_phone");
  CHECK(p.path == "contact_points[0].value");
  CHECK(p.message_zh.find("1234567") != std::string::npos);
  CHECK(p.message_zh.find("11 位手机号") != std::string::npos);
  CreateClient bad_id = new_client();
  bad_id.client.id_number = "110105194912310021";
  CHECK(f.refused(bad_id).code == "not_an_id_number");
  CreateClient bad_mail = new_client();
  bad_mail.client.contact_points.push_back(ContactPoint{Channel::email, "wang@example"});
  CHECK(f.refused(bad_mail).code == "not_an_email");
  CreateClient empty_goal = new_client();
  empty_goal.goals[1].amount = 0;  // a typical goal left empty
  CHECK(f.refused(empty_goal).code == "goal_needs_amount");
  CHECK(f.refused(empty_goal).path == "goals[1].amount");
  CHECK(f.ws.revision() == revision);

  CreateClient good = new_client();
  good.client.id_number = "11010519491231002X";
  good.client.contact_points.push_back(ContactPoint{Channel::phone, "+86 10 6588 0342"});
  REQUIRE(f.run(good).ok());
  const RecordId id = f.ws.book().clients.back().meta.id;
  CHECK(f.ws.book().clients.back().id_number == "11010519491231002X");

  // The JSON form (hook, CLI) is refused the same way.
  const Problem json_phone =
      f.run_json(R"({"command":"update_client_profile","client_id":")" + id.str() + R"(","changes":{"phone":"1234567"}})")
          .problem();
  CHECK(json_phone.code == "not_a_phone");
  CHECK(f.run_json(R"({"command":"update_client_profile","client_id":")" + id.str() +
                   R"(","changes":{"id_number":"440304199001011234"}})")
            .problem()
            .code == "not_an_id_number");
  REQUIRE(f.run_json(R"({"command":"update_client_profile","client_id":")" + id.str() +
                     R"(","changes":{"id_number":"440304199001011233"}})")
              .ok());
  CHECK(f.run_json(R"({"command":"create_client","name":"赵六","phone":"6588 0342"})").problem().code == "not_a_phone");
}
