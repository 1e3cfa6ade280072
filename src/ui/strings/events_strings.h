// String table of the Events (客户活动) and Complaints (投诉) screens, and the
// Branch screen's open complaints.
#pragma once
#include "ui/text.h"

namespace rm::ui::events_text {

// Events: the list
inline constexpr Text kEvents{"客户活动", "Client events"};
inline constexpr Text kEventsIntro{
    "沙龙、晚宴、讲座等客户活动：邀请、回复、出席与活动后回访。待确认、提醒与回访的联络会出现在今日的联络计划中。",
    "Salons, dinners, lectures…: invitations, replies, who came and the follow-up. Confirming, reminding and "
    "thanking appear in Today's agenda."};
inline constexpr Text kPlanEvent{"＋ 新建活动", "+ Plan an event"};
inline constexpr Text kUpcoming{"即将举行", "Upcoming"};
inline constexpr Text kPast{"已举行", "Past"};
inline constexpr Text kNoUpcoming{"没有即将举行的活动。", "No upcoming events."};
inline constexpr Text kNoPast{"还没有已举行的活动。", "No past events yet."};
inline constexpr Text kDate{"日期", "Date"};
inline constexpr Text kTitle{"活动名称", "Title"};
inline constexpr Text kKind{"类型", "Kind"};
inline constexpr Text kLocation{"地点", "Location"};
inline constexpr Text kCapacity{"名额", "Seats"};
inline constexpr Text kCapacityHint{"名额（0 = 不限）", "Seats (0 = no limit)"};
inline constexpr Text kInvited{"已邀请", "Invited"};
inline constexpr Text kAccepted{"已接受", "Accepted"};
inline constexpr Text kAttended{"已出席", "Attended"};
inline constexpr Text kFollowedUp{"已回访", "Followed up"};
inline constexpr Text kSave{"保存", "Save"};
inline constexpr Text kCancel{"取消", "Cancel"};
inline constexpr Text kBack{"← 返回活动列表", "← Back to events"};
inline constexpr Text kFigures{"邀请 %d · 接受 %d · 出席 %d · 回访 %d", "Invited %d · accepted %d · attended %d · followed up %d"};
inline constexpr Text kUnlimited{"不限", "no limit"};
inline constexpr Text kBadDate{"请输入日期（YYYY-MM-DD）。", "Enter a date (YYYY-MM-DD)."};

// Events: an event's page
inline constexpr Text kInvitees{"受邀客户", "Invitees"};
inline constexpr Text kNoInvitees{"还没有邀请客户。", "No clients invited yet."};
inline constexpr Text kClient{"客户", "Client"};
inline constexpr Text kStatus{"状态", "Status"};
inline constexpr Text kFollowUp{"回访", "Follow-up"};
inline constexpr Text kActions{"操作", "Actions"};
inline constexpr Text kAccept{"接受", "Accepted"};
inline constexpr Text kDecline{"谢绝", "Declined"};
inline constexpr Text kCame{"出席", "Came"};
inline constexpr Text kNoShow{"未到", "No-show"};
inline constexpr Text kRecordFollowUp{"记录回访…", "Follow-up…"};
inline constexpr Text kFollowUpNotes{"回访内容", "What was said"};
inline constexpr Text kInviteByFilter{"按筛选条件邀请", "Invite by filter"};
inline constexpr Text kInviteHelp{
    "筛选条件与“客户”页面相同（两处共用）。", "The filters are the Clients screen's own (the same filter in both places)."};
inline constexpr Text kSearchHint{"搜索姓名、拼音、电话…", "Search name, pinyin, phone…"};
inline constexpr Text kMatching{"符合条件 %d 位，其中未邀请 %d 位", "%d clients match, %d not yet invited"};
inline constexpr Text kInviteAll{"邀请这 %d 位客户", "Invite these %d clients"};
inline constexpr Text kEventOver{"活动已举行，不能再邀请。", "The event is over: no more invitations."};

}  // namespace rm::ui::events_text

namespace rm::ui::complaints_text {

inline constexpr Text kComplaints{"投诉处理", "Complaints"};
inline constexpr Text kIntro{
    "按倾听、记录事实、认定责任、致歉、商定补救、执行、回访的顺序处理，每一步有完成期限（见 docs/domain.md §6）。",
    "Handled in order: listen, record the facts, determine responsibility, apologise, agree a remedy, carry it "
    "out, follow up — each step with its deadline."};
inline constexpr Text kOpen{"处理中", "Open"};
inline constexpr Text kResolvedList{"已处理完毕", "Resolved"};
inline constexpr Text kNoOpen{"没有处理中的投诉。", "No open complaints."};
inline constexpr Text kNoResolved{"还没有处理完毕的投诉。", "No resolved complaints yet."};
inline constexpr Text kClient{"客户", "Client"};
inline constexpr Text kReceived{"受理日期", "Received"};
inline constexpr Text kSummary{"投诉内容", "Complaint"};
inline constexpr Text kFacts{"事实经过", "Facts"};
inline constexpr Text kNextStep{"下一步", "Next step"};
inline constexpr Text kDue{"期限", "Due"};
inline constexpr Text kOverdue{"已逾期", "overdue"};
inline constexpr Text kResolvedOn{"处理完毕：%s", "Resolved on %s"};
inline constexpr Text kTake{"登记投诉", "Take a complaint"};
inline constexpr Text kClientSearch{"搜索客户：姓名、拼音、电话", "Find the client: name, pinyin, phone"};
inline constexpr Text kChosen{"客户：%s", "Client: %s"};
inline constexpr Text kNoClientChosen{"请先选择客户。", "Choose the client first."};
inline constexpr Text kSave{"保存", "Save"};
inline constexpr Text kBack{"← 返回投诉列表", "← Back to complaints"};
inline constexpr Text kStepsDone{"已完成的步骤", "Steps done"};
inline constexpr Text kStep{"步骤", "Step"};
inline constexpr Text kDate{"日期", "Date"};
inline constexpr Text kBy{"经办人", "By"};
inline constexpr Text kNote{"说明", "Note"};
inline constexpr Text kDoStep{"记录此步骤", "Record this step"};
inline constexpr Text kNextStepIs{"下一步：%s（期限 %s）", "Next step: %s (due %s)"};
inline constexpr Text kResponsibility{"责任认定", "Responsibility"};
inline constexpr Text kRemedy{"补救方案", "Remedy"};
inline constexpr Text kByHint{"经办人（默认：客户经理）", "By (default: the manager)"};
inline constexpr Text kBadDate{"请输入日期（YYYY-MM-DD）。", "Enter a date (YYYY-MM-DD)."};
inline constexpr Text kLabelled{"%s：%s", "%s: %s"};

// The Branch screen
inline constexpr Text kBranchComplaints{"处理中的投诉", "Open complaints"};
inline constexpr Text kBranchNoComplaints{"没有处理中的投诉。", "No open complaints."};
inline constexpr Text kBranchComplaintCounts{"%s：%d 件（逾期 %d）", "%s: %d (%d overdue)"};
inline constexpr Text kManager{"客户经理", "Manager"};

}  // namespace rm::ui::complaints_text
