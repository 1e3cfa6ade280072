// The supervisor's records (docs/domain.md, "Roles"; §1 "Capacity and
// assignment"; §3 the Monday review of the pipeline against targets): review
// comments, client reassignments and weekly targets. Comments and
// reassignments are append-only — each is a new record, never edited — so a
// merge keeps every one from both sides (a union by id).
#pragma once
#include <cstdint>
#include <string>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

// A comment on a report, plan or work log in review. The author is
// meta.created.actor and author_id.
struct ReviewComment {
  RecordMeta meta;
  ReviewSubject subject_kind = ReviewSubject::communication_report;
  RecordId subject_id;
  RecordId manager_id;  // whose report, plan or log: a review file goes back to her
  RecordId author_id;   // the supervisor (or manager) who wrote it
  Date date;
  std::string text;
};

// One client handed from one manager to another by a supervisor: the trace
// that lets the review file reach both managers (sync/review_file.h).
struct ClientReassignment {
  RecordMeta meta;
  RecordId client_id;
  RecordId from_manager_id;
  RecordId to_manager_id;
  RecordId supervisor_id;
  Date date;
};

// A manager's targets for one ISO week (the Monday that starts it). One
// record per manager and week, with an id derived from both
// (weekly_target_id), so targets set on two devices meet in a merge.
struct WeeklyTarget {
  RecordMeta meta;
  RecordId manager_id;
  Date week_start;                     // a Monday
  int64_t new_opportunity_amount = 0;  // fen
  int32_t contacts = 0;
  int32_t meetings = 0;
  int32_t reports = 0;
  RecordId supervisor_id;  // who set them
};

}  // namespace rm
