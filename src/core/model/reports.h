// Written records the supervisor reads: the communication report after a
// significant contact (客户沟通报告) and the manager's daily work log (工作日志).
#pragma once
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

struct CommunicationReport {
  RecordMeta meta;
  RecordId client_id;
  RecordId manager_id;
  RecordId contact_id;  // the contact it reports on, when there is one
  Date date;
  std::string key_points;
  std::string needs;  // the client's needs and questions
  std::string next_actions;
  ReviewState review = ReviewState::draft;
  RecordId reviewer_id;  // supervisor
  std::optional<Date> reviewed_on;
  std::string review_comment;
};

struct WorkLogEntry {
  RecordMeta meta;
  RecordId manager_id;
  Date date;
  std::string morning_meeting;
  std::string contacts;  // summary of the day's contacts
  std::string sales;
  std::string suggestions;
  std::string memo;
};

}  // namespace rm
