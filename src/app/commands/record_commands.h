// Deleting one record of a client's file (a contact, task, opportunity,
// complaint, report, holding, assessment — or the client), or a saved view. A deletion is a
// tombstone (docs/data-format.md), so an undo brings the record back.
#pragma once
#include <optional>

#include "app/commands/command_support.h"

namespace rm {

// The kinds of record a user deletes by hand.
enum class DeletableKind {
  client, contact, task, opportunity, communication_report, complaint, holding, risk_assessment, client_view
};
template <>
struct EnumCodes<DeletableKind> {
  static constexpr auto codes = std::to_array<std::string_view>(
      {"client", "contact", "task", "opportunity", "communication_report", "complaint", "holding", "risk_assessment",
       "client_view"});
};

struct DeleteRecord {
  static constexpr std::string_view kind = "delete_record";
  static constexpr CommandLabel label{"删除记录", "Delete record"};
  static constexpr Roles roles = Roles::manager;

  DeletableKind record_kind = DeletableKind::contact;
  RecordId id;
};

// The DeleteRecord for RECORD, or nullopt for a kind not deleted by hand.
std::optional<DeleteRecord> delete_record_of(const AnyRecord& record);

Result<Edit> decide(const DeleteRecord& command, const CommandInput& in);
void read_args(CommandArgs& args, DeleteRecord& command);

}  // namespace rm
