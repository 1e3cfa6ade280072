// Recording a risk assessment: scored by the core, the in-person signature as
// stated, never assumed.
#include "command_fixture.h"
#include "core/risk/assessment_validity.h"
#include "core/risk/questionnaire.h"

using namespace rm;
using namespace rm::test;

namespace {
RecordRiskAssessment taken(int option, bool signed_in_person) {
  RecordRiskAssessment r;
  r.client_id = tid("c1");
  r.answers.assign(default_questionnaire().questions.size(), option);
  r.signed_in_person = signed_in_person;
  return r;
}
}  // namespace

TEST_CASE("risk assessment: scored, valid for the core's term, signature as given; undo removes it") {
  CommandFixture f;
  REQUIRE(f.run(taken(0, true)).value() >= 1);
  REQUIRE(f.ws.book().risk_assessments.size() == 1);
  const RiskAssessment& a = f.ws.book().risk_assessments[0];
  const Result<Scoring> s = score_answers(default_questionnaire(), taken(0, true).answers);
  CHECK(a.level == s->level);
  CHECK(a.score == s->score);
  CHECK(a.client_id == tid("c1"));
  CHECK(a.manager_id == tid("m1"));
  CHECK(a.date == f.today);
  CHECK(a.valid_until == assessment_valid_until(f.today));
  CHECK(a.signed_in_person);
  CHECK(f.ws.undo_command() == "record_risk_assessment");
  REQUIRE(f.undo());
  CHECK(f.ws.book().risk_assessments[0].meta.deleted);

  REQUIRE(f.run(taken(0, false)).ok());
  CHECK_FALSE(f.ws.book().risk_assessments.back().signed_in_person);
}

TEST_CASE("risk assessment: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  RecordRiskAssessment unsaid = taken(0, true);
  unsaid.signed_in_person.reset();
  CHECK(f.refused(unsaid).path == "signed_in_person");
  RecordRiskAssessment half = taken(0, true);
  half.answers.resize(3);
  CHECK(f.refused(half).code == "incomplete_answers");
  RecordRiskAssessment odd = taken(0, true);
  odd.answers[0] = 42;
  CHECK(f.refused(odd).code == "unknown_option");
  RecordRiskAssessment nobody = taken(0, true);
  nobody.client_id = tid("nobody");
  CHECK(f.refused(nobody).code == "no_such_client");
  CHECK(f.refused(taken(0, true), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("risk assessment: the JSON form needs the signature said") {
  CommandFixture f;
  std::string answers = "[";
  for (size_t i = 0; i < default_questionnaire().questions.size(); ++i) answers += i ? ",1" : "1";
  answers += "]";
  const std::string head = R"({"command":"record_risk_assessment","client_id":")" + tid("c1").str() + R"(","answers":)" + answers;
  REQUIRE(f.run_json(head + R"(,"signed_in_person":true})").ok());
  CHECK(f.ws.book().risk_assessments.size() == 1);
  const uint64_t revision = f.ws.revision();
  CHECK(f.run_json(head + "}").problem().path == "signed_in_person");
  CHECK(f.run_json(head + R"(,"signed_in_person":"yes"})").problem().path == "signed_in_person");
  CHECK(f.run_json(R"({"command":"record_risk_assessment","client_id":")" + tid("c1").str() +
                   R"(","answers":"abc","signed_in_person":true})")
            .problem()
            .path == "answers");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("risk assessment: an unanswered question is named, with its text, in both languages") {
  CommandFixture f;
  const Questionnaire q = default_questionnaire();
  RecordRiskAssessment gap = taken(0, true);
  gap.answers[2] = -1;  // a form's "not chosen"
  const Problem p = f.refused(gap);
  CHECK(p.code == "unanswered");
  CHECK(p.path == "answers[2]");
  CHECK(p.message_zh == "第 3 题尚未回答：" + q.questions[2].text_zh);
  CHECK(p.message_en == "Question 3 is not answered: " + q.questions[2].text_en);

  RecordRiskAssessment short_list = taken(0, true);
  short_list.answers.resize(7);
  const Problem s = f.refused(short_list);
  CHECK(s.code == "incomplete_answers");
  CHECK(s.path == "answers[7]");
  CHECK(s.message_zh.find("第 8 题尚未回答") == 0);
}
