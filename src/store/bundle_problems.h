// The problems a bundle can have, each with its machine code and its message
// in English and Chinese. One place, so the two languages stay in step and
// the codes stay stable for scripts that read `rmplanner validate` output.
#pragma once
#include <string>
#include <string_view>

#include "core/problem.h"

namespace rm::bundle {

Problem not_json(size_t line, size_t column, std::string_view detail);
Problem too_large(size_t bytes);
Problem not_a_bundle(std::string path);
Problem missing(std::string path);
Problem wrong_type(std::string path, std::string_view expected_en, std::string_view expected_zh);
Problem not_a_date(std::string path);
Problem not_a_timestamp(std::string path);
Problem not_an_id(std::string path);
Problem not_a_stamp(std::string path);
Problem out_of_range(std::string path, long long lo, long long hi);
Problem unknown_code(std::string path, std::string_view code);
Problem unknown_field(std::string path);
Problem duplicate_key(std::string path);
Problem empty_text(std::string path);
Problem no_such_lunar_date(std::string path);
Problem stamp_before_creation(std::string path);
// An imported file's change stamp is more than a day ahead of this device's
// clock, or its counter is near the largest a stamp can hold.
Problem stamp_in_future(std::string path);
Problem stamp_counter_too_large(std::string path);
// An import bigger than the app can hold in memory.
Problem too_many_records(size_t limit);
Problem too_deep(size_t limit);
Problem out_of_memory();
// A journal entry that would not load back on top of the book.
Problem journal_check_failed(const Problem& why);
Problem duplicate_id(std::string path, std::string_view id);
Problem dangling_reference(std::string path, std::string_view id);
Problem newer_schema(int found, int supported);
Problem older_schema_unsupported(int found, int oldest);

}  // namespace rm::bundle
