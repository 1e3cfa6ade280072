// String table of the conflict list (ui/screens/conflicts.h).
#pragma once
#include "ui/text.h"

namespace rm::ui::conflict_text {

inline constexpr Text kTitle{"待解决的冲突（两边都改过同一项）", "Conflicts to settle (both sides changed the same field)"};
inline constexpr Text kLine{"%s · %s：当前“%s”，另一方“%s”（%s）", "%s · %s: now \"%s\", other side \"%s\" (%s)"};
inline constexpr Text kKeep{"保留当前", "Keep current"};
inline constexpr Text kTake{"采用另一个", "Take the other"};

}  // namespace rm::ui::conflict_text
