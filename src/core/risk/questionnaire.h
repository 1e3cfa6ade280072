// The risk questionnaire (风险测评问卷) as data: questions, options with scores,
// and the score bands that give C1–C5. The bank replaces or edits it; the code
// only adds up the chosen options. An option may also mark the client as
// experienced with derivatives (docs/domain.md §5: derivative-linked products only
// for clients with that experience).
#pragma once
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/risk_assessment.h"
#include "core/problem.h"
#include "core/risk/risk_profile.h"

namespace rm {

struct QuestionOption {
  std::string text_zh;
  std::string text_en;
  int score = 0;
  bool derivatives_experience = false;
};

struct Question {
  std::string id;  // stable: "horizon"
  std::string text_zh;
  std::string text_en;
  std::vector<QuestionOption> options;
};

// A total score ≥ min_score gives `level`; bands ascend, the first starts at 0.
struct ScoreBand {
  int min_score = 0;
  RiskLevel level = RiskLevel::C1;
};

struct Questionnaire {
  std::string id;  // recorded with each assessment: "default.v1"
  std::string title_zh;
  std::string title_en;
  std::vector<Question> questions;
  std::vector<ScoreBand> bands;
};

// Ten questions, each scored 0–10, total 0–100: age, income stability, years of
// investing, most complex product held (incl. derivatives), horizon, loss
// tolerance, goal, share of assets, knowledge, reaction to a fall. Bands:
// C1 0–20, C2 21–40, C3 41–60, C4 61–80, C5 81–100.
Questionnaire default_questionnaire();

// Structural problems: no questions, a question without options, bands not
// ascending from 0, duplicate question ids.
Problems validate_questionnaire(const Questionnaire& q, const std::string& path = "questionnaire");

struct Scoring {
  int score = 0;
  RiskLevel level = RiskLevel::C1;
  bool derivatives_experience = false;
};

RiskLevel level_for_score(const Questionnaire& q, int score);
// `answers` holds the chosen option's index for each question, in order.
Result<Scoring> score_answers(const Questionnaire& q, const std::vector<int>& answers);

// A completed assessment record dated `date` (meta, client, manager and the
// in-person signature are the caller's to fill).
Result<RiskAssessment> assess(const Questionnaire& q, const std::vector<int>& answers, Date date);

}  // namespace rm
