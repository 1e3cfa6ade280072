// The CSV exports a user can download: the Clients screen's "export
// selection" (the chosen rows of a ClientTable) here; the weekly 商机进程表
// (Pipeline and Reports) is core/reports/pipeline_week.h's. Both go through the app's one CSV writer (core/text/csv.h:
// byte-order mark, CRLF, RFC 4180 quoting, formula prefixes neutralised).
// Amounts are yuan with two decimals from integer fen (no grouping, so
// spreadsheets read them as numbers).
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

// Yuan with two decimals from fen, no grouping ("-1400000.05").
std::string plain_yuan(Fen amount);

}  // namespace rm
