// String table of the review on the Reports screen and of the supervisor's
// actions on the Branch screen (docs/commands.md, "Review").
#pragma once
#include "ui/text.h"

namespace rm::ui::review_text {

inline constexpr Text kReview{"审阅", "Review"};
inline constexpr Text kShowAll{"全部", "All"};
inline constexpr Text kShowAwaiting{"待我审阅", "Awaiting my review"};
inline constexpr Text kShowMine{"本人提交", "Mine"};
inline constexpr Text kSearchClient{"按客户姓名筛选", "Filter by client name"};
inline constexpr Text kNothingToShow{"没有符合条件的报告或规划书。", "No report or plan to show."};
inline constexpr Text kDate{"日期", "Date"};
inline constexpr Text kManager{"客户经理", "Manager"};
inline constexpr Text kClient{"客户", "Client"};
inline constexpr Text kWhat{"类型", "Kind"};
inline constexpr Text kState{"审阅状态", "Review"};
inline constexpr Text kReport{"沟通报告", "Report"};
inline constexpr Text kPlan{"理财规划书", "Financial plan"};
inline constexpr Text kRound{"第 %d 轮", "round %d"};
inline constexpr Text kChangedSinceApproval{"通过后已修改", "changed since approval"};
inline constexpr Text kKeyPoints{"沟通要点", "Key points"};
inline constexpr Text kNeeds{"客户需求", "Needs"};
inline constexpr Text kNextActions{"后续行动", "Next actions"};
inline constexpr Text kGoals{"理财目标", "Goals"};
inline constexpr Text kGoalLine{"%s：¥%s，%d 年", "%s: ¥%s by %d"};
inline constexpr Text kGoalLineNoYear{"%s：¥%s，年份未定", "%s: ¥%s, year not set"};
inline constexpr Text kPosition{"财务状况", "Financial position"};
inline constexpr Text kProtection{"保障缺口", "Protection"};
inline constexpr Text kRiskLevel{"风险等级", "Risk level"};
inline constexpr Text kRecommendations{"配置建议", "Recommendations"};
inline constexpr Text kReviewedBy{"审阅人：%s，%s", "Reviewed by %s on %s"};
inline constexpr Text kReturnReason{"退回原因：%s", "Returned because: %s"};
inline constexpr Text kComments{"批注（%d）", "Comments (%d)"};
inline constexpr Text kNoComments{"还没有批注。", "No comments yet."};
inline constexpr Text kSubmit{"提交审阅", "Submit for review"};
inline constexpr Text kComment{"批注", "Comment"};
inline constexpr Text kAddComment{"添加批注", "Add comment"};
inline constexpr Text kApprove{"通过", "Approve"};
inline constexpr Text kReturnWhy{"退回原因", "Reason to return"};
inline constexpr Text kReturn{"退回修改", "Return for changes"};
inline constexpr Text kSupervisorOnly{"审阅由主管进行：在“设置 → 本人角色”中选择主管。",
                                      "Reviews are a supervisor's: Settings → My role."};
inline constexpr Text kPickOne{"在上表中选择一份报告或规划书查看。", "Choose a report or plan above to read it."};
inline constexpr Text kNew{"新", "New"};
inline constexpr Text kClientNews{"主管的审阅有更新：报告或规划书的审阅、批注，或客户归属调整（见“报表 → 审阅”）。",
                                  "News from your supervisor's review: a report or plan reviewed or commented on, or "
                                  "the client reassigned (see Reports → Review)."};

}  // namespace rm::ui::review_text

namespace rm::ui::supervisor_text {

inline constexpr Text kReviewFile{"导出审阅文件给：", "Export the review file for:"};
inline constexpr Text kReassign{"调整客户归属", "Reassign clients"};
inline constexpr Text kFrom{"从", "From"};
inline constexpr Text kTo{"到", "To"};
inline constexpr Text kChooseManager{"选择客户经理…", "Choose a manager…"};
inline constexpr Text kFilterByName{"按姓名筛选", "Filter by name"};
inline constexpr Text kSelectShown{"全选所列", "Select all listed"};
inline constexpr Text kClearChoice{"清除选择", "Clear"};
inline constexpr Text kChosen{"已选 %d 位客户", "%d clients chosen"};
inline constexpr Text kMoreClients{"另有 %d 位未列出，请输入姓名筛选。", "%d more not listed: filter by name."};
inline constexpr Text kCapacity{"调整前后的负荷", "Load before and after"};
inline constexpr Text kManager{"客户经理", "Manager"};
inline constexpr Text kClientsBeforeAfter{"客户数", "Clients"};
inline constexpr Text kLoadBeforeAfter{"人员负荷", "Staffing load"};
inline constexpr Text kOverloaded{"超负荷", "overloaded"};
inline constexpr Text kReassignButton{"调整所选客户", "Reassign the chosen clients"};
inline constexpr Text kReassigned{"已调整 %d 位客户，审阅文件会带给相关客户经理。",
                                  "%d clients reassigned; the review files take it to the managers concerned."};
inline constexpr Text kTargets{"下周目标", "Next week's targets"};
inline constexpr Text kWeekOf{"%s 起的一周", "The week from %s"};
inline constexpr Text kTargetAmount{"新增商机金额（元）", "New opportunities (yuan)"};
inline constexpr Text kTargetContacts{"联络次数", "Contacts"};
inline constexpr Text kTargetMeetings{"面谈次数", "Meetings"};
inline constexpr Text kTargetReports{"沟通报告", "Reports"};
inline constexpr Text kSaveTargets{"保存目标", "Save targets"};
inline constexpr Text kTargetsSaved{"已保存。", "Saved."};
inline constexpr Text kBadCount{"次数请填 0 到 100 000 之间的整数。", "Counts are whole numbers from 0 to 100,000."};
inline constexpr Text kBadAmount{"金额格式不正确（如 1,000,000 或 1000000.00）。",
                                 "The amount is not one (such as 1,000,000 or 1000000.00)."};
inline constexpr Text kNotSupervisor{"调整客户和设定目标由主管进行：在“设置 → 本人角色”中选择主管。",
                                     "Reassigning clients and setting targets are a supervisor's: Settings → My role."};

}  // namespace rm::ui::supervisor_text
