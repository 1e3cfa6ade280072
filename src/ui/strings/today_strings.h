// String table of the Today screen and the record-contact and work-log dialogs.
#pragma once
#include "ui/text.h"

namespace rm::ui::today_text {

inline constexpr Text kWeekdays[7] = {{"星期一", "Monday"},   {"星期二", "Tuesday"}, {"星期三", "Wednesday"},
                                      {"星期四", "Thursday"}, {"星期五", "Friday"},  {"星期六", "Saturday"},
                                      {"星期日", "Sunday"}};
inline constexpr Text kAgenda{"今日计划", "Today's plan"};
inline constexpr Text kAgendaCount{"共 %d 项，其中逾期 %d 项", "%d entries, %d overdue"};
inline constexpr Text kNoAgenda{"今天没有需要联系的客户。", "Nobody needs a contact today."};
inline constexpr Text kNotWorking{"今天不是工作日。", "Today is not a working day."};
inline constexpr Text kNextWorkingPlan{"今天不是工作日：以下是 %s 的计划。", "Today is not a working day: the plan for %s."};
inline constexpr Text kColClient{"客户", "Client"};
inline constexpr Text kColTier{"等级", "Tier"};
inline constexpr Text kColChannel{"方式", "Channel"};
inline constexpr Text kColReason{"原因", "Reason"};
inline constexpr Text kColLast{"上次联络", "Last contact"};
inline constexpr Text kColAction{"操作", "Action"};
inline constexpr Text kNever{"从未", "never"};
inline constexpr Text kOverdue{"逾期", "overdue"};
inline constexpr Text kMoreReasons{"（另有 %d 项）", " (+%d more)"};
inline constexpr Text kRecord{"记录", "Record"};
inline constexpr Text kOpen{"查看", "Open"};
inline constexpr Text kCompliance{"本年联络规则", "Contact rules this year"};
inline constexpr Text kMet{"已达标", "Met"};
inline constexpr Text kOnTrack{"进度正常", "On track"};
inline constexpr Text kBehind{"进度落后", "Behind"};
inline constexpr Text kOverdueRules{"已逾期", "Overdue"};
inline constexpr Text kOverdueNote{
    "“已逾期”按规则期次计（每位客户的每条规则、每个周期各算一次）：%d 项，涉及 %d 位客户。"
    "今日计划按期限先后补做其中 %d 位，其余顺延到后续工作日。",
    "\"Overdue\" counts rule periods (each client, rule and period once): %d, for %d clients. "
    "Today's plan makes up for %d of these clients, earliest deadline first; the rest follow on later working days."};
inline constexpr Text kGreetings{"生日与节日（7天内）", "Birthdays and holidays (7 days)"};
inline constexpr Text kNoGreetings{"7 天内没有生日或节日。", "No birthdays or holidays in the next 7 days."};
inline constexpr Text kBirthdayOf{"%s 生日", "%s's birthday"};
inline constexpr Text kCopyGreeting{"复制问候语", "Copy greeting"};
// One action for the greetings today's plan sends as a batch (record_greetings).
inline constexpr Text kMarkGreetingsSent{"标记已发送：%s问候 %d 位客户（短信）", "Mark sent: %s greetings to %d clients (SMS)"};
inline constexpr Text kBirthdayOccasion{"生日", "birthday"};
inline constexpr Text kCopied{"已复制", "Copied"};
inline constexpr Text kMaturities{"产品到期（14天内）", "Maturities (14 days)"};
inline constexpr Text kNoMaturities{"14 天内没有产品到期。", "Nothing matures in the next 14 days."};
inline constexpr Text kTasks{"待办", "Open tasks"};
inline constexpr Text kNoTasks{"没有到期的待办。", "No tasks due."};
inline constexpr Text kDone{"完成", "Done"};
inline constexpr Text kWorkLog{"填写工作日志", "Write the work log"};

// Record contact dialog
inline constexpr Text kRecordTitle{"记录联络", "Record a contact"};
inline constexpr Text kChannel{"方式", "Channel"};
inline constexpr Text kProactive{"主动联络", "Proactive (I reached out)"};
inline constexpr Text kPlanSuggests{"计划建议：%s（请按实际情况选择）", "The plan suggests: %s (choose what actually happened)"};
inline constexpr Text kOutcome{"结果", "Outcome"};
inline constexpr Text kNotes{"内容", "Notes"};
inline constexpr Text kNextStep{"下一步", "Next step"};
inline constexpr Text kContactDate{"联络日期", "Contact date"};
inline constexpr Text kNextStepDate{"下一步日期（YYYY-MM-DD，可空）", "Next step date (YYYY-MM-DD, optional)"};
inline constexpr Text kBadDate{"日期格式应为 YYYY-MM-DD。", "Dates are written YYYY-MM-DD."};
inline constexpr Text kSave{"保存", "Save"};
inline constexpr Text kCancel{"取消", "Cancel"};

// Work log dialog
inline constexpr Text kWorkLogTitle{"工作日志", "Work log"};
inline constexpr Text kMorningMeeting{"晨会纪要", "Morning meeting"};
inline constexpr Text kContactsSummary{"联络记录", "Contacts"};
inline constexpr Text kSales{"销售情况", "Sales"};
inline constexpr Text kSuggestions{"建议", "Suggestions"};
inline constexpr Text kMemo{"备忘", "Memo"};
inline constexpr Text kWorkLogSaved{"已保存今日工作日志", "Today's work log is saved"};
inline constexpr Text kSalesLine{"%s：%s（%s）", "%s: %s (%s)"};

// Written duties (core/planner/duties.h)
inline constexpr Text kDuties{"应交文书（报告、规划复核、投诉处理）", "Written work due (reports, plan reviews, complaints)"};
inline constexpr Text kNoDuties{"未来 7 天没有应交的报告、规划复核或投诉处理步骤。",
                                "No report, plan review or complaint step is due in the next 7 days."};

}  // namespace rm::ui::today_text
