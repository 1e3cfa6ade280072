// Record ids are UUID version 4 in canonical lowercase text
// ("0f8fad5b-d9cb-469f-a165-70867728950e"). The core draws no entropy itself:
// the caller supplies 64-bit random words (WebCrypto in the browser, a seeded
// PRNG for the demo and the tests), which keeps the core pure and the demo
// book byte-for-byte reproducible.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/model/record_id.h"

namespace rm {

using Random64 = std::function<uint64_t()>;

// Sets the version (4) and variant (10xx) bits of the 128 random bits.
std::string make_uuid_v4(uint64_t high, uint64_t low);
std::string new_uuid(const Random64& random);
// The same id as new_uuid, without the text.
RecordId new_record_id(const Random64& random);

// Canonical 8-4-4-4-12 lowercase hexadecimal form; any version is accepted so
// ids minted by other tools stay loadable.
bool is_uuid(std::string_view text);

}  // namespace rm
