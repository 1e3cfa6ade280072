// String table of the Clients screen (客户).
#pragma once
#include "ui/text.h"

namespace rm::ui::clients_text {

inline constexpr Text kSearchHint{"搜索：姓名、电话、客户号、拼音或首字母（Ctrl+K）",
                                  "Search: name, phone, client id, pinyin or initials (Ctrl+K)"};
inline constexpr Text kCount{"%d 位客户", "%d clients"};
inline constexpr Text kCountOf{"%d / %d 位客户", "%d of %d clients"};
inline constexpr Text kSelected{"已选 %d 位", "%d selected"};

// Columns
inline constexpr Text kColName{"姓名", "Name"};
inline constexpr Text kColTier{"等级", "Tier"};
inline constexpr Text kColAum{"日均资产（元）", "AUM (CNY)"};
inline constexpr Text kColAge{"年龄", "Age"};
inline constexpr Text kColLifeStage{"人生阶段", "Life stage"};
inline constexpr Text kColRisk{"风险等级", "Risk level"};
inline constexpr Text kColLastContact{"最近联络", "Last contact"};
inline constexpr Text kColDaysSince{"未联络天数", "Days since"};
inline constexpr Text kColNextMaturity{"下次到期", "Next maturity"};
inline constexpr Text kColManager{"客户经理", "Manager"};
inline constexpr Text kColTags{"标签", "Tags"};
inline constexpr Text kColClientId{"客户号", "Client id"};
inline constexpr Text kColPhone{"电话", "Phone"};

// Values
inline constexpr Text kNoTier{"未达分层标准", "Below every tier"};
inline constexpr Text kOverrideMarker{"（人工）", " (manual)"};
inline constexpr Text kOverrideTip{"人工认定的等级，优先于按资产计算的等级", "Tier set by hand; it wins over the computed tier"};
inline constexpr Text kExpired{"（已过期）", " (expired)"};
inline constexpr Text kNeverAssessed{"未测评", "Not assessed"};
inline constexpr Text kUnassigned{"未分配", "Unassigned"};
inline constexpr Text kNoStage{"无", "None"};
inline constexpr Text kNone{"—", "—"};

// Filters
inline constexpr Text kFilterTier{"等级", "Tier"};
inline constexpr Text kFilterOrientation{"导向", "Orientation"};
inline constexpr Text kFilterOccupation{"职业", "Occupation"};
inline constexpr Text kFilterLifeStage{"人生阶段", "Life stage"};
inline constexpr Text kFilterRisk{"风险等级", "Risk level"};
inline constexpr Text kFilterManager{"客户经理", "Manager"};
inline constexpr Text kAny{"全部", "Any"};
// A filter's box: its name and what is chosen; the colon is the language's own.
inline constexpr Text kFacetPreview{"%s：%s", "%s: %s"};
inline constexpr Text kNSelected{"已选 %d 项", "%d chosen"};
inline constexpr Text kFilterOverdue{"有逾期事项", "Overdue items"};
inline constexpr Text kFilterMaturing{"天内到期", "days to maturity"};
inline constexpr Text kFilterNoContact{"天以上未联络", "days without contact"};
inline constexpr Text kClearFilters{"清除筛选", "Clear filters"};
inline constexpr Text kExpiredAssessment{"测评已过期", "Assessment expired"};

// Saved views
inline constexpr Text kViews{"已存视图", "Saved views"};
inline constexpr Text kNoViews{"（暂无）", "(none yet)"};
inline constexpr Text kViewNameHint{"视图名称", "View name"};
inline constexpr Text kSaveView{"保存视图", "Save view"};
inline constexpr Text kDeleteView{"删除视图", "Delete view"};
inline constexpr Text kDeleteViewConfirm{"删除视图“%s”？", "Delete the view \"%s\"?"};
inline constexpr Text kDelete{"删除", "Delete"};
inline constexpr Text kCancel{"取消", "Cancel"};

// Selection and bulk actions
inline constexpr Text kSelectAll{"全选可见", "Select all visible"};
inline constexpr Text kSelectNone{"取消选择", "Clear selection"};
inline constexpr Text kAssignTo{"分配给", "Assign to"};
inline constexpr Text kChooseManager{"选择客户经理", "Choose a manager"};
inline constexpr Text kAssign{"分配", "Assign"};
inline constexpr Text kTagHint{"标签", "Tag"};
inline constexpr Text kAddTag{"添加标签", "Add tag"};
inline constexpr Text kExport{"导出所选（CSV）…", "Export selection (CSV)…"};
inline constexpr Text kExportConsent{
    "我明白：CSV 不加密，所选 %d 位客户的姓名、电话、资产、年龄、风险等级、联络日期和标签将以明文离开本应用，任何拿到文件的人都能读取。",
    "I understand: the CSV is not encrypted; the names, phones, assets, ages, risk levels, contact dates and tags of the "
    "%d selected clients leave the app as plain text that anyone with the file can read."};
inline constexpr Text kEmptyBook{"客户簿中还没有客户。", "The book has no clients yet."};
inline constexpr Text kNoMatch{"没有符合条件的客户。", "No client matches."};
inline constexpr Text kHelp{"单击选择，Ctrl/Shift+单击多选，双击打开。键盘：在搜索框按回车或下方向键进入列表，"
                            "方向键移动，空格选中，回车打开，Esc 回到搜索框。",
                            "Click to select, Ctrl/Shift-click for more, double-click opens. Keyboard: Enter or Down in "
                            "the search goes to the list; arrows move, Space selects, Enter opens, Esc goes back."};

}  // namespace rm::ui::clients_text
