// Where each file lives on the share (docs/data-format.md, "Sync"):
//
//   managers/<manager-id>/book.rmplanner              her whole book; only she writes it
//   managers/<manager-id>/hand-ins/<sha256>.rmplanner  her weekly hand-ins, never rewritten
//   reviews/<manager-id>/<sha256>.rmplanner           review files for her; only a supervisor writes them
//
// One writer per file, so correctness never depends on the server honouring
// If-Match (nginx does not). Files that are never rewritten are named by the
// SHA-256 of their bundle JSON: pushing one twice is a no-op, and a name
// cannot be reused for other content. A file is a bundle JSON or an
// encrypted backup (docs/storage.md, "Backups"); readers tell them apart.
#pragma once
#include <string>
#include <string_view>

#include "core/model/record_id.h"

namespace rm::share {

enum class ShareRole { manager, supervisor };

inline constexpr std::string_view kManagersFolder = "managers/";
inline constexpr std::string_view kReviewsFolder = "reviews/";
inline constexpr std::string_view kFileSuffix = ".rmplanner";

std::string manager_folder(const RecordId& manager);  // "managers/<id>/"
std::string book_file(const RecordId& manager);       // "managers/<id>/book.rmplanner"
std::string hand_in_folder(const RecordId& manager);  // "managers/<id>/hand-ins/"
std::string review_folder(const RecordId& manager);   // "reviews/<id>/"
// FOLDER + CONTENT_HASH (64 lowercase hex digits) + ".rmplanner".
std::string content_named(std::string_view folder, std::string_view content_hash);
// Whether NAME (a file name, no folder) is a content name: 64 lowercase hex + ".rmplanner".
bool is_content_name(std::string_view name);

// Whether ROLE, signed in as SELF (a manager's own id; any id for a
// supervisor), may write PATH: a manager only under her own folder, a
// supervisor only review files. Checked before every write, so a mistake
// in the caller cannot write into someone else's place.
bool may_write(ShareRole role, const RecordId& self, std::string_view path);

}  // namespace rm::share
