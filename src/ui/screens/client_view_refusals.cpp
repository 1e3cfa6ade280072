#include "ui/screens/client_view_refusals.h"

#include "ui/widgets/refusal_line.h"

namespace rm::ui::cv {

void RecordRefusals::remember(const RecordId& client, const std::string& form, Problem problem) {
  if (client != client_) by_form_.clear();
  client_ = client;
  by_form_[form] = std::move(problem);
}

void RecordRefusals::forget(const RecordId& client, const std::string& form) {
  if (client == client_) by_form_.erase(form);
}

void RecordRefusals::draw(const RecordId& client, const std::string& form) {
  if (client != client_) return;
  const auto it = by_form_.find(form);
  if (it == by_form_.end()) return;
  refusal_line((form + ".error").c_str(), it->second);
}

RecordRefusals& record_refusals() {
  static RecordRefusals refusals;
  return refusals;
}

}  // namespace rm::ui::cv
