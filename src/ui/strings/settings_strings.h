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
inline constexpr Text kSyncTitle{"同步", "Sync"};
inline constexpr Text kSyncNote{"联网时通过银行的 WebDAV 共享与主管交换数据；离线时照常工作。",
                                "When online, the book is exchanged with your supervisor through the bank's WebDAV "
                                "share; offline you work as usual."};
inline constexpr Text kSyncSettings{"同步设置…", "Sync settings…"};
// Settings → Working calendar (settings_calendar.cpp).
inline constexpr Text kCalendar{"工作日历", "Working calendar"};
inline constexpr Text kCalendarNote{
    "工作日按国务院每年的放假安排通知计算（含调休上班）。软件内置已发布的年份；新一年的通知发布后，请在此录入。"
    "没有通知的年份按法定节假日默认规则计算，没有调休。",
    "Working days follow the State Council's yearly holiday notice, make-up working days included. The app ships the "
    "years already announced; when a new year's notice appears, enter it here. A year with no notice follows the "
    "legal default holidays, with no make-up days."};
inline constexpr Text kCalendarOwn{"%d 年：本册录入的通知", "%d: the book's own notice"};
inline constexpr Text kCalendarShipped{"%d 年：软件内置的国务院通知", "%d: the State Council notice shipped with the app"};
inline constexpr Text kCalendarDefault{"%d 年：尚无通知，按法定默认规则", "%d: no notice yet — legal default"};
inline constexpr Text kCalendarEdit{"录入", "Enter"};
inline constexpr Text kCalendarDelete{"删除", "Delete"};
inline constexpr Text kCalendarEditing{"%d 年放假安排（每行一段假期或一个调休上班日）",
                                       "Holiday notice of %d (a break or a make-up working day a line)"};
inline constexpr Text kCalendarFormat{"格式：2027-10-01 ~ 2027-10-07 休　　2027-09-26 班（也可写 off / work，“-”“至”）；# 开头为注释。",
                                      "Format: 2027-10-01 ~ 2027-10-07 off    2027-09-26 work (also 休 / 班, \"-\", \"至\"); "
                                      "lines starting with # are notes."};
inline constexpr Text kCalendarSave{"保存通知", "Save notice"};
inline constexpr Text kCalendarSaved{"已保存，今日计划和合规已按新日历更新。",
                                     "Saved: Today's plan and compliance follow the new calendar now."};
inline constexpr Text kDemoData{"演示数据", "Demo data"};
inline constexpr Text kNoDemoData{"当前没有演示数据。", "There is no demo data in this book."};
inline constexpr Text kDemoClients{"本客户簿含 %lld 位演示客户（非真实客户）。",
                                   "This book holds %lld demo clients (not real people)."};
inline constexpr Text kRemoveDemo{"删除全部演示数据", "Remove all demo data"};
// The confirmation adds whether it can be undone (widgets/destructive.h).
inline constexpr Text kRemoveDemoConfirm{"删除所有演示记录？您自己录入的记录不受影响。",
                                         "Remove every demo record? Records you entered yourself stay."};
inline constexpr Text kRemove{"删除", "Remove"};

// My details and the product catalogue (update_own_profile, save_product).
inline constexpr Text kMyDetails{"本人信息", "My details"};
inline constexpr Text kMyName{"姓名", "Name"};
inline constexpr Text kMyBranch{"所在网点", "Branch"};
inline constexpr Text kMyEmployeeNo{"工号", "Employee no."};
inline constexpr Text kMyPhone{"电话", "Phone"};
inline constexpr Text kMyEmail{"电子邮箱", "E-mail"};
inline constexpr Text kSaveDetails{"保存本人信息", "Save my details"};
inline constexpr Text kDetailsSaved{"已保存。", "Saved."};
inline constexpr Text kMyRole{"本人角色", "My role"};
inline constexpr Text kRoleManager{"客户经理", "Relationship manager"};
inline constexpr Text kRoleSupervisor{"客户经理兼主管", "Manager and supervisor"};
inline constexpr Text kRoleNote{"主管在“报表”中审阅客户经理的沟通报告和理财规划书，在“支行看板”中调整客户归属、设定周目标并导出审阅文件。",
                                "A supervisor reviews her managers' reports and plans under Reports, and reassigns "
                                "clients, sets weekly targets and exports review files on the Branch screen."};
inline constexpr Text kCatalogue{"产品目录", "Product catalogue"};
inline constexpr Text kCatalogueNote{"适当性检查和持有产品都依据此目录；已有客户持有的产品不能删除，可设为停售。",
                                     "Suitability checks and holdings use this catalogue. Products clients hold stay; "
                                     "take one off sale instead."};
inline constexpr Text kAddProduct{"添加产品…", "Add a product…"};
inline constexpr Text kEditProduct{"编辑", "Edit"};
inline constexpr Text kProductName{"产品名称", "Name"};
inline constexpr Text kProductCode{"产品代码", "Code"};
inline constexpr Text kProductCategory{"类别", "Category"};
inline constexpr Text kProductRisk{"风险等级", "Risk"};
inline constexpr Text kProductLadder{"风险收益阶梯（0–15）", "Risk–return ladder (0–15)"};
inline constexpr Text kProductTerm{"期限（天，0 = 无固定期限）", "Term (days, 0 = open-ended)"};
inline constexpr Text kProductReturn{"预期年化收益（%）", "Expected return (% a year)"};
inline constexpr Text kProductDerivative{"挂钩衍生品", "Linked to derivatives"};
inline constexpr Text kProductIssuer{"发行机构", "Issuer"};
inline constexpr Text kProductOnSale{"在售", "On sale"};
inline constexpr Text kProductOffSale{"停售", "Off sale"};
inline constexpr Text kBadReturn{"收益率应写作数字，如 3.50。", "Write the return as a number, such as 3.50."};
inline constexpr Text kSave{"保存", "Save"};
inline constexpr Text kCancel{"取消", "Cancel"};

// The policy the book runs under, and its editor (docs/domain.md, "Policies").
inline constexpr Text kPolicy{"规则方案", "Policy"};
inline constexpr Text kPolicyNote{"客户分层、联络规则和服务能力依此方案计算；预设方案保持原文规则，复制后可修改。",
                                  "Tiers, contact rules and capacity follow this policy. Presets keep the documents' "
                                  "rules: copy one to edit it."};
inline constexpr Text kPolicyActive{"当前方案", "In use"};
inline constexpr Text kPolicyPreset{"预设", "preset"};
inline constexpr Text kPolicyOwn{"自定义", "own"};
inline constexpr Text kPolicyCopy{"复制为自定义方案", "Copy to edit"};
inline constexpr Text kPolicyDelete{"删除", "Delete"};
inline constexpr Text kPolicyOwnList{"本册自定义方案：", "This book's own policies:"};
inline constexpr Text kPolicyNameZh{"方案名称（中文）", "Name (Chinese)"};
inline constexpr Text kPolicyNameEn{"方案名称（英文）", "Name (English)"};
inline constexpr Text kPolicyTiers{"客户等级（由低到高）", "Tiers (lowest first)"};
inline constexpr Text kTierCode{"代码", "Code"};
inline constexpr Text kTierName{"名称", "Name"};
inline constexpr Text kTierMin{"资产下限（元，含）", "From (CNY, incl.)"};
inline constexpr Text kTierMax{"资产上限（元，不含）", "Below (CNY)"};
inline constexpr Text kTierApproval{"审批层级", "Approved by"};
inline constexpr Text kTierService{"服务模式", "Service model"};
inline constexpr Text kTierOpen{"空=无上限", "empty = no limit"};
inline constexpr Text kAddTier{"添加等级", "Add tier"};
inline constexpr Text kRemove2{"移除", "Remove"};
inline constexpr Text kPolicyRules{"联络规则", "Contact rules"};
inline constexpr Text kRuleName{"规则", "Rule"};
inline constexpr Text kRulePeriod{"周期", "Period"};
inline constexpr Text kRuleTiers{"适用等级（代码，逗号分隔；空=全部）", "Tiers (codes, comma-separated; empty = all)"};
inline constexpr Text kRuleWindow{"事件后天数", "Days after event"};
inline constexpr Text kRuleCounts{"每期至少（任一组满足即可）：服务 / 主动 / 面谈 / 电话 / 短信",
                                  "Each period at least (any one row): services / proactive / meetings / calls / messages"};
inline constexpr Text kRuleOr{"或", "or"};
inline constexpr Text kAddAlternative{"添加“或”", "Add \"or\""};
inline constexpr Text kAddRule{"添加规则", "Add rule"};
inline constexpr Text kNewRuleZh{"新规则", "New rule"};
inline constexpr Text kPeriodYear{"每年", "Year"};
inline constexpr Text kPeriodQuarter{"每季", "Quarter"};
inline constexpr Text kPeriodMonth{"每月", "Month"};
inline constexpr Text kPeriodWeek{"每周", "Week"};
inline constexpr Text kPeriodEvent{"事件后", "After an event"};
inline constexpr Text kRuleAssessment{"风险重评（有效期 %d 个月）", "Risk reassessment (valid %d months)"};
inline constexpr Text kPolicyCapacity{"服务能力", "Capacity"};
inline constexpr Text kDailyCapacity{"每天可安排（0=按工作量计算：%d / %d / %d）：面谈 / 电话 / 短信",
                                     "A day's room (0 = from the workload: %d / %d / %d): meetings / calls / messages"};
inline constexpr Text kWorkingCalendar{"工作日：每周天数 / 每年周数", "Working days a week / weeks a year"};
inline constexpr Text kMaxClients{"每位客户经理最多管户（0=不限）", "Clients per manager at most (0 = no cap)"};
inline constexpr Text kGreetingDays{"节日问候：向客户发送问候的节日", "Greeting days: the holidays clients are greeted on"};
inline constexpr Text kStaffing{"配比：每位客户经理 / 理财师服务客户数", "Ratios: clients per manager / per advisor"};
inline constexpr Text kSavePolicy{"保存方案", "Save policy"};
inline constexpr Text kDiscardPolicy{"放弃修改", "Discard changes"};
inline constexpr Text kPolicySaved{"已保存，今日计划和合规已按新方案更新。", "Saved: Today's plan and compliance follow it now."};
inline constexpr Text kBadAmount{"金额应写作数字，如 1,000,000。", "Write amounts as numbers, such as 1,000,000."};

}  // namespace rm::ui::settings_text
