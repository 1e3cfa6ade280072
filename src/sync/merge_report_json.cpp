#include "sync/merge_report_json.h"

#include "core/model/hlc.h"

namespace rm {

namespace {

using nlohmann::json;

json names(const std::vector<MergeChange>& changes, size_t max_names) {
  json out = json::array();
  for (size_t i = 0; i < changes.size() && i < max_names; ++i)
    out.push_back(json{{"id", changes[i].id.str()}, {"label", changes[i].label}});
  return out;
}

// A conflict's values are bundle JSON text; shown as values, not as strings of JSON.
json value_of(const std::string& text) {
  json v = json::parse(text, nullptr, false);
  return v.is_discarded() ? json(text) : v;
}

}  // namespace

json merge_report_json(const MergeReport& report, size_t max_names) {
  json kinds = json::array();
  for (const MergeKindReport& k : report.kinds) {
    if (k.added + k.updated + k.deleted + k.revived == 0) continue;
    kinds.push_back(json{{"kind", k.kind},
                         {"added", k.added},
                         {"updated", k.updated},
                         {"deleted", k.deleted},
                         {"revived", k.revived},
                         {"unchanged", k.unchanged},
                         {"added_records", names(k.added_records, max_names)},
                         {"updated_records", names(k.updated_records, max_names)},
                         {"deleted_records", names(k.deleted_records, max_names)},
                         {"revived_records", names(k.revived_records, max_names)}});
  }
  json conflicts = json::array();
  for (const MergeConflict& c : report.conflicts)
    conflicts.push_back(json{{"kind", c.kind},
                             {"id", c.id.str()},
                             {"label", c.label},
                             {"field", c.field},
                             {"value", value_of(c.value)},
                             {"stamp", hlc_text(c.stamp)},
                             {"other_value", value_of(c.other_value)},
                             {"other_stamp", hlc_text(c.other_stamp)},
                             {"other_actor", c.other_stamp.actor.str()}});
  return json{{"added", report.added()},
              {"updated", report.updated()},
              {"deleted", report.deleted()},
              {"revived", report.revived()},
              {"unchanged", report.unchanged()},
              {"kinds", std::move(kinds)},
              {"conflicts", std::move(conflicts)},
              {"clamped_stamps", report.clamped_stamps},
              {"clamped_paths", report.clamped_paths}};
}

json deletion_check_json(const DeletionCheck& check) {
  return json{{"needs_confirmation", check.needs_confirmation},
              {"deleted", check.deleted},
              {"kind", check.kind},
              {"kind_deleted", check.kind_deleted},
              {"kind_live", check.kind_live}};
}

}  // namespace rm
