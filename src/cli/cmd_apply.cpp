// rmplanner apply BOOK COMMANDS.jsonl --out BOOK2 [--today DATE] [--as manager|supervisor]
//                 [--user ID] [--lang en|zh] [--json]
//
// Applies user actions to a book from a script, through the very commands the
// app's screens dispatch (docs/commands.md): the same rules, the same refusals.
// All or nothing: a refused or malformed line leaves BOOK2 unwritten.
#include <cstdio>
#include <random>
#include <sstream>
#include <nlohmann/json.hpp>

#include "app/commands/command_json.h"
#include "app/workspace.h"
#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "core/model/uuid.h"
#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner apply BOOK COMMANDS.jsonl --out BOOK2 [--today YYYY-MM-DD]\n"
    "                       [--as manager|supervisor] [--user ID] [--lang en|zh] [--json]\n\n"
    "Applies the commands of COMMANDS.jsonl (one JSON object a line, as\n"
    "{\"command\":\"record_contact\",...}; blank lines and lines starting with # are\n"
    "skipped) to the book BOOK, in order, as the app would, and writes the result\n"
    "to BOOK2. The commands and their fields are listed in docs/commands.md.\n"
    "All or nothing: if any line is malformed or refused, its line number and the\n"
    "reason are printed, nothing is written, and the exit status is 1.\n\n"
    "  --today DATE   the date the commands are issued on (default: today in China)\n"
    "  --as ROLE      who issues them: manager (default) or supervisor\n"
    "  --user ID      the issuing manager's or supervisor's id (default: the book's owner,\n"
    "                 or as supervisor the one set_own_role linked to her)\n"
    "  --json         print {\"applied\", \"changed\", \"out\"} or {\"line\", \"problem\"}\n"
    "When BOOK is an encrypted backup, BOOK2 is written as an encrypted backup\n"
    "under the same passphrase (with a fresh salt).\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;

std::string describe(const Problem& p, bool zh) { return zh ? p.describe_zh() : p.describe_en(); }
}  // namespace

int cmd_apply(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"out", "today", "as", "user", "lang", kPassphraseFileOption, kKeyOption}, {"help", "json"}}, error);
  if (!args) return fail("apply", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 2) return fail("apply", "expects BOOK and COMMANDS.jsonl (see --help)", 2);
  const std::string* out = args->option("out");
  if (!out || out->empty()) return fail("apply", "--out BOOK2 is required (the input book is never overwritten)", 2);
  const std::string* lang = args->option("lang");
  if (lang && *lang != "en" && *lang != "zh") return fail("apply", "--lang must be en or zh", 2);
  const bool zh = lang && *lang == "zh";
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("apply", error, 2);
  Role role = Role::manager;
  if (const std::string* as = args->option("as")) {
    const auto r = enum_from_code<Role>(*as);
    if (!r) return fail("apply", "--as must be manager or supervisor", 2);
    role = *r;
  }
  std::optional<RecordId> user;
  if (const std::string* u = args->option("user")) {
    user = RecordId::parse(*u);
    if (!user || user->empty()) return fail("apply", "--user must be a record id (UUID)", 2);
  }

  const std::string& book_path = args->positional[0];
  const std::string& commands_path = args->positional[1];
  const auto input = read_bundle_input(*args, book_path, zh, error);
  if (!input) return fail("apply", error);
  const auto commands_text = native::read_file(commands_path, &error);
  if (!commands_text) return fail("apply", "cannot read " + commands_path + ": " + error);
  Result<Book> book = load_bundle(input->json);
  if (!book) return fail("apply", book_path + ": " + describe(book.problem(), zh));

  std::random_device device;
  Random64 random = [&device] { return (static_cast<uint64_t>(device()) << 32) ^ device(); };
  const int64_t now = now_ms();
  Workspace ws(std::move(book.value()), new_uuid(random), random, now);
  // A book whose owner is also a supervisor (set_own_role) names her.
  if (!user && role == Role::supervisor) {
    if (const Supervisor* own = own_supervisor(ws.book())) user = own->meta.id;
    else return fail("apply", "--as supervisor needs --user (the supervisor's id): the book's owner is no supervisor", 2);
  }
  const CommandContext context{*today, role, user ? *user : ws.book().settings.owner_manager_id};

  auto refuse = [&](int line, const Problem& p) {
    if (args->has("json")) {
      const nlohmann::ordered_json j = {
          {"line", line},
          {"problem",
           {{"code", p.code}, {"path", p.path}, {"message_en", p.message_en}, {"message_zh", p.message_zh}}}};
      std::printf("%s\n", j.dump(2).c_str());
    }
    return fail("apply", commands_path + ":" + std::to_string(line) + ": " + describe(p, zh) +
                             (zh ? "（未写入任何文件）" : " (nothing written)"));
  };
  std::istringstream lines(*commands_text);
  std::string text;
  int line = 0, applied = 0;
  int64_t changed = 0;
  while (std::getline(lines, text)) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos || text[first] == '#') continue;
    Result<rm::Command> command = command_from_json(std::string_view(text));
    if (!command) return refuse(line, command.problem());
    Result<int64_t> r = ws.dispatch(command.value(), context, now);
    if (!r) return refuse(line, r.problem());
    ++applied;
    changed += r.value();
  }

  // A backup stays encrypted: nothing readable is written from a sealed input.
  const std::string result = input->encrypted ? native::seal_backup(input->passphrase, ws.snapshot(now)) : ws.snapshot(now);
  if (!native::write_file_atomic(*out, result, &error))
    return fail("apply", "cannot write " + *out + ": " + error);
  if (args->has("json")) {
    const nlohmann::ordered_json j = {{"applied", applied}, {"changed", changed}, {"out", *out}};
    std::printf("%s\n", j.dump(2).c_str());
  } else if (zh) {
    std::printf("已执行 %d 条命令，修改 %lld 条记录 → %s\n", applied, static_cast<long long>(changed), out->c_str());
  } else {
    std::printf("applied %d command%s, %lld record%s changed → %s\n", applied, applied == 1 ? "" : "s",
                static_cast<long long>(changed), changed == 1 ? "" : "s", out->c_str());
  }
  return 0;
}

}  // namespace rm::cli
