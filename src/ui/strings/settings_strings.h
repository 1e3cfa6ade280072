// String table of the Settings screen.
#pragma once
#include "ui/text.h"

namespace rm::ui::settings_text {

inline constexpr Text kStorage{"本机存储", "Storage on this computer"};
inline constexpr Text kStorageUse{"已用 %.1f MB，可用上限 %.0f MB（浏览器估算）",
                                  "%.1f MB used of %.0f MB available (browser estimate)"};
inline constexpr Text kPersisted{"浏览器已承诺不自动清除本应用数据。",
                                 "The browser has agreed not to clear this app's data on its own."};
inline constexpr Text kNotPersisted{"浏览器可能在空间紧张时清除数据：请定期导出备份。",
                                    "The browser may clear data when space runs low: export a backup regularly."};
inline constexpr Text kStorageUnknown{"存储空间信息暂不可用。", "Storage figures are not available yet."};
inline constexpr Text kLockNow{"立即锁定", "Lock now"};
inline constexpr Text kChangePassphrase{"更改口令…", "Change passphrase…"};
inline constexpr Text kEncryptOn{"开启加密…", "Turn encryption on…"};
inline constexpr Text kPlainStore{"本数据未加密：本机上的任何人都能读取。开启加密后，数据以口令加密保存。",
                                  "This book is not encrypted: anyone with this computer can read it. Turn encryption on to "
                                  "keep it under a passphrase."};
// The banner every screen shows while the stored book is plain (app_ui.cpp).
inline constexpr Text kPlainBanner{"数据未加密（演示模式）：请勿录入真实客户资料。",
                                   "This book is not encrypted (demo mode): do not enter real client data."};
inline constexpr Text kRestorePoints{"还原点…", "Restore points…"};
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
