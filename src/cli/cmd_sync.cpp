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
#include <set>
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
#include "sync/hand_in.h"
#include "sync/import_safety.h"
#include "sync/merge.h"
#include "sync/review_file.h"
#include "sync/share/share_problem.h"
#include "sync/share/share_session.h"

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

nlohmann::json problem_json(const Problem& p) {
  return {{"code", p.code}, {"path", p.path}, {"en", p.message_en}, {"zh", p.message_zh}};
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
  Result<Book> decode(const std::string& bytes) const {
    auto json = json_of(bytes);
    if (!json) return json.problem();
    return load_bundle(json.value());
  }
};

// A book merged with plan-scope files (hand-ins, review files) may name
// records those files left out — a hand-in's client without its household.
// Such a book is no longer whole, so it takes scope `plan` (only `book`
// requires every reference to resolve: docs/data-format.md, "The bundle")
// and loads again. Any other problem is left for the loader to report.
void settle_scope(Book& book) {
  if (book.export_info.scope != BundleScope::book) return;
  const BundleLoad check = load_bundle_checked(save_bundle(book), 20);
  if (check.book || check.problems.empty()) return;
  for (const Problem& p : check.problems)
    if (p.code != "dangling_reference") return;
  book.export_info.scope = BundleScope::plan;
}

struct Pull {
  std::string path;
  MergeReport report;
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

  nlohmann::json out = {{"share", target}, {"book", *book_path},
                        {"as", role == share::ShareRole::manager ? "manager" : "supervisor"}};
  if (!self.empty()) out["manager"] = self.str();
  nlohmann::json pulled = nlohmann::json::array(), skipped = nlohmann::json::array(),
                 pushed = nlohmann::json::array(), unchanged = nlohmann::json::array();

  // A failure of the share itself: BOOK keeps what was pulled (written by the caller).
  std::optional<Problem> failure;
  const auto share_failed = [&](const Problem& p) {
    failure = p;
    out["error"] = problem_json(p);
  };

  // The share answers at all, as WebDAV, to this user.
  if (auto root = session.list(""); !root) {
    print_problem(root.problem());
    out["error"] = problem_json(root.problem());
    std::printf("%s\n", out.dump(2).c_str());
    return 1;
  }

  Book merged = own->book;
  const std::string original_json = save_bundle(merged);
  std::vector<Pull> pulls;
  const int64_t now = now_ms();
  // Merges the file at PATH into MERGED; an unreadable one is skipped, not fatal.
  const auto pull_file = [&](const share::RemoteFile& file) {
    auto book = codec.decode(file.bytes);
    if (!book) {
      skipped.push_back({{"path", file.path}, {"code", book.problem().code}, {"en", book.problem().describe_en()},
                         {"zh", book.problem().describe_zh()}});
      std::fprintf(stderr, "rmplanner sync: skipped %s: %s / 已跳过：%s\n", file.path.c_str(),
                   book.problem().describe_en().c_str(), book.problem().describe_zh().c_str());
      return false;
    }
    MergeResult m = merge_books(merged, book.value(), now);
    merged = std::move(m.book);
    pulls.push_back({file.path, std::move(m.report)});
    return true;
  };
  // Reads every content-named file in FOLDER and merges it.
  const auto pull_folder = [&](const std::string& folder) -> bool {
    auto listing = session.list(folder);
    if (!listing) {
      share_failed(listing.problem());
      return false;
    }
    for (const share::DavEntry& e : listing->entries) {
      if (e.collection || !share::is_content_name(e.name)) continue;
      auto file = session.read(folder + e.name);
      if (!file) {
        share_failed(file.problem());
        return false;
      }
      if (file->exists) pull_file(file.value());  // gone since the listing: nothing to do
    }
    return true;
  };

  // ---- Pull ----
  share::RemoteFile remote_book;
  std::set<std::string> hand_ins_there;
  std::vector<RecordId> managers_pulled;
  if (role == share::ShareRole::manager) {
    auto file = session.read(share::book_file(self));
    if (!file) share_failed(file.problem());
    else remote_book = file.value();
    // The share holding exactly this book (the last push, from here) has nothing to merge.
    const auto remote_json = remote_book.exists ? codec.json_of(remote_book.bytes) : Result<std::string>(std::string());
    if (!failure && remote_book.exists && !(remote_json && remote_json.value() == original_json)) {
      // Her own book from another device must open, or pushing over it would lose its work.
      auto book = codec.decode(remote_book.bytes);
      if (!book)
        return refuse(remote_book.path + " on the share cannot be opened as this book's: " +
                          book.problem().describe_en(),
                      "共享上的 " + remote_book.path + " 无法按此数据打开：" + book.problem().describe_zh());
      pull_file(remote_book);
    }
    if (!failure) pull_folder(share::review_folder(self));
    // Her own hand-ins are already in her book: only their names are needed.
    if (!failure) {
      auto listing = session.list(share::hand_in_folder(self));
      if (!listing) share_failed(listing.problem());
      else
        for (const share::DavEntry& e : listing->entries) hand_ins_there.insert(e.name);
    }
  } else {
    auto listing = session.list(std::string(share::kManagersFolder));
    if (!listing) share_failed(listing.problem());
    for (const share::DavEntry& e : listing ? listing->entries : std::vector<share::DavEntry>{}) {
      const auto id = RecordId::parse(e.name);
      if (!e.collection || !id || id->empty() || failure) continue;
      managers_pulled.push_back(*id);
      pull_folder(share::hand_in_folder(*id));
    }
  }

  // Many deletions from pulled files wait for a confirmation (docs/data-format.md, "Importing safely").
  if (!args->has("confirm-deletions")) {
    for (const Pull& p : pulls) {
      const DeletionCheck check = check_deletions(own->book, p.report);
      if (!check.needs_confirmation) continue;
      return refuse(p.path + " would delete " + std::to_string(check.deleted) + " records (" +
                        std::to_string(check.kind_deleted) + " of " + std::to_string(check.kind_live) + " " +
                        check.kind + "); run again with --confirm-deletions to apply it",
                    p.path + " 将删除 " + std::to_string(check.deleted) + " 条记录（" + check.kind + " " +
                        std::to_string(check.kind_live) + " 条中的 " + std::to_string(check.kind_deleted) +
                        " 条）；确认后加 --confirm-deletions 再运行");
    }
  }
  if (!pulls.empty()) settle_scope(merged);

  // ---- Push ----
  share::ShareSyncState state;
  const auto record = [&](const share::VerifiedWrite& w) {
    state.advance(w, now_ms());
    pushed.push_back({{"path", w.path()}, {"bytes", w.bytes().size()}, {"validator", w.validator()},
                      {"attempts", w.attempts()}, {"already_there", w.already_there()}});
  };
  // Writes a content-named file of JSON into FOLDER unless it is there.
  const auto push_named = [&](const std::string& folder, const std::string& json, const std::set<std::string>* there) {
    const std::string hash = content_hash(json);
    if (there && there->count(hash + std::string(share::kFileSuffix))) {
      unchanged.push_back(share::content_named(folder, hash));
      return;
    }
    if (auto made = session.ensure_folder(folder); !made) return share_failed(made.problem());
    auto w = session.create_content_named(folder, hash, codec.encode(json), [&](const std::string& remote) {
      auto inner = codec.json_of(remote);
      return inner && content_hash(inner.value()) == hash;
    });
    if (!w) return share_failed(w.problem());
    record(w.value());
  };

  if (!failure && role == share::ShareRole::manager) {
    const std::string path = share::book_file(self);
    const std::string json = save_bundle(merged);
    auto remote_json = remote_book.exists ? codec.json_of(remote_book.bytes) : Result<std::string>(std::string());
    if (remote_book.exists && remote_json && remote_json.value() == json) {
      unchanged.push_back(path);  // the share holds exactly this book: the read verified it
    } else if (auto made = session.ensure_folder(share::manager_folder(self)); !made) {
      share_failed(made.problem());
    } else {
      auto w = session.replace(path, codec.encode(json), remote_book,
                               [&](const share::RemoteFile& now_there) -> Result<std::string> {
                                 auto theirs = codec.decode(now_there.bytes);
                                 if (!theirs) return theirs.problem();
                                 MergeResult m = merge_books(merged, theirs.value(), now_ms());
                                 merged = std::move(m.book);
                                 settle_scope(merged);
                                 pulls.push_back({now_there.path, std::move(m.report)});
                                 return codec.encode(save_bundle(merged));
                               });
      if (w) record(w.value());
      else share_failed(w.problem());
    }
    if (!failure) push_named(share::hand_in_folder(self), save_bundle(weekly_hand_in(merged, *today)), &hand_ins_there);
  } else if (!failure) {
    for (const RecordId& manager : managers_pulled) {
      if (failure) break;
      const std::string folder = share::review_folder(manager);
      auto listing = session.list(folder);
      if (!listing) {
        share_failed(listing.problem());
        break;
      }
      std::set<std::string> there;
      for (const share::DavEntry& e : listing->entries) there.insert(e.name);
      push_named(folder, save_bundle(review_file_for(merged, manager)), &there);
    }
  }

  // ---- BOOK: what was pulled and verified, even when a push failed ----
  const std::string merged_json = save_bundle(merged);
  const bool changed = merged_json != original_json;
  if (changed && !native::write_file_atomic(*book_path, codec.encode(merged_json), &error)) {
    std::fprintf(stderr, "rmplanner sync: cannot write %s: %s\n", book_path->c_str(), error.c_str());
    return 1;
  }
  const auto conflicts = open_conflicts(merged);
  // Every merge, those a 412 or a foreign read-back made during the push too.
  for (const Pull& p : pulls)
    pulled.push_back({{"path", p.path}, {"added", p.report.added()}, {"updated", p.report.updated()},
                      {"deleted", p.report.deleted()}, {"revived", p.report.revived()}});
  out["pulled"] = pulled;
  out["skipped"] = skipped;
  out["pushed"] = pushed;
  out["unchanged"] = unchanged;
  out["book_written"] = changed;
  out["conflicts"] = conflicts.size();
  out["requests"] = session.requests();
  if (state.last_verified_ms() > 0) out["last_verified_ms"] = state.last_verified_ms();
  std::printf("%s\n", out.dump(2).c_str());
  if (failure) {
    print_problem(*failure);
    return 1;
  }
  return conflicts.empty() ? 0 : 3;
}

}  // namespace rm::cli
