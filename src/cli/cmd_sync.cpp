// rmplanner sync DIR_OR_URL --book BOOK [--as manager|supervisor]
//                [--user U --password-file F] [--today YYYY-MM-DD] [--confirm-deletions]
//
// Syncs a book with a share — a WebDAV server (http/https, through libcurl)
// or a folder — by the layout and protocol of docs/data-format.md ("Sync"):
// a manager pulls her own book file (written from another device) and the
// review files her supervisor left for her, merges them in, and pushes her
// book and the week's hand-in; a supervisor pulls every manager's hand-ins
// and pushes each a review file. For scripted back-ups and the supervisor's
// batch pulls. Everything pulled merges field by field (sync/merge.h);
// nothing is deleted for being absent. Exit 0 synced, 3 synced with open
// conflicts, 2 refused (nothing written or pushed), 1 the share failed (BOOK
// keeps what was pulled and verified).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/book_file.h"
#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "cli/share_folder_transport.h"
#include "cli/share_http_transport.h"
#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"
#include "store/envelope.h"
#include "sync/merge.h"
#include "sync/share/share_problem.h"
#include "sync/share/share_session.h"
#include "sync/share/share_sync.h"
#include "sync/share/share_sync_json.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner sync DIR_OR_URL --book BOOK [--as manager|supervisor]\n"
    "                      [--user U --password-file F] [--today YYYY-MM-DD] [--confirm-deletions]\n\n"
    "Syncs BOOK with a share: a WebDAV server (http:// or https://) or a folder\n"
    "(docs/data-format.md, \"Sync\"). As the manager (default; BOOK's owner):\n"
    "pulls her book from the share (written from another device) and the review\n"
    "files her supervisor left her, merges them into BOOK, then pushes the book\n"
    "and the week's hand-in to managers/<her id>/. As a supervisor: pulls every\n"
    "manager's hand-ins into BOOK and pushes each manager a review file to\n"
    "reviews/<manager id>/. A push counts only after reading it back.\n"
    "Prints a JSON report. Nothing is deleted for being missing on the share.\n\n"
    "  --user U             the share's user name (HTTP Basic authentication)\n"
    "  --password-file F    the share's password is the first line of F (or set\n"
    "                       RMPLANNER_SHARE_PASSWORD); never give it as an argument\n"
    "  --today DATE         the day whose week's hand-in is pushed (default today)\n"
    "  --confirm-deletions  apply pulled files even when they delete many records\n\n"
    "Exit status: 0 synced; 3 synced, with conflicts to resolve in the app; 2 refused\n"
    "(BOOK unreadable, a file on the share that cannot be opened as BOOK's own,\n"
    "deletions to confirm, wrong usage): nothing written or pushed; 1 the share\n"
    "failed (unreachable, wrong password, a push not verified): BOOK keeps what was\n"
    "pulled.\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;
constexpr const char* kSharePasswordEnv = "RMPLANNER_SHARE_PASSWORD";

int refuse(const std::string& en, const std::string& zh) {
  std::fprintf(stderr, "rmplanner sync: %s; nothing was written\n", en.c_str());
  std::fprintf(stderr, "rmplanner sync：%s；未写入任何文件\n", zh.c_str());
  return 2;
}

// A share problem: one line in English, one in Chinese.
void print_problem(const Problem& p) {
  std::fprintf(stderr, "rmplanner sync: %s\n", p.describe_en().c_str());
  std::fprintf(stderr, "rmplanner sync：%s\n", p.describe_zh().c_str());
}

// How BOOK's own files are written and read on the share: as BOOK is — an
// encrypted backup under its passphrase, or bundle JSON.
struct FileCodec {
  bool encrypted = false;
  std::string passphrase;

  std::string encode(const std::string& json) const {
    return encrypted ? native::seal_backup(passphrase, json) : json;
  }
  // The bundle JSON inside BYTES.
  Result<std::string> json_of(const std::string& bytes) const {
    if (!store::looks_like_envelope(bytes)) return bytes;
    if (passphrase.empty())
      return Problem{"encrypted", "", "an encrypted file, and BOOK has no passphrase to open it",
                     "是加密文件，而 BOOK 没有可打开它的口令"};
    return native::open_backup(passphrase, bytes);
  }
};

}  // namespace

int cmd_sync(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(
      argc, argv,
      {{"book", "as", "user", "today", kPassphraseFileOption, kKeyOption, "password-file"},
       {"help", "confirm-deletions"}},
      error);
  if (!args) return fail("sync", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("sync", "expects one share, a folder or an http(s) URL (see --help)", 2);
  const std::string& target = args->positional[0];
  const std::string* book_path = args->option("book");
  if (!book_path || book_path->empty()) return fail("sync", "--book BOOK is required", 2);
  const std::string* as = args->option("as");
  if (as && *as != "manager" && *as != "supervisor")
    return fail("sync", "--as expects manager or supervisor, not \"" + *as + "\"", 2);
  const share::ShareRole role = as && *as == "supervisor" ? share::ShareRole::supervisor : share::ShareRole::manager;
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("sync", error, 2);

  // The share's password: from a file or the environment, never the command line.
  std::string user = args->option("user") ? *args->option("user") : "";
  std::string password;
  if (const std::string* file = args->option("password-file")) {
    auto text = native::read_file(*file, &error);
    if (!text) return fail("sync", "cannot read " + *file + ": " + error, 2);
    password = text->substr(0, text->find('\n'));
    if (!password.empty() && password.back() == '\r') password.pop_back();
  } else if (const char* env = std::getenv(kSharePasswordEnv)) {
    password = env;
  }

  FileRefusal refusal;
  auto own = read_book_file(*args, *book_path, refusal);
  if (!own) return refuse(refusal.en, refusal.zh);
  const RecordId self = own->book.settings.owner_manager_id;
  if (role == share::ShareRole::manager && self.empty())
    return refuse(*book_path + ": the book names no owner manager (settings.owner_manager_id), so it has no folder "
                               "on the share",
                  *book_path + "：此数据未指定所属客户经理（settings.owner_manager_id），共享上没有它的文件夹");
  const FileCodec codec{own->encrypted, own->passphrase};

  const bool over_http = target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0;
  std::unique_ptr<share::ShareTransport> transport;
  if (over_http) {
    transport = std::make_unique<ShareHttpTransport>(target, user, password);
  } else {
    std::error_code ec;
    if (!std::filesystem::is_directory(target, ec))
      return refuse(target + " is not a folder", target + " 不是文件夹");
    transport = std::make_unique<ShareFolderTransport>(target);
  }
  share::SessionOptions options;
  options.role = role;
  options.self = self;
  options.hash = content_hash;
  options.wait = [](int64_t ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); };
  share::ShareSession session(*transport, options);

  share::ShareSyncRequest request;
  request.role = role;
  request.self = self;
  request.today = *today;
  request.confirm_deletions = args->has("confirm-deletions");
  request.now_ms = now_ms;
  const share::ShareFileCodec file_codec{[&](const std::string& json) { return codec.encode(json); },
                                         [&](const std::string& bytes) { return codec.json_of(bytes); }};
  const share::ShareSyncOutcome sync = share::sync_with_share(session, own->book, request, file_codec);

  if (sync.status == share::ShareSyncStatus::refused) {
    const Problem& p = *sync.problem;
    const bool deletions = p.code == "confirm_deletions";
    return refuse(p.describe_en() + (deletions ? "; run again with --confirm-deletions to apply it" : ""),
                  p.describe_zh() + (deletions ? "；确认后加 --confirm-deletions 再运行" : ""));
  }
  for (const share::SkippedFile& f : sync.skipped)
    std::fprintf(stderr, "rmplanner sync: skipped %s: %s / 已跳过：%s\n", f.path.c_str(), f.problem.describe_en().c_str(),
                 f.problem.describe_zh().c_str());

  // BOOK keeps what was pulled and verified, even when a push failed.
  if (sync.book_changed && !native::write_file_atomic(*book_path, codec.encode(save_bundle(sync.book)), &error)) {
    std::fprintf(stderr, "rmplanner sync: cannot write %s: %s\n", book_path->c_str(), error.c_str());
    return 1;
  }
  nlohmann::json out = {{"share", target}, {"book", *book_path},
                        {"as", role == share::ShareRole::manager ? "manager" : "supervisor"}};
  if (!self.empty()) out["manager"] = self.str();
  out.update(share::share_sync_json(sync));
  out["book_written"] = sync.book_changed;
  const size_t conflicts = out["conflicts"].get<size_t>();
  std::printf("%s\n", out.dump(2).c_str());
  if (sync.status == share::ShareSyncStatus::share_failed) {
    print_problem(*sync.problem);
    return 1;
  }
  return conflicts == 0 ? 0 : 3;
}

}  // namespace rm::cli
