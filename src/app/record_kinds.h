// The kinds of record a Workspace edits, and where each lives in a Book.
#pragma once
#include <variant>
#include <vector>

#include "core/model/book.h"

namespace rm {

using AnyRecord = std::variant<Branch, Manager, Supervisor, Client, Household, Product, Holding, Contact, Task,
                               Opportunity, CommunicationReport, WorkLogEntry, ClientEvent, Complaint,
                               RiskAssessment, ClientView, FinancialPlan, ReviewComment, ClientReassignment,
                               WeeklyTarget>;

template <class T, class BookT>
auto& records_of(BookT& b) {
  if constexpr (std::is_same_v<T, Branch>) return b.branches;
  else if constexpr (std::is_same_v<T, Manager>) return b.managers;
  else if constexpr (std::is_same_v<T, Supervisor>) return b.supervisors;
  else if constexpr (std::is_same_v<T, Client>) return b.clients;
  else if constexpr (std::is_same_v<T, Household>) return b.households;
  else if constexpr (std::is_same_v<T, Product>) return b.products;
  else if constexpr (std::is_same_v<T, Holding>) return b.holdings;
  else if constexpr (std::is_same_v<T, Contact>) return b.contacts;
  else if constexpr (std::is_same_v<T, Task>) return b.tasks;
  else if constexpr (std::is_same_v<T, Opportunity>) return b.opportunities;
  else if constexpr (std::is_same_v<T, CommunicationReport>) return b.communication_reports;
  else if constexpr (std::is_same_v<T, WorkLogEntry>) return b.work_log;
  else if constexpr (std::is_same_v<T, ClientEvent>) return b.client_events;
  else if constexpr (std::is_same_v<T, Complaint>) return b.complaints;
  else if constexpr (std::is_same_v<T, RiskAssessment>) return b.risk_assessments;
  else if constexpr (std::is_same_v<T, ClientView>) return b.client_views;
  else if constexpr (std::is_same_v<T, FinancialPlan>) return b.financial_plans;
  else if constexpr (std::is_same_v<T, ReviewComment>) return b.review_comments;
  else if constexpr (std::is_same_v<T, ClientReassignment>) return b.reassignments;
  else {
    static_assert(std::is_same_v<T, WeeklyTarget>, "not a record kind");
    return b.weekly_targets;
  }
}

inline const RecordMeta& meta_of(const AnyRecord& r) {
  return std::visit([](const auto& rec) -> const RecordMeta& { return rec.meta; }, r);
}

}  // namespace rm
