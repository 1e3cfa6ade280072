// The binary payload of a local snapshot (`snap-N.rms`): the whole Book in a
// compact, fast-to-read form. The JSON bundle stays the format for export,
// backups and plan files; this one exists because opening a 50 000-client
// book from bundle JSON (≈500 bytes and a small DOM per record) took tens of
// seconds in the browser. docs/storage.md "Snapshot payload" has the layout.
//
// The codec walks bundle_schema.h like the JSON writer and reader do, so a
// field added there is stored without touching this code, and an older
// snapshot (without that field) still opens: its header lists the keys it
// was written with, and fields it lacks keep their defaults.
//
// Decoding trusts nothing: every read is bounds-checked, counts are checked
// against the bytes left before anything is reserved, codes, flags and
// ranges are checked, trailing bytes are refused. It returns a whole Book or
// one Problem, never half a book. It does not repeat the bundle loader's
// cross-record checks (duplicate ids, references): a snapshot is written
// from a book that passed them, and the envelope's tag or CRC has already
// proven the bytes are the ones written.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/book.h"
#include "core/problem.h"

namespace rm {

// The first 6 bytes of every snapshot payload. A JSON payload starts with
// '{', so one byte tells the two apart (`is_binary_snapshot`).
inline constexpr std::string_view kSnapshotMagic = "RMSNAP";
// Bumped when the layout of the payload itself changes (not when the schema
// gains a field: that is handled by the key list in the header). Version 2
// added back-references to UUIDs seen earlier in the payload and `created`
// stamps relative to the previous record; version 3 the replaced stamps and
// kept conflicts of a record (flag kMergeInfo). Stores hold version-1 payloads, so
// the decoder keeps reading them; the encoder writes only the newest version.
inline constexpr uint16_t kSnapshotFormatVersion = 3;

// Writes format version kSnapshotFormatVersion.
std::string encode_snapshot(const Book& book);

// Reads format versions 1 to kSnapshotFormatVersion. Problem codes:
// `not_a_snapshot` (no magic), `snapshot_newer_version` (a newer format
// version, or fields this version does not know),
// `snapshot_corrupt` (anything else; the message names the byte offset and,
// when known, the path is the record, e.g. "clients[17]").
Result<Book> decode_snapshot(std::string_view bytes);

// True when BYTES start with the magic (a binary snapshot) rather than with
// JSON. Cheap; says nothing about whether the rest is intact.
bool is_binary_snapshot(std::string_view bytes);

}  // namespace rm
