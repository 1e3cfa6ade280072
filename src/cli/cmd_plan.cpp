// rmplanner plan BOOK --client ID --out FILE.html [--today YYYY-MM-DD] [--passphrase-file F]
//
// Writes a client's financial plan (理财规划书) as one self-contained,
// print-ready HTML file (core/plan/plan_html.h): the latest version of her
// plan, or — when she has none — a plan written from the book's figures with
// no goals (said on stderr; the file says so on its cover). Prints a summary
// as JSON.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/book_file.h"
#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "core/plan/plan_document.h"
#include "core/plan/plan_html.h"
#include "core/plan/plan_versions.h"
#include "platform/native/file_io.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner plan BOOK --client ID --out FILE.html [--today YYYY-MM-DD]\n"
    "                      [--passphrase-file F] [--key PREFIX.key.pem]\n\n"
    "Writes the client's financial plan (理财规划书) as one print-ready HTML file:\n"
    "goals, financial position and the six ratios, protection, risk, recommendations\n"
    "(emergency fund, insurance, an allocation with suitable catalogue products,\n"
    "product terms by goal, the surplus), feasibility and the review date. The\n"
    "latest version of her plan is written; a client with no plan gets one written\n"
    "from the book's figures with no goals (a note on stderr says so). Prints a\n"
    "summary as JSON.\n\n"
    "  --client ID   the client's id\n"
    "  --out FILE    where to write the HTML\n"
    "  --today DATE  the day the plan is judged by (default: today in China)\n\n"
    "Exit status: 0 written; 1 the book cannot be read, the client is unknown or the\n"
    "file cannot be written; 2 wrong usage.\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;
}  // namespace

int cmd_plan(int argc, char** argv) {
  std::string error;
  const auto args =
      parse_args(argc, argv, {{"client", "out", "today", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("plan", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("plan", "expects exactly one BOOK file (see --help)", 2);
  const std::string* client_id = args->option("client");
  if (!client_id || client_id->empty()) return fail("plan", "--client ID is required (see --help)", 2);
  const std::string* out = args->option("out");
  if (!out || out->empty()) return fail("plan", "--out FILE.html is required (see --help)", 2);
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("plan", error, 2);

  FileRefusal refusal;
  const auto file = read_book_file(*args, args->positional[0], refusal);
  if (!file) return fail("plan", refusal.en + " / " + refusal.zh, 1);
  const Book& book = file->book;
  const BookIndex index(book);
  const auto id = RecordId::parse(*client_id);
  const uint32_t pos = id ? index.client(*id) : BookIndex::npos;
  if (pos == BookIndex::npos || book.clients[pos].meta.deleted)
    return fail("plan", "no client with id " + *client_id + " in the book / 数据中没有该客户", 1);

  const FinancialPlan* plan = latest_plan(book, book.clients[pos].meta.id);
  if (!plan)
    std::fprintf(stderr,
                 "rmplanner plan: the client has no plan yet; written from the book's figures with no goals / "
                 "该客户尚无理财规划书：按家庭财务数据生成，无目标\n");
  const PlanDocument doc = plan_document(book, index, pos, plan, *today);
  const std::string html = plan_html(doc);
  if (!native::write_file_atomic(*out, html, &error)) return fail("plan", "cannot write " + *out + ": " + error);

  nlohmann::ordered_json summary = {
      {"out", *out},
      {"client", doc.client_id.str()},
      {"plan", plan ? nlohmann::ordered_json(plan->meta.id.str()) : nlohmann::ordered_json()},
      {"version", doc.version},
      {"review", code_of(doc.review)},
      {"goals", doc.goals.size()},
      {"feasible", doc.feasibility.judged ? nlohmann::ordered_json(doc.feasibility.feasible) : nlohmann::ordered_json()},
      {"feasibility_zh", doc.feasibility.zh},
      {"feasibility_en", doc.feasibility.en},
      {"review_date", doc.review_date.iso()},
      {"bytes", html.size()}};
  std::printf("%s\n", summary.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
