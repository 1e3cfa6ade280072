#include "app/commands/record_commands.h"

#include "app/commands/command_args.h"

namespace rm {

namespace {

template <class F>
auto with_kind(DeletableKind kind, F&& f) {
  switch (kind) {
    case DeletableKind::client: return f(Client{});
    case DeletableKind::contact: return f(Contact{});
    case DeletableKind::task: return f(Task{});
    case DeletableKind::opportunity: return f(Opportunity{});
    case DeletableKind::communication_report: return f(CommunicationReport{});
    case DeletableKind::complaint: return f(Complaint{});
    case DeletableKind::holding: return f(Holding{});
    case DeletableKind::risk_assessment: return f(RiskAssessment{});
    case DeletableKind::client_view: break;
  }
  return f(ClientView{});
}

}  // namespace

std::optional<DeleteRecord> delete_record_of(const AnyRecord& record) {
  for (size_t k = 0; k < EnumCodes<DeletableKind>::codes.size(); ++k) {
    const auto kind = static_cast<DeletableKind>(k);
    const bool match = with_kind(kind, [&](auto blank) {
      return std::holds_alternative<decltype(blank)>(record);
    });
    if (match) return DeleteRecord{kind, meta_of(record).id};
  }
  return std::nullopt;
}

Result<Edit> decide(const DeleteRecord& command, const CommandInput& in) {
  return with_kind(command.record_kind, [&](auto blank) -> Result<Edit> {
    using R = decltype(blank);
    // The index covers only some kinds; a delete is rare enough to look.
    for (const R& r : records_of<R>(in.book)) {
      if (r.meta.id != command.id) continue;
      if (r.meta.deleted) break;
      R gone = r;
      gone.meta.deleted = true;
      return edit_of<DeleteRecord>({std::move(gone)});
    }
    return refusal("no_such_record", "No such record (it may have been deleted already).",
                   "没有该记录（可能已被删除）。", "id");
  });
}

void read_args(CommandArgs& a, DeleteRecord& c) {
  a.code("kind", c.record_kind, CommandArgs::required);
  a.id("id", c.id);
}

}  // namespace rm
