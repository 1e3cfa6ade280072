#include "sync/share/share_sync_json.h"

namespace rm::share {

std::string_view status_code(ShareSyncStatus status) {
  switch (status) {
    case ShareSyncStatus::synced: return "synced";
    case ShareSyncStatus::refused: return "refused";
    case ShareSyncStatus::share_failed: return "share_failed";
  }
  return "share_failed";
}

nlohmann::json share_sync_json(const ShareSyncOutcome& outcome) {
  using nlohmann::json;
  json pulled = json::array(), skipped = json::array(), pushed = json::array();
  for (const PulledFile& p : outcome.pulled)
    pulled.push_back({{"path", p.path}, {"added", p.report.added()}, {"updated", p.report.updated()},
                      {"deleted", p.report.deleted()}, {"revived", p.report.revived()}});
  for (const SkippedFile& f : outcome.skipped)
    skipped.push_back({{"path", f.path}, {"code", f.problem.code}, {"en", f.problem.describe_en()},
                       {"zh", f.problem.describe_zh()}});
  for (const PushedFile& w : outcome.pushed)
    pushed.push_back({{"path", w.path}, {"bytes", w.bytes}, {"validator", w.validator}, {"attempts", w.attempts},
                      {"already_there", w.already_there}});
  json out = {{"status", status_code(outcome.status)},
              {"pulled", pulled},
              {"skipped", skipped},
              {"pushed", pushed},
              {"unchanged", outcome.unchanged},
              {"book_changed", outcome.book_changed},
              {"conflicts", open_conflicts(outcome.book).size()},
              {"requests", outcome.requests}};
  if (outcome.state.last_verified_ms() > 0) out["last_verified_ms"] = outcome.state.last_verified_ms();
  if (outcome.problem)
    out["error"] = {{"code", outcome.problem->code},
                    {"path", outcome.problem->path},
                    {"en", outcome.problem->describe_en()},
                    {"zh", outcome.problem->describe_zh()}};
  return out;
}

}  // namespace rm::share
