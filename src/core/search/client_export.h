// The Clients screen's "export selection": the chosen rows of a ClientTable
// as CSV that Excel opens with Chinese intact — UTF-8 with a byte-order mark,
// CRLF line ends, RFC 4180 quoting. Amounts are yuan with two decimals from
// integer fen (no grouping, so spreadsheets read them as numbers).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/book.h"
#include "core/policy/policy.h"
#include "core/search/client_search.h"

namespace rm {

inline constexpr int kClientCsvColumns = 13;

// HEADERS: the column titles in the UI language, in this order: client id,
// name, phone, tier, AUM, age, life stage, risk level, last contact, days
// since contact, next maturity, manager, tags. CHINESE picks the language of
// tier and life-stage names.
std::string clients_csv(const Book& book, const Policy& policy, const ClientTable& table,
                        const std::vector<uint32_t>& rows, const std::vector<std::string>& headers, bool chinese);

// One CSV field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& value);

}  // namespace rm
