#include "sync/share/share_layout.h"

namespace rm::share {

std::string manager_folder(const RecordId& manager) {
  return std::string(kManagersFolder) + manager.str() + "/";
}
std::string book_file(const RecordId& manager) {
  return manager_folder(manager) + "book" + std::string(kFileSuffix);
}
std::string hand_in_folder(const RecordId& manager) { return manager_folder(manager) + "hand-ins/"; }
std::string review_folder(const RecordId& manager) { return std::string(kReviewsFolder) + manager.str() + "/"; }

std::string content_named(std::string_view folder, std::string_view content_hash) {
  return std::string(folder) + std::string(content_hash) + std::string(kFileSuffix);
}

bool is_content_name(std::string_view name) {
  if (name.size() != 64 + kFileSuffix.size() || name.substr(64) != kFileSuffix) return false;
  for (char c : name.substr(0, 64))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool may_write(ShareRole role, const RecordId& self, std::string_view path) {
  // No ".." and no empty segment: a path must mean what its prefix says.
  if (path.find("..") != std::string_view::npos || path.find("//") != std::string_view::npos) return false;
  if (role == ShareRole::supervisor) {
    // reviews/, reviews/<manager-id>/ and the content-named files in it.
    if (path == kReviewsFolder) return true;
    if (path.substr(0, kReviewsFolder.size()) != kReviewsFolder) return false;
    const std::string_view rest = path.substr(kReviewsFolder.size());
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos || !RecordId::parse(rest.substr(0, slash))) return false;
    const std::string_view file = rest.substr(slash + 1);
    return file.empty() || is_content_name(file);
  }
  if (self.empty()) return false;
  const std::string own = manager_folder(self);
  if (path == kManagersFolder) return true;  // creating the parent folder
  return path.substr(0, own.size()) == own;
}

}  // namespace rm::share
