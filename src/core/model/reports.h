// Written records the supervisor reads: the communication report after a
// significant contact (客户沟通报告) and the manager's daily work log (工作日志).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

// One content field as an approval saw it: the field's bundle key and its
// stamp (hlc_text) when the supervisor approved. An edit after the approval
// gives the field another stamp, so the approval stays and the record reads
// "changed since approval" (sync/review.h, docs/data-format.md "Review").
struct ApprovedStamp {
  std::string field;
  std::string stamp;
};

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
  int32_t review_round = 0;  // 0 the first submission; +1 each time it is submitted again
  std::string return_reason;  // why the supervisor returned it (required to return)
  std::vector<ApprovedStamp> approved_content;  // what the approval approved
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
