// String table of the Pipeline, Planner and Reports screens.
#pragma once
#include "ui/text.h"

namespace rm::ui::workbench_text {

// Pipeline
inline constexpr Text kPipeline{"商机进程表", "Pipeline"};
inline constexpr Text kOpenCount{"进行中 %d 个商机，预计金额 ¥%s", "%d open opportunities, expected ¥%s"};
inline constexpr Text kStage{"阶段", "Stage"};
inline constexpr Text kCount{"数量", "Count"};
inline constexpr Text kAmount{"预计金额", "Expected amount"};
inline constexpr Text kClient{"客户", "Client"};
inline constexpr Text kTitle{"商机", "Opportunity"};
inline constexpr Text kNextStep{"下一步", "Next step"};
inline constexpr Text kAdvance{"推进", "Advance"};
inline constexpr Text kWon{"成交", "Won"};
inline constexpr Text kLost{"失败", "Lost"};
inline constexpr Text kCloseWonTitle{"结束商机：成交", "Close as won"};
inline constexpr Text kCloseLostTitle{"结束商机：失败", "Close as lost"};
inline constexpr Text kCloseBody{"结束商机“%s”（%s）？结束后不再出现在进程表中。",
                                 "Close the opportunity \"%s\" (%s)? It leaves the pipeline."};
inline constexpr Text kExportPipeline{"导出商机进程表（CSV）…", "Export pipeline (CSV)…"};
inline constexpr Text kNoOpportunities{"没有进行中的商机。", "No open opportunities."};
inline constexpr Text kWonThisMonth{"本月成交 %d 个，金额 ¥%s", "Won this month: %d, ¥%s"};

// Planner
inline constexpr Text kYearAhead{"全年展望", "The year ahead"};
inline constexpr Text kCalendarMissing{
    "尚未录入 %d 年放假安排通知：该年工作日暂按法定节假日默认规则计算（无调休），请在“设置 → 工作日历”中录入。",
    "The working days of %d follow the legal default until its holiday notice is entered in Settings → Working calendar."};
inline constexpr Text kNeeded{"按当前联络规则，全年需要：", "Under the current contact rules the year needs:"};
inline constexpr Text kServices{"服务次数", "Services"};
inline constexpr Text kProactive{"主动联络", "Proactive contacts"};
inline constexpr Text kMeetings{"面谈", "Meetings"};
inline constexpr Text kCalls{"电话", "Calls"};
inline constexpr Text kMessages{"短信", "Messages"};
inline constexpr Text kPerYear{"每年", "Per year"};
inline constexpr Text kPerDay{"每个工作日", "Per working day"};
inline constexpr Text kWorkingDays{"工作日 %d 天", "%d working days"};
inline constexpr Text kByTier{"按客户等级的达标预测", "Compliance projection by tier"};
inline constexpr Text kTier{"等级", "Tier"};
inline constexpr Text kClients{"客户数", "Clients"};
inline constexpr Text kMeetingNow{"目前已达标", "Meeting rules now"};
inline constexpr Text kMeetingAtPace{"按计划年底达标", "At year end at the planned pace"};
inline constexpr Text kPlanned{"今年余下计划联络 %d 次；因容量不足未能安排 %d 项。",
                               "%d contacts planned for the rest of the year; %d could not be placed for lack of capacity."};
inline constexpr Text kWeek{"未来 7 天", "The next 7 days"};
inline constexpr Text kDayEntries{"%d 项", "%d entries"};
inline constexpr Text kAtPaceShare{"按计划年底达标 %d / %d 位客户", "%d of %d clients meet their rules by year end at the planned pace"};
inline constexpr Text kDayOff{"休息", "day off"};
inline constexpr Text kOnLeave{"请假", "on leave"};

// Reports
inline constexpr Text kWorkLogs{"工作日志", "Work logs"};
inline constexpr Text kNoWorkLogs{"还没有工作日志。", "No work logs yet."};
inline constexpr Text kWeekly{"本周小结（周一至今）", "This week (Monday to today)"};
inline constexpr Text kWeeklyLine{"联络 %d 次（主动 %d，面谈 %d），涉及客户 %d 位；新商机 %d 个；成交 %d 个，金额 ¥%s",
                                  "%d contacts (%d proactive, %d meetings) with %d clients; %d new opportunities; %d won, ¥%s"};
inline constexpr Text kCopyWeekly{"复制周报", "Copy weekly summary"};
inline constexpr Text kReview{"审阅", "Review"};
inline constexpr Text kExport{"导出与备份", "Export and backup"};
inline constexpr Text kExportBook{"导出或导入备份…", "Export or import a backup…"};
inline constexpr Text kExportHint{"备份默认加密，用本数据的口令或单独的导出口令；明文 JSON 须先确认。",
                                  "Backups are encrypted by default, under this book's passphrase or an export passphrase; plain JSON needs a confirmation first."};
// The CSV exports: plain text, so each asks first (never pre-ticked) and names what leaves.
inline constexpr Text kPlainExportConfirm{"导出明文文件", "Export the plain file"};
inline constexpr Text kPlainExportCancel{"取消", "Cancel"};
inline constexpr Text kPipelineCsvConsent{
    "我明白：CSV 不加密，%d 个商机的客户姓名、金额和下一步将以明文离开本应用。",
    "I understand: the CSV is not encrypted; client names, amounts and next steps of %d opportunities leave the app as plain text."};

// The contact channel as one choice that also says whether it was a meeting
// (widgets/channel_choice.h).
inline constexpr Text kChannelRemote{"不见面：", "Not face to face:"};
inline constexpr Text kChannelInPerson{"面谈：", "Face to face:"};
// What the contact counts as, beside its channel (widgets/channel_choice.h kind_choice).
inline constexpr Text kContactKind{"计为：", "Counts as:"};

// Branch (the supervisor's desk)
inline constexpr Text kBranchIntro{"本书中每位客户经理的汇总：今年的联络规则、人员负荷、商机进程表与待审事项。导入各客户经理每周交来的文件后，这里即是全支行的看板。",
                                   "Each manager in this book at a glance: this year's contact rules, staffing load, pipeline and what awaits review. With every manager's weekly hand-in imported, this is the branch's dashboard."};
inline constexpr Text kBranchWeek{"本周（%s 起）", "This week (from %s)"};
inline constexpr Text kBranchManagers{"客户经理", "Managers"};
inline constexpr Text kBranchManager{"客户经理", "Manager"};
inline constexpr Text kBranchUnnamed{"（未登记的客户经理）", "(manager not on file)"};
inline constexpr Text kBranchLoad{"人员负荷", "Staffing load"};
inline constexpr Text kBranchOverloaded{"超配", "over"};
inline constexpr Text kBranchOverdueRules{"逾期规则项", "Overdue rule items"};
inline constexpr Text kBranchNotFollowedUp{"新分配未跟进", "New, not followed up"};
inline constexpr Text kBranchRetentionList{"可能流失的客户（大额流出、等级下降、持续下降）",
                                           "Clients who may be leaving (large outflow, lower tier, steady decline)"};
inline constexpr Text kBranchNoRetention{"本期没有流失迹象。", "No signs of clients leaving in this period."};
inline constexpr Text kBranchOverdueTasks{"逾期待办", "Overdue tasks"};
inline constexpr Text kBranchReportsAwaiting{"待审报告", "Reports to review"};
inline constexpr Text kBranchPlansAwaiting{"待审规划", "Plans to review"};
inline constexpr Text kBranchPipelineAmount{"进行中商机金额", "Open pipeline"};
inline constexpr Text kBranchOpenedThisWeek{"本周新增 / 目标", "New this week / target"};
inline constexpr Text kBranchNoTarget{"未设", "none set"};
inline constexpr Text kBranchPipeline{"全支行商机进程表（按阶段）", "The branch's pipeline by step"};
inline constexpr Text kBranchUnassigned{"无客户经理的客户：%d 位", "Clients without a manager: %d"};
inline constexpr Text kBranchNoManagers{"本书中没有任何客户经理的客户。请导入客户经理交来的文件。",
                                        "No manager in this book has clients. Import the files your managers hand in."};
inline constexpr Text kBranchImport{"导入客户经理的文件…", "Import a manager's file…"};

}  // namespace rm::ui::workbench_text
