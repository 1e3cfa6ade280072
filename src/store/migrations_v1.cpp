// Schema 1 → 2. Version 1 (the first prototype's files) differed in four ways:
//  - record stamps were wall-clock integers plus an author, no HLC, no
//    per-field clocks: {"author", "created_ms", "updated_ms"};
//  - a client's birthday was one text, solar "YYYY-MM-DD" or lunar
//    "lunar:YYYY-MM-DD" / "lunar:YYYY-LMM-DD" (L marks a leap month);
//  - a client had one `phone` text instead of `contact_points`;
//  - assets were whole yuan (`aum_yuan`, `elsewhere_yuan`), not fen.
// Version-1 files were never merged, so the unknown per-field history is
// taken to be the record's creation: every field carries `created`.
#include <string>

#include "core/model/uuid.h"
#include "store/bundle_problems.h"
#include "store/bundle_schema.h"
#include "store/migrations.h"

namespace rm {

namespace {
using nlohmann::json;

struct Migration {
  Problems& problems;
  size_t max;
  bool full() const { return problems.size() >= max; }
  void add(Problem p) {
    if (!full()) problems.push_back(std::move(p));
  }

  static bool whole_number(const json& j, int64_t lo, int64_t hi, int64_t& out) {
    if (!j.is_number_integer()) return false;
    if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) return false;
    out = j.get<int64_t>();
    return out >= lo && out <= hi;
  }

  void record(json& rec, const std::string& path) {
    if (!rec.is_object()) return add(bundle::wrong_type(path, "an object", "对象"));
    std::string author;
    int64_t created_ms = 0, updated_ms = 0;
    const auto a = rec.find("author");
    if (a == rec.end() || !a->is_string() || !is_uuid(a->get_ref<const json::string_t&>())) {
      add(a == rec.end() ? bundle::missing(path + ".author") : bundle::not_an_id(path + ".author"));
    } else {
      author = a->get<std::string>();
    }
    const auto c = rec.find("created_ms");
    if (c == rec.end()) {
      add(bundle::missing(path + ".created_ms"));
    } else if (!whole_number(*c, 0, INT64_MAX, created_ms)) {
      add(bundle::out_of_range(path + ".created_ms", 0, INT64_MAX));
    }
    updated_ms = created_ms;
    if (const auto u = rec.find("updated_ms"); u != rec.end() && !whole_number(*u, created_ms, INT64_MAX, updated_ms))
      add(bundle::out_of_range(path + ".updated_ms", created_ms, INT64_MAX));
    rec.erase("author");
    rec.erase("created_ms");
    rec.erase("updated_ms");
    rec["created"] = std::to_string(created_ms) + ":0:" + author;
    if (updated_ms != created_ms) rec["updated"] = std::to_string(updated_ms) + ":0:" + author;
  }

  void client(json& rec, const std::string& path) {
    if (!rec.is_object()) return;
    if (const auto b = rec.find("birthday"); b != rec.end() && b->is_string()) {
      const std::string text = b->get<std::string>();
      if (text.rfind("lunar:", 0) == 0) {
        json lunar;
        if (!parse_lunar(text.substr(6), lunar)) return add(bundle::not_a_date(path + ".birthday"));
        rec.erase("birthday");
        rec["lunar_birthday"] = std::move(lunar);
      }
    }
    if (const auto p = rec.find("phone"); p != rec.end()) {
      if (!p->is_string()) return add(bundle::wrong_type(path + ".phone", "text", "文本"));
      json point = {{"channel", "phone"}, {"value", *p}};
      rec.erase("phone");
      if (!point["value"].get_ref<const json::string_t&>().empty()) rec["contact_points"] = json::array({point});
    }
    yuan_to_fen(rec, "aum_yuan", "average_daily_assets", path);
    yuan_to_fen(rec, "elsewhere_yuan", "assets_elsewhere", path);
  }

  void yuan_to_fen(json& rec, const char* from, const char* to, const std::string& path) {
    const auto it = rec.find(from);
    if (it == rec.end()) return;
    int64_t yuan = 0;
    if (!whole_number(*it, 0, bundle::kMoney.hi / 100, yuan))
      return add(bundle::out_of_range(path + "." + from, 0, bundle::kMoney.hi / 100));
    rec.erase(from);
    rec[to] = yuan * 100;
  }

  // "YYYY-MM-DD" or "YYYY-LMM-DD"; whether the day exists is checked by the
  // v2 reader like any lunar date.
  static bool parse_lunar(const std::string& s, json& out) {
    const bool leap = s.size() == 11 && s[5] == 'L';
    const std::string plain = leap ? s.substr(0, 5) + s.substr(6) : s;
    if (plain.size() != 10 || plain[4] != '-' || plain[7] != '-') return false;
    int parts[3] = {0, 0, 0};
    const size_t pos[3][2] = {{0, 4}, {5, 2}, {8, 2}};
    for (int i = 0; i < 3; ++i) {
      for (size_t k = pos[i][0]; k < pos[i][0] + pos[i][1]; ++k) {
        if (plain[k] < '0' || plain[k] > '9') return false;
        parts[i] = parts[i] * 10 + (plain[k] - '0');
      }
    }
    out = {{"year", parts[0]}, {"month", parts[1]}, {"day", parts[2]}};
    if (leap) out["leap"] = true;
    return true;
  }
};

}  // namespace

void migrate_record(std::string_view array, json& record, const std::string& path, int from_version,
                    Problems& problems, size_t max) {
  if (from_version > 1) return;
  Migration m{problems, max};
  m.record(record, path);
  if (array == "clients") m.client(record, path);
}

void migrate_envelope(json& envelope, int from_version, Problems& problems, size_t max) {
  if (from_version > 1) return;
  Migration m{problems, max};
  if (envelope.contains("scope")) m.add(bundle::unknown_field("scope"));
  if (const auto s = envelope.find("settings"); s != envelope.end()) m.record(*s, "settings");
  envelope["schema_version"] = 2;
}

// Schema 2 → 3 only added clients' `liquidity_needs`; a version-2 file has
// none, which is what an absent key means, so there is nothing to convert.
// Schema 4 → 5 only added contacts' `kind`; a version-4 contact has none,
// and an absent kind means what the channel (and `meeting`) implied, read in
// one place (contact_kind, core/model/contact.h): nothing to convert either.
// Schema 5 → 6 only added clients' `asset_history`, products'
// `redemption_days` and cross-sell rows' `source`; absent, they mean no
// earlier readings (the tier is today's throughout), money the next day, and
// an example row.
// Schema 6 → 7 only added opportunities' source, probability, expected close
// and step moves, plan goals' kind, complaint steps' `by`, clients' credit
// factors and the settings' profit rates; absent, each means "not recorded"
// (or the default rates), so nothing is converted.

}  // namespace rm
