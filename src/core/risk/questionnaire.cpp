#include "core/risk/questionnaire.h"

#include <set>

#include "core/risk/assessment_validity.h"

namespace rm {
namespace {

Question question(std::string id, std::string zh, std::string en, std::vector<QuestionOption> options) {
  return {std::move(id), std::move(zh), std::move(en), std::move(options)};
}

Problem problem(std::string code, std::string path, std::string en, std::string zh) {
  return {std::move(code), std::move(path), std::move(en), std::move(zh)};
}

}  // namespace

Questionnaire default_questionnaire() {
  Questionnaire q;
  q.id = "default.v1";
  q.title_zh = "个人客户风险承受能力评估问卷";
  q.title_en = "Personal client risk tolerance questionnaire";
  q.questions = {
      question("age", "您的年龄是？", "Your age?",
               {{"30 岁以下", "Under 30", 10}, {"30–39 岁", "30–39", 8}, {"40–49 岁", "40–49", 6},
                {"50–59 岁", "50–59", 3}, {"60 岁及以上", "60 or over", 0}}),
      question("income_stability", "您家庭的收入来源稳定吗？", "How stable is your household income?",
               {{"无稳定收入", "No stable income", 0},
                {"收入不稳定（佣金、个体经营）", "Unstable (commission, self-employed)", 3},
                {"工资收入稳定", "Stable salary", 6},
                {"稳定且持续增长", "Stable and growing", 10}}),
      question("experience_years", "您投资存款以外金融产品的年限？",
               "How long have you invested in products other than deposits?",
               {{"没有经验", "Never", 0}, {"2 年以内", "Under 2 years", 3}, {"2–5 年", "2–5 years", 6},
                {"5 年以上", "Over 5 years", 10}}),
      question("experience_products", "您投资过的最复杂的产品是？", "The most complex product you have held?",
               {{"存款、国债", "Deposits, treasury bonds", 0},
                {"银行理财、债券基金", "Bank wealth products, bond funds", 3},
                {"股票、股票型基金", "Shares, equity funds", 6},
                {"期货、期权、结构性等衍生品", "Futures, options, structured or other derivatives", 10, true}}),
      question("horizon", "这笔资金您计划投资多久？", "How long do you plan to invest this money?",
               {{"1 年以内", "Under 1 year", 0}, {"1–3 年", "1–3 years", 3}, {"3–5 年", "3–5 years", 6},
                {"5 年以上", "Over 5 years", 10}}),
      question("loss_tolerance", "您能承受的最大本金亏损是？", "The largest loss of principal you can bear?",
               {{"不能亏损", "No loss", 0}, {"5% 以内", "Up to 5 %", 3}, {"5%–20%", "5–20 %", 6},
                {"20% 以上", "Over 20 %", 10}}),
      question("goal", "您的投资目标是？", "Your investment goal?",
               {{"保本保值", "Preserve capital", 0}, {"稳定收益", "Steady income", 3},
                {"稳健增长", "Balanced growth", 6}, {"追求高收益", "Highest growth", 10}}),
      question("asset_share", "这笔投资占您家庭金融资产的比例？",
               "What share of household financial assets is this investment?",
               {{"50% 以上", "Over 50 %", 0}, {"25%–50%", "25–50 %", 3}, {"10%–25%", "10–25 %", 6},
                {"10% 以下", "Under 10 %", 10}}),
      question("knowledge", "您对金融产品的了解程度？", "How well do you know financial products?",
               {{"基本不了解", "Hardly at all", 0}, {"了解一些", "Somewhat", 3}, {"比较了解", "Well", 6},
                {"非常了解（从业或专业背景）", "Very well (professional background)", 10}}),
      question("reaction_to_fall", "如果投资下跌 20%，您会？", "If your investment fell 20 %, you would…",
               {{"全部卖出", "Sell everything", 0}, {"卖出一部分", "Sell some", 3}, {"继续持有", "Hold", 6},
                {"逢低加仓", "Buy more", 10}}),
  };
  q.bands = {{0, RiskLevel::C1}, {21, RiskLevel::C2}, {41, RiskLevel::C3}, {61, RiskLevel::C4},
             {81, RiskLevel::C5}};
  return q;
}

Problems validate_questionnaire(const Questionnaire& q, const std::string& path) {
  Problems out;
  if (q.questions.empty())
    out.push_back(problem("invalid_questionnaire", path + ".questions", "no questions", "没有题目"));
  std::set<std::string> ids;
  for (size_t i = 0; i < q.questions.size(); ++i) {
    const std::string p = path + ".questions[" + std::to_string(i) + "]";
    if (q.questions[i].options.empty())
      out.push_back(problem("invalid_questionnaire", p + ".options", "no options", "没有选项"));
    if (!ids.insert(q.questions[i].id).second)
      out.push_back(problem("duplicate_id", p + ".id", "question id used twice", "题目编号重复"));
  }
  if (q.bands.empty() || q.bands.front().min_score != 0)
    out.push_back(problem("invalid_questionnaire", path + ".bands", "the first band must start at 0",
                          "第一个分数段须从 0 开始"));
  for (size_t i = 1; i < q.bands.size(); ++i)
    if (q.bands[i].min_score <= q.bands[i - 1].min_score || rank(q.bands[i].level) <= rank(q.bands[i - 1].level))
      out.push_back(problem("invalid_questionnaire", path + ".bands[" + std::to_string(i) + "]",
                            "bands must ascend in score and level", "分数段与等级须递增"));
  return out;
}

RiskLevel level_for_score(const Questionnaire& q, int score) {
  RiskLevel level = RiskLevel::C1;
  for (const ScoreBand& band : q.bands)
    if (score >= band.min_score) level = band.level;
  return level;
}

Result<Scoring> score_answers(const Questionnaire& q, const std::vector<int>& answers) {
  // An answer left out (a short list, or -1 from a form) names the first
  // question without one, with its text, so the manager knows what to ask.
  for (size_t i = 0; i < q.questions.size(); ++i)
    if (i >= answers.size() || answers[i] < 0) {
      const Question& question = q.questions[i];
      const std::string n = std::to_string(i + 1);
      return problem(i >= answers.size() ? "incomplete_answers" : "unanswered", "answers[" + std::to_string(i) + "]",
                     "Question " + n + " is not answered: " + question.text_en,
                     "第 " + n + " 题尚未回答：" + question.text_zh);
    }
  if (answers.size() != q.questions.size())
    return problem("incomplete_answers", "answers",
                   "expected " + std::to_string(q.questions.size()) + " answers, got " +
                       std::to_string(answers.size()),
                   "应回答 " + std::to_string(q.questions.size()) + " 题，实际 " +
                       std::to_string(answers.size()) + " 题");
  Scoring s;
  for (size_t i = 0; i < answers.size(); ++i) {
    const auto& options = q.questions[i].options;
    if (answers[i] < 0 || static_cast<size_t>(answers[i]) >= options.size())
      return problem("unknown_option", "answers[" + std::to_string(i) + "]",
                     "no such option for question \"" + q.questions[i].id + "\"",
                     "题目“" + q.questions[i].id + "”没有此选项");
    const QuestionOption& chosen = options[static_cast<size_t>(answers[i])];
    s.score += chosen.score;
    s.derivatives_experience = s.derivatives_experience || chosen.derivatives_experience;
  }
  s.level = level_for_score(q, s.score);
  return s;
}

Result<RiskAssessment> assess(const Questionnaire& q, const std::vector<int>& answers, Date date) {
  Result<Scoring> s = score_answers(q, answers);
  if (!s) return s.problem();
  RiskAssessment a;
  a.questionnaire_id = q.id;
  a.answers = answers;
  a.score = s->score;
  a.level = s->level;
  a.date = date;
  a.valid_until = assessment_valid_until(date);
  return a;
}

}  // namespace rm
