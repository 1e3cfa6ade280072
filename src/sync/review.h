// The review of reports and plans between a manager and her supervisor
// (docs/data-format.md, "Review"): the order of review states, what an
// approval approved, and whether the record changed since. Plain C++ over the
// bundle schema, so every content field of a record kind is covered without
// a list to keep up to date.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/model/book.h"
#include "store/bundle_schema.h"

namespace rm {

// draft 0 < submitted 1 < reviewed 2 < approved / returned 3. A merge keeps
// the furthest of concurrent states; a new round (review_round) comes after
// every state of the rounds before it.
constexpr int review_rank(ReviewState s) {
  switch (s) {
    case ReviewState::draft: return 0;
    case ReviewState::submitted: return 1;
    case ReviewState::reviewed: return 2;
    case ReviewState::approved:
    case ReviewState::returned: return 3;
  }
  return 0;
}

// The fields that say where the review stands, not what was written: they
// change with the review and are not part of what an approval approves.
inline bool is_review_field(std::string_view key) {
  return key == "review" || key == "reviewer_id" || key == "reviewed_on" || key == "review_comment" ||
         key == "review_round" || key == "return_reason" || key == "approved_content";
}

namespace review_detail {
struct ContentKeys {
  std::vector<std::string_view> keys;
  template <class M, class... C>
  void operator()(const char* key, const M&, const C&...) {
    if (!is_review_field(key)) keys.emplace_back(key);
  }
};
}  // namespace review_detail

// The bundle keys of RECORD's content fields: every field but the review's.
template <class R>
std::vector<std::string_view> content_fields(const R& record) {
  review_detail::ContentKeys v;
  bundle::fields(v, record);
  return v.keys;
}

// The stamps of RECORD's content fields as they are now: what approving it
// approves.
template <class R>
std::vector<ApprovedStamp> content_stamps(const R& record) {
  std::vector<ApprovedStamp> out;
  for (std::string_view key : content_fields(record))
    out.push_back(ApprovedStamp{std::string(key), hlc_text(field_stamp(record.meta, key))});
  return out;
}

// True when RECORD is approved and a content field holds, or keeps as an
// open conflict, a value the approval did not see: edited after it here, or
// edited elsewhere and merged in. Neither overwrites the other — the approval
// stays, and the edit stays, flagged. An approval recorded before approvals
// kept their stamps (approved_content empty) is taken as it is.
template <class R>
bool changed_since_approval(const R& record) {
  if (record.meta.deleted || record.review != ReviewState::approved || record.approved_content.empty()) return false;
  for (std::string_view key : content_fields(record)) {
    const std::string* approved = nullptr;
    for (const ApprovedStamp& a : record.approved_content)
      if (a.field == key) approved = &a.stamp;
    const std::string now = hlc_text(field_stamp(record.meta, key));
    if (!approved) {
      // A field the approval did not list (added to the schema since) counts
      // as approved only while it was never edited.
      if (find_field_stamp(record.meta, key)) return true;
      continue;
    }
    if (now != *approved) return true;
    for (const FieldConflict& c : record.meta.conflicts)
      if (c.field == key && !c.deleted && hlc_text(c.stamp) != *approved) return true;
  }
  return false;
}

}  // namespace rm
