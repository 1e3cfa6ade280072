// Labels of the model's coded values (core/model/codes.h) in both UI
// languages — one place for all screens. Adding a value to an enum without a
// label here fails to compile (the tables are sized by the code lists).
#pragma once
#include "core/model/codes.h"
#include "ui/text.h"

#include <string_view>

namespace rm::ui {

const char* label(Gender value);
const char* label(MaritalStatus value);
const char* label(Education value);
const char* label(OccupationClass value);
const char* label(Channel value);
const char* label(ContactClass value);
const char* label(ContactTime value);
const char* label(ClientSource value);
const char* label(Orientation value);
const char* label(ValueClass value);
const char* label(Motive value);
const char* label(ImportantDateKind value);
const char* label(LiquidityPurpose value);
const char* label(Relation value);
const char* label(ProductCategory value);
const char* label(ContactOutcome value);
const char* label(TaskKind value);
const char* label(SalesStep value);
const char* label(OpportunityStatus value);
const char* label(SalesMethod value);
const char* label(FindingChannel value);
const char* label(ProfitKind value);
const char* label(ReviewState value);
const char* label(ClientEventKind value);
const char* label(InvitationStatus value);
const char* label(ComplaintStep value);
const char* label(Responsibility value);

// A client's tag as the UI language shows it. Tags are free text, but a few
// are codes the planner reads (PlannerSettings::important_tags: "important"
// marks an important client, docs/domain.md §2) or that the demo book uses;
// those read as words of the language. Any other tag is shown as written.
std::string_view tag_label(std::string_view tag);

}  // namespace rm::ui
