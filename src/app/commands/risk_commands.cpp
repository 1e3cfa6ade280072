#include "app/commands/risk_commands.h"

#include "app/commands/command_args.h"
#include "core/risk/questionnaire.h"

namespace rm {

namespace {
const Questionnaire& questionnaire() {
  static const Questionnaire q = default_questionnaire();
  return q;
}
}  // namespace

Result<std::vector<AnyRecord>> assessment_records(const CommandInput& in, const Client& client,
                                                  const std::vector<int>& answers, bool signed_in_person) {
  Result<RiskAssessment> assessed = assess(questionnaire(), answers, in.context.today);
  if (!assessed) return assessed.problem();
  RiskAssessment a = std::move(assessed.value());
  a.meta.id = in.new_id();
  a.client_id = client.meta.id;
  // Whoever records it took it with the client; a book without an owner
  // credits the client's own manager.
  a.manager_id = credited_manager(in, client);
  a.signed_in_person = signed_in_person;
  std::vector<AnyRecord> puts{a};
  const Result<Scoring> s = score_answers(questionnaire(), answers);
  if (s && s->derivatives_experience && !client.derivatives_experience) {
    Client updated = client;
    updated.derivatives_experience = true;
    puts.emplace_back(std::move(updated));
  }
  return puts;
}

Result<Edit> decide(const RecordRiskAssessment& command, const CommandInput& in) {
  const Client* client = live_client(in, command.client_id);
  if (!client) return no_such_client();
  if (!command.signed_in_person)
    return refusal("required", "Say whether the client signed the assessment in person.",
                   "请说明客户是否已当面签字确认。", "signed_in_person");
  Result<std::vector<AnyRecord>> puts = assessment_records(in, *client, command.answers, *command.signed_in_person);
  if (!puts) return puts.problem();
  return edit_of<RecordRiskAssessment>(std::move(puts.value()));
}

void read_args(CommandArgs& a, RecordRiskAssessment& c) {
  a.id("client_id", c.client_id);
  if (const nlohmann::json* v = a.raw("answers", CommandArgs::required)) {
    bool ok = v->is_array();
    if (ok)
      for (const nlohmann::json& x : *v) {
        if (!x.is_number_integer() || x.get<int64_t>() < 0 || x.get<int64_t>() > 100) ok = false;
        else c.answers.push_back(x.get<int>());
      }
    if (!ok) a.bad("answers", "must be a list of option numbers (0 for the first option)", "应为选项序号的列表（第一个选项为 0）");
  }
  // Required, so an absent flag is refused rather than read as false or true.
  bool signed_in_person = false;
  const bool before = a.problem().has_value();
  a.raw("signed_in_person", CommandArgs::required);
  if (a.problem().has_value() == before) {
    a.flag("signed_in_person", signed_in_person);
    if (a.problem().has_value() == before) c.signed_in_person = signed_in_person;
  }
}

}  // namespace rm
