// UI strings: every text a person reads is a Text {zh, en} kept in the string
// table of its screen (src/ui/strings/*.h), and drawn through tr().
#pragma once
#include "ui/strings.h"

namespace rm::ui {

struct Text {
  const char* zh;
  const char* en;
};

inline const char* tr(const Text& t) { return language() == Language::Chinese ? t.zh : t.en; }

}  // namespace rm::ui
