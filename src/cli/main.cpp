// rmplanner: the core of RM Planner on the command line, for branch IT and
// scripting. Each command lives in its own cmd_*.cpp; this file only
// dispatches.
#include <cstdio>
#include <cstring>
#include <new>

#include "cli/commands.h"

namespace {
using rm::cli::Command;

constexpr Command kCommands[] = {
    {"demo", "write a deterministic demo book", rm::cli::cmd_demo},
    {"validate", "check a data file and list its problems", rm::cli::cmd_validate},
    {"stats", "summarise a data file as JSON (tiers, ratios, assessments)", rm::cli::cmd_stats},
    {"agenda", "plan whom to meet, call or message, day by day (JSON)", rm::cli::cmd_agenda},
    {"compliance", "contact-rule compliance of a year, per client and rule (JSON)", rm::cli::cmd_compliance},
    {"workload", "what the contact rules demand a year, week and day, per tier (JSON)", rm::cli::cmd_workload},
    {"holidays", "Chinese holidays and festivals of a year (JSON)", rm::cli::cmd_holidays},
    {"apply", "apply user actions (commands, JSON lines) to a book, as the app does", rm::cli::cmd_apply},
    {"backup", "encrypt a bundle JSON into a backup file the app imports (or seal it to a public key)", rm::cli::cmd_backup},
    {"keygen", "make a key pair that plan files are sealed to (PREFIX.pub.json, PREFIX.key.pem)", rm::cli::cmd_keygen},
    {"merge", "merge two books field by field into a third; conflicts as JSON", rm::cli::cmd_merge},
    {"branch-report", "the supervisor's dashboard over a folder of managers' files (JSON)", rm::cli::cmd_branch_report},
    {"plan", "write a client's financial plan (理财规划书) as a print-ready HTML file", rm::cli::cmd_plan},
    {"report", "a manager's weekly pipeline table and summary, or monthly sales analysis (JSON)", rm::cli::cmd_report},
    {"sync", "sync a book with a WebDAV share or a folder: pull, merge, push, verify", rm::cli::cmd_sync},
};

void usage(std::FILE* out) {
  std::fprintf(out,
               "usage: rmplanner <command> [options]\n"
               "       rmplanner <command> --help\n\n"
               "commands:\n");
  for (const Command& c : kCommands) std::fprintf(out, "  %-14s %s\n", c.name, c.summary);
  std::fprintf(out,
               "\nEvery command that reads a book also reads an encrypted backup (the app's\n"
               "default export) given its passphrase with --passphrase-file F or the\n"
               "RMPLANNER_PASSPHRASE environment variable (never on the command line), and a\n"
               "file sealed to a public key given --key PREFIX.key.pem.\n");
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return 0;
  }
  for (const Command& c : kCommands) {
    if (std::strcmp(argv[1], c.name) != 0) continue;
    // The loader bounds what a file may make it build (bundle.h); a file
    // that still needs more memory than the machine has is refused in plain
    // words, not with an abort. Nothing is written before a book is loaded.
    try {
      return c.run(argc - 1, argv + 1);
    } catch (const std::bad_alloc&) {
      std::fprintf(stderr, "rmplanner %s: not enough memory for this file; nothing was written\n", c.name);
      return 1;
    }
  }
  std::fprintf(stderr, "rmplanner: unknown command \"%s\" (see rmplanner --help)\n", argv[1]);
  return 2;
}
