// String table of the shared action widgets: destructive actions and their
// confirmation (widgets/destructive.h), copying to the clipboard
// (widgets/copy_button.h), leaving a form with typed text, and the in-memory book's notice.
#pragma once
#include "ui/text.h"

namespace rm::ui::action_text {

inline constexpr Text kCancel{"取消", "Cancel"};
inline constexpr Text kUndoableHint{"之后可按 Ctrl+Z 撤销。", "Ctrl+Z undoes it afterwards."};
inline constexpr Text kNotUndoableHint{"此操作无法撤销。", "This cannot be undone."};
// Leaving a form that holds typed text (docs/ui-style.md, "Discarding typed text").
inline constexpr Text kKeepEditing{"继续编辑", "Keep editing"};
inline constexpr Text kDiscardChanges{"放弃修改", "Discard changes"};
inline constexpr Text kDiscardTyped{"放弃已填写的内容？", "Discard what you typed?"};
inline constexpr Text kCopy{"复制", "Copy"};
inline constexpr Text kCopied{"已复制", "Copied"};
inline constexpr Text kInMemory{"演示数据仅在内存中，不会保存：关闭或刷新页面后全部丢失。",
                                "Demo data in memory only, not stored: closing or reloading the page loses it."};

}  // namespace rm::ui::action_text
