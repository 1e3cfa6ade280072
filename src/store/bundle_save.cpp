// Writes a Book as bundle text; see bundle_schema.h for the field lists.
#include <algorithm>
#include <numeric>
#include <optional>
#include <type_traits>
#include <vector>

#include "store/bundle.h"
#include "store/bundle_schema.h"
#include "store/json_text.h"

namespace rm {

namespace {
using namespace bundle;

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  template <class T>
  void value(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
      json_text::append_string(out_, v);
    } else if constexpr (std::is_same_v<T, RecordId>) {
      id(v);
    } else if constexpr (std::is_same_v<T, bool>) {
      out_ += v ? "true" : "false";
    } else if constexpr (std::is_same_v<T, Date>) {
      json_text::append_string(out_, v.iso());
    } else if constexpr (std::is_same_v<T, RiskLevel> || std::is_same_v<T, ProductRisk>) {
      json_text::append_string(out_, risk_code(v));
    } else if constexpr (std::is_enum_v<T>) {
      json_text::append_string(out_, code_of(v));
    } else if constexpr (std::is_integral_v<T>) {
      json_text::append_int(out_, static_cast<int64_t>(v));
    } else if constexpr (IsOptional<T>::value) {
      value(*v);
    } else if constexpr (IsVector<T>::value) {
      out_ += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) out_ += ',';
        value(v[i]);
      }
      out_ += ']';
    } else {
      object(v);
    }
  }

  template <class T>
  void object(const T& v) {
    out_ += '{';
    first_ = true;
    fields(*this, v);
    out_ += '}';
    first_ = false;
  }

  // Called by fields(): writes one member unless it holds its default.
  template <class T, class... Constraints>
  void operator()(const char* key, const T& v, Constraints...) {
    if (is_default(v)) return;
    member_key(key);
    const bool saved = first_;
    value(v);
    first_ = saved;
  }

  void member_key(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    json_text::append_string(out_, key);
    out_ += ':';
  }

  void id(const RecordId& v) {
    char text[36];
    json_text::append_string(out_, std::string_view(text, v.write_text(text)));
  }

  // Identity, stamps and tombstone first, so a reader of the file sees them
  // at the start of each line.
  void meta(const RecordMeta& m) {
    member_key("id");
    id(m.id);
    member_key("created");
    json_text::append_string(out_, hlc_text(m.created));
    if (m.updated != m.created) {
      member_key("updated");
      json_text::append_string(out_, hlc_text(m.updated));
    }
    if (m.deleted) {
      member_key("deleted");
      out_ += "true";
    }
    if (m.demo) {
      member_key("demo");
      out_ += "true";
    }
    if (!m.clocks.empty()) {
      member_key("_clock");
      out_ += '{';
      for (size_t i = 0; i < m.clocks.size(); ++i) {
        if (i) out_ += ',';
        json_text::append_string(out_, m.clocks[i].field);
        out_ += ':';
        json_text::append_string(out_, hlc_text(m.clocks[i].stamp));
      }
      out_ += '}';
      // What each stamped value replaced (docs/data-format.md, "Merge"):
      // a separate object so `_clock` reads as before.
      bool any = false;
      for (const FieldStamp& f : m.clocks) {
        if (f.replaced.actor.empty()) continue;
        if (any) {
          out_ += ',';
        } else {
          member_key("_replaced");
          out_ += '{';
          any = true;
        }
        json_text::append_string(out_, f.field);
        out_ += ':';
        json_text::append_string(out_, hlc_text(f.replaced));
      }
      if (any) out_ += '}';
    }
    if (!m.conflicts.empty()) {
      member_key("_conflicts");
      out_ += '[';
      for (size_t i = 0; i < m.conflicts.size(); ++i) {
        const FieldConflict& c = m.conflicts[i];
        out_ += i ? ",{" : "{";
        json_text::append_string(out_, "field");
        out_ += ':';
        json_text::append_string(out_, c.field);
        out_ += ",\"stamp\":";
        json_text::append_string(out_, hlc_text(c.stamp));
        if (!c.replaced.actor.empty()) {
          out_ += ",\"replaced\":";
          json_text::append_string(out_, hlc_text(c.replaced));
        }
        if (c.deleted) {
          out_ += ",\"deleted\":true";
        } else {
          out_ += ",\"value\":";
          json_text::append_string(out_, c.value);
        }
        out_ += '}';
      }
      out_ += ']';
    }
  }

  template <class Record>
  void record(const Record& r) {
    out_ += '{';
    first_ = true;
    meta(r.meta);
    if (!r.meta.deleted) fields(*this, r);
    out_ += '}';
  }

 private:
  // Dates, enums and nested structs are always written: a reader should see
  // a contact's date or channel even when it happens to be the first value.
  template <class T>
  static bool is_default(const T& v) {
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, RecordId> || IsVector<T>::value) {
      return v.empty();
    } else if constexpr (IsOptional<T>::value) {
      return !v.has_value();
    } else if constexpr (std::is_same_v<T, bool>) {
      return !v;
    } else if constexpr (std::is_integral_v<T>) {
      return v == 0;
    } else {
      return false;
    }
  }

  std::string& out_;
  bool first_ = true;
};

template <class Records>
void write_array(std::string& out, Writer& w, std::string_view key, const Records& records) {
  out += ",\n  ";
  json_text::append_string(out, key);
  out += ": [";
  std::vector<uint32_t> order(records.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return records[a].meta.id < records[b].meta.id; });
  for (size_t i = 0; i < order.size(); ++i) {
    out += i ? ",\n    " : "\n    ";
    w.record(records[order[i]]);
  }
  if (!order.empty()) out += "\n  ";
  out += ']';
}
}  // namespace

std::string save_bundle(const Book& book) {
  std::string out;
  // A rough size guess avoids most reallocations of a large book.
  out.reserve(static_cast<size_t>(record_count(book)) * 320 + 4096);
  Writer w(out);
  out += "{\n  \"format\": ";
  json_text::append_string(out, kBundleFormat);
  out += ",\n  \"schema_version\": ";
  json_text::append_int(out, kBundleSchemaVersion);
  out += ",\n  \"scope\": ";
  json_text::append_string(out, code_of(book.export_info.scope));
  out += ",\n  \"exported_by\": ";
  json_text::append_string(out, book.export_info.exported_by);
  out += ",\n  \"exported_at\": ";
  json_text::append_string(out, json_text::utc_timestamp(book.export_info.exported_at_ms));
  if (!book.settings.meta.id.empty()) {
    out += ",\n  \"settings\": ";
    w.record(book.settings);
  }
  for_each_record_array(book, [&](std::string_view key, const auto& records) {
    // A list added after the first books (bundle_schema.h) is left out while
    // empty, so a book that does not use it is written as older versions read it.
    if (is_optional_array(key) && records.empty()) return;
    write_array(out, w, key, records);
  });
  out += "\n}\n";
  return out;
}

}  // namespace rm
