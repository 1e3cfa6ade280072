// String table of the Settings screen.
#pragma once
#include "ui/text.h"

namespace rm::ui::settings_text {

inline constexpr Text kDemoData{"演示数据", "Demo data"};
inline constexpr Text kNoDemoData{"当前没有演示数据。", "There is no demo data in this book."};
inline constexpr Text kDemoClients{"本客户簿含 %lld 位演示客户（非真实客户）。",
                                   "This book holds %lld demo clients (not real people)."};
inline constexpr Text kRemoveDemo{"删除全部演示数据", "Remove all demo data"};
inline constexpr Text kRemoveDemoConfirm{"删除所有演示记录？您自己录入的记录不受影响。此操作不可撤销。",
                                         "Remove every demo record? Records you entered yourself stay. This cannot be undone."};
inline constexpr Text kRemove{"删除", "Remove"};
inline constexpr Text kCancel{"取消", "Cancel"};

}  // namespace rm::ui::settings_text
