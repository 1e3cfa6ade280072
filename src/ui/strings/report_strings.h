// String table of the Reports screen's tabs (docs/domain.md §3 "Written
// reports", §6 "Evaluating the manager"): the weekly pipeline table, the
// communication report editor, the work log and weekly summary, the monthly
// sales analysis with the simulated profit and its rates.
#pragma once
#include "ui/text.h"

namespace rm::ui::report_text {

inline constexpr Text kTabPipeline{"商机进程表", "Pipeline table"};
inline constexpr Text kTabCommunication{"沟通报告", "Communication reports"};
inline constexpr Text kTabWorkLog{"工作日志与周报", "Work log and weekly summary"};
inline constexpr Text kTabMonthly{"月度销售分析", "Monthly sales analysis"};

// Week and month pickers.
inline constexpr Text kPrevWeek{"< 上周", "< Previous week"};
inline constexpr Text kNextWeek{"下周 >", "Next week >"};
inline constexpr Text kThisWeek{"本周", "This week"};
inline constexpr Text kPrevMonth{"< 上月", "< Previous month"};
inline constexpr Text kNextMonth{"下月 >", "Next month >"};
inline constexpr Text kWeekRange{"%s 至 %s（周一至周日）", "%s to %s (Monday to Sunday)"};
inline constexpr Text kMonthOf{"%d 年 %d 月", "%d-%02d"};

// Downloads.
inline constexpr Text kPrintHtml{"打印 / HTML…", "Print / HTML…"};
inline constexpr Text kCsv{"CSV…", "CSV…"};
inline constexpr Text kReportConsent{
    "导出的文件未加密，包含客户姓名和金额。请只保存在本行允许的位置，交给主管后删除。",
    "The file is not encrypted and holds client names and amounts. Keep it only where the bank allows, and delete "
    "it once handed in."};

// The pipeline table.
inline constexpr Text kStep{"步骤", "Step"};
inline constexpr Text kCount{"商机数", "Open"};
inline constexpr Text kAmount{"预计金额", "Expected amount"};
inline constexpr Text kClient{"客户", "Client"};
inline constexpr Text kTitle{"商机", "Opportunity"};
inline constexpr Text kProduct{"产品", "Product"};
inline constexpr Text kProbability{"概率", "Probability"};
inline constexpr Text kExpectedClose{"预计成交", "Expected close"};
inline constexpr Text kNextStep{"下一步", "Next step"};
inline constexpr Text kSource{"来源", "Source"};
inline constexpr Text kTotal{"合计", "Total"};
inline constexpr Text kMovement{"本周变动", "This week's movement"};
inline constexpr Text kMonthMovement{"本月商机变动", "The month's pipeline movement"};
inline constexpr Text kAdvanced{"推进", "Advanced"};
inline constexpr Text kMovedBack{"退回", "Moved back"};
inline constexpr Text kOpened{"新增", "Newly opened"};
inline constexpr Text kWon{"成交", "Won"};
inline constexpr Text kLost{"失败", "Lost"};
inline constexpr Text kNoOpenAtWeekEnd{"本周末没有进行中的商机。", "No opportunity was open at the week's end."};

// Communication report editor.
inline constexpr Text kWriteReport{"撰写沟通报告", "Write a communication report"};
inline constexpr Text kPickContact{"选择联络记录（面谈在前）", "Pick a contact (meetings first)"};
inline constexpr Text kNoContactPicked{"（未选择）", "(none picked)"};
inline constexpr Text kContactLine{"%s · %s · %s", "%s · %s · %s"};
inline constexpr Text kMeeting{"面谈", "meeting"};
inline constexpr Text kOther{"联络", "contact"};
inline constexpr Text kHasReport{"已有报告", "reported"};
inline constexpr Text kKeyPoints{"沟通要点", "Key points"};
inline constexpr Text kNeeds{"客户需求与问题", "The client's needs and questions"};
inline constexpr Text kNextActions{"后续行动", "Next actions"};
inline constexpr Text kSaveReport{"保存报告", "Save report"};
inline constexpr Text kSaveAndSubmit{"保存并提交主管", "Save and hand in"};
inline constexpr Text kReportSaved{"报告已保存。", "The report is saved."};
inline constexpr Text kReportSubmitted{"报告已保存并提交主管审阅。", "The report is saved and handed in for review."};

// Work log.
inline constexpr Text kWorkLogFor{"工作日志：%s", "Work log: %s"};
inline constexpr Text kPrevDay{"< 前一天", "< Previous day"};
inline constexpr Text kNextDay{"后一天 >", "Next day >"};
inline constexpr Text kMorningMeeting{"晨会", "Morning meeting"};
inline constexpr Text kContacts{"联络", "Contacts"};
inline constexpr Text kSales{"销售", "Sales"};
inline constexpr Text kSuggestions{"建议", "Suggestions"};
inline constexpr Text kMemo{"备忘", "Memo"};
inline constexpr Text kSaveLog{"保存日志", "Save log"};
inline constexpr Text kLogSaved{"日志已保存。", "The log is saved."};
inline constexpr Text kWeeklySummary{"工作周报", "Weekly summary"};
inline constexpr Text kRecentLogs{"最近的工作日志", "Recent work logs"};

// Monthly analysis.
inline constexpr Text kContactsByTier{"按客户层级的联络", "Contacts by client tier"};
inline constexpr Text kTier{"层级", "Tier"};
inline constexpr Text kMeetings{"面谈", "Meetings"};
inline constexpr Text kCalls{"电话", "Calls"};
inline constexpr Text kMessages{"信息", "Messages"};
inline constexpr Text kSalesByProduct{"按产品的销售", "Sales by product"};
inline constexpr Text kCategory{"类别", "Category"};
inline constexpr Text kNewHoldings{"新购笔数", "New holdings"};
inline constexpr Text kNewAmount{"新购金额", "Sold"};
inline constexpr Text kWonAmount{"成交金额", "Won amount"};
inline constexpr Text kNoSales{"本月没有新购或成交。", "Nothing sold or won this month."};
inline constexpr Text kCompliance{"联络规则执行情况", "Contact-rule compliance"};
inline constexpr Text kItems{"考核项", "Items"};
inline constexpr Text kMet{"已达标", "Met"};
inline constexpr Text kOverdue{"已逾期", "Overdue"};
inline constexpr Text kSimulatedProfit{"模拟利润", "Simulated profit"};
inline constexpr Text kDepositProfit{"存款利润", "Deposit profit"};
inline constexpr Text kWealthProfit{"理财产品利润", "Wealth-product profit"};
inline constexpr Text kFeeIncome{"中间业务收入", "Fee income"};
inline constexpr Text kProfitFormula{
    "存款、理财利润 = 余额 × 年费率 × 本月持有天数 ÷ 365；中间业务收入 = 本月新购金额 × 费率。",
    "Deposit and wealth-product profit = balance × yearly rate × days held this month ÷ 365; fee income = amount "
    "sold this month × rate."};
inline constexpr Text kRates{"费率（本行数据）", "Rates (the bank's data)"};
inline constexpr Text kRatesDefault{"使用的是示例费率（资料未给出数值），请按本行数据修改。",
                                    "These are placeholder rates (the sources give no figures): enter the bank's own."};
inline constexpr Text kProfitPart{"利润来源", "Profit part"};
inline constexpr Text kRatePercent{"费率 %", "Rate %"};
inline constexpr Text kEditRates{"修改费率", "Edit rates"};
inline constexpr Text kAddRate{"添加一行", "Add a row"};
inline constexpr Text kRemoveRate{"删除", "Remove"};
inline constexpr Text kSaveRates{"保存费率", "Save rates"};
inline constexpr Text kResetRates{"恢复示例费率", "Back to placeholders"};
inline constexpr Text kCancelEdit{"取消", "Cancel"};

}  // namespace rm::ui::report_text
