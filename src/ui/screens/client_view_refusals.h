// Why a record form of the 360° view (contact, opportunity, task, complaint,
// report) was refused: the command's Problem, kept until that form is tried
// again or another client is shown. FormErrors holds fixed Texts only; a
// command's message is its own.
#pragma once
#include <map>
#include <string>

#include "core/model/record_id.h"
#include "core/problem.h"

namespace rm::ui::cv {

class RecordRefusals {
 public:
  void remember(const RecordId& client, const std::string& form, Problem problem);
  void forget(const RecordId& client, const std::string& form);
  // Draws FORM's refusal for CLIENT, tracked as FORM + ".error".
  void draw(const RecordId& client, const std::string& form);

 private:
  RecordId client_;
  std::map<std::string, Problem> by_form_;
};

// The one store the record sections share (one client is shown at a time).
RecordRefusals& record_refusals();

}  // namespace rm::ui::cv
