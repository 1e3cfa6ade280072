// Shared by `rmplanner agenda` and `rmplanner compliance`: loading a data file
// with its policy, and the JSON of the planner's structs (docs/data-format.md,
// "Planner CLI output").
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cli/cli_args.h"
#include "core/model/book.h"
#include "core/planner/agenda.h"
#include "core/planner/compliance.h"
#include "core/policy/policy.h"

namespace rm::cli {

struct LoadedBook {
  Book book;
  Policy policy;
};

// Reads FILE and picks --policy or the book's active policy (bank_a when
// unset). On failure prints the one-line reason and sets STATUS.
std::optional<LoadedBook> load_book_for(std::string_view command, const std::string& file, const Args& args,
                                        int& status);

nlohmann::ordered_json counts_json(const ContactCounts& c);
nlohmann::ordered_json compliance_item_json(const Book& book, const ComplianceItem& item);
nlohmann::ordered_json agenda_json(const Book& book, const Agenda& agenda);

}  // namespace rm::cli
