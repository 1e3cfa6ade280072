// String table of the Client 360° view, the new-client wizard and their
// widgets (date input, charts). Enum label arrays are indexed by the enum's
// value and must list every code of core/model/codes.h in order.
#pragma once
#include "ui/text.h"

namespace rm::ui::cvt {

// ---- header, sections, save / leave -----------------------------------------
inline constexpr Text kNoClient{"未选择客户。请在“客户”中打开一位客户，或按 Ctrl+N 新建客户。",
                                "No client selected. Open one from Clients, or press Ctrl+N for a new client."};
inline constexpr Text kClientGone{"该客户已被删除。", "This client has been deleted."};
inline constexpr Text kUndoDelete{"撤销删除 (Ctrl+Z)", "Undo the deletion (Ctrl+Z)"};
inline constexpr Text kDeletedCanUndo{"已删除“%s”。可撤销 (Ctrl+Z)。", "Deleted \"%s\". Ctrl+Z undoes it."};
inline constexpr Text kNewClient{"新建客户", "New client"};
inline constexpr Text kBack{"返回客户列表", "Back to clients"};
inline constexpr Text kSave{"保存 (Ctrl+S)", "Save (Ctrl+S)"};
inline constexpr Text kDiscard{"放弃修改 (Esc)", "Discard (Esc)"};
inline constexpr Text kUnsaved{"有未保存的修改", "Unsaved changes"};
inline constexpr Text kSaved{"已保存。可按 Ctrl+Z 撤销。", "Saved. Ctrl+Z undoes it."};
inline constexpr Text kFixErrors{"有 %d 处输入需要更正，未保存任何内容。", "%d entries need correcting; nothing was saved."};
inline constexpr Text kDeleteClient{"删除客户", "Delete client"};
inline constexpr Text kTier{"客户等级", "Tier"};
inline constexpr Text kTierNone{"未达等级", "Below every tier"};
inline constexpr Text kLifeStage{"人生阶段", "Life stage"};
inline constexpr Text kAge{"年龄", "Age"};
inline constexpr Text kRiskLevel{"风险等级", "Risk level"};
inline constexpr Text kNotAssessed{"未测评", "Not assessed"};
inline constexpr Text kExpired{"已过期", "expired"};
inline constexpr Text kSituationChanged{"测评后客户情况有变化（%s，%s）：请与客户确认，并在推荐产品前重新测评。",
                                        "The client's situation changed after the assessment (%s, %s): check with "
                                        "the client and reassess before recommending a product."};
inline constexpr Text kChangeIncome{"收入", "income"};
inline constexpr Text kChangeSpouseIncome{"配偶收入", "spouse's income"};
inline constexpr Text kChangeOccupation{"职业", "occupation"};
inline constexpr Text kChangeMarital{"婚姻状况", "marital status"};
inline constexpr Text kChangeOutflow{"大额资金流出", "a large outflow of assets"};
inline constexpr Text kNotSignedInPerson{"该测评未经客户本人签署：不能据此推荐产品。",
                                         "This assessment was not signed by the client in person: no product may "
                                         "be recommended on it."};
inline constexpr Text kValidUntil{"有效期至", "valid until"};
inline constexpr Text kDemo{"演示", "Demo"};

inline constexpr Text kSecProfile{"一纸通", "Profile"};
inline constexpr Text kSecFinances{"家庭与财务", "Household & finances"};
inline constexpr Text kSecHoldings{"持仓", "Holdings"};
inline constexpr Text kSecRisk{"风险与适当性", "Risk & suitability"};
inline constexpr Text kSecTimeline{"联络记录", "Contacts"};
inline constexpr Text kSecRecords{"商机·待办·投诉·报告", "Sales, tasks, complaints, reports"};

inline constexpr Text kLeaveTitle{"未保存的修改", "Unsaved changes"};
inline constexpr Text kLeaveBody{"当前表单有未保存的修改。继续编辑，还是放弃这些修改？",
                                 "This form has unsaved changes. Keep editing, or discard them?"};
inline constexpr Text kConfirmDeleteTitle{"确认删除", "Confirm deletion"};
inline constexpr Text kConfirmDeleteBody{"删除“%s”？", "Delete \"%s\"?"};  // the dialog adds the undo hint
inline constexpr Text kDelete{"删除", "Delete"};
inline constexpr Text kCancel{"取消", "Cancel"};
inline constexpr Text kAdd{"添加", "Add"};
inline constexpr Text kRemove{"移除", "Remove"};
inline constexpr Text kNone{"无", "None"};
inline constexpr Text kYes{"是", "Yes"};
inline constexpr Text kNo{"否", "No"};

// ---- validation ----------------------------------------------------------------
inline constexpr Text kErrRequired{"必填。", "Required."};
inline constexpr Text kErrMoney{"金额格式：数字，最多两位小数，如 12,345.67。", "Amount: digits with up to two decimals, e.g. 12,345.67."};
inline constexpr Text kErrMoneyRange{"金额过大。", "Amount too large."};
inline constexpr Text kErrCount{"请输入 0 到 20 之间的整数。", "Enter a whole number from 0 to 20."};
inline constexpr Text kErrAge{"请输入 0 到 120 之间的整数。", "Enter a whole number from 0 to 120."};
inline constexpr Text kErrYear{"请输入今年到 2100 年之间的年份。", "Enter a year from this year to 2100."};
inline constexpr Text kErrDateFormat{"日期格式：YYYY-MM-DD。", "Date format: YYYY-MM-DD."};
inline constexpr Text kErrNoSuchDate{"没有这一天。", "There is no such day."};
inline constexpr Text kErrNoSuchLunar{"农历没有这一天（闰月或大小月不符，或年份超出 1900–2100）。",
                                      "No such lunar day (leap month or month length, or year outside 1900–2100)."};
inline constexpr Text kErrFuture{"日期不能晚于今天。", "The date cannot be in the future."};
inline constexpr Text kErrPhone{"应为 11 位手机号，或带区号的固话（如 010-6588 0342），可加 +86。",
                                "An 11-digit mobile, or a landline with its area code (010-6588 0342), optionally after +86."};
inline constexpr Text kErrIdNumber{"身份证号码应为 18 位，校验位须相符。", "An ID number has 18 characters with a matching check character."};
inline constexpr Text kErrGoalAmount{"请填写金额，或删除此目标。", "Enter an amount, or remove this goal."};
inline constexpr Text kErrEmail{"电子邮箱格式不正确。", "Not a valid e-mail address."};
inline constexpr Text kErrEmpty{"请填写内容或移除此行。", "Fill this in or remove the row."};
inline constexpr Text kErrAnswerAll{"请回答全部问题。", "Answer every question."};
inline constexpr Text kErrNameLength{"姓名最多 40 个字符。", "A name has at most 40 characters."};
inline constexpr Text kErrOverrideReason{"手工等级需要填写理由。", "A manual tier needs a reason."};

// ---- profile (docs/domain.md §1) ---------------------------------------------------------
inline constexpr Text kBasics{"基本信息", "Basics"};
inline constexpr Text kName{"姓名", "Name"};
inline constexpr Text kGender{"性别", "Gender"};
inline constexpr Text kBirthday{"生日", "Birthday"};
inline constexpr Text kMarital{"婚姻状况", "Marital status"};
inline constexpr Text kEducation{"学历", "Education"};
inline constexpr Text kChildren{"子女数", "Children"};
inline constexpr Text kWork{"职业与收入", "Work and income"};
inline constexpr Text kOccupation{"职业", "Occupation"};
inline constexpr Text kEmployer{"工作单位", "Employer"};
inline constexpr Text kJobTitle{"职务", "Job title"};
inline constexpr Text kAnnualIncome{"年收入（税前，元）", "Annual income (pre-tax, CNY)"};
inline constexpr Text kSpouseIncome{"配偶年收入（元）", "Spouse's income (CNY)"};
inline constexpr Text kContactSection{"联系方式", "Contact"};
inline constexpr Text kAddress{"地址", "Address"};
inline constexpr Text kRegion{"区域", "Region"};
inline constexpr Text kContactPoints{"联系渠道", "Contact channels"};
inline constexpr Text kAddContactPoint{"添加联系渠道", "Add channel"};
inline constexpr Text kPreferredChannel{"偏好渠道", "Preferred channel"};
inline constexpr Text kPreferredTime{"偏好时间", "Preferred time"};
inline constexpr Text kInterests{"兴趣爱好（逗号分隔）", "Interests (comma-separated)"};
inline constexpr Text kImportantDates{"重要日子", "Important dates"};
inline constexpr Text kAddImportantDate{"添加重要日子", "Add date"};
inline constexpr Text kLiquidityNeeds{"近期用款计划（不得占用的资金）", "Money needed soon (must not be locked up)"};
inline constexpr Text kAddLiquidityNeed{"添加用款计划", "Add money needed"};
inline constexpr Text kLiquidityAmount{"金额（元，可不填）", "Amount (yuan, optional)"};
inline constexpr Text kLabel{"说明", "Label"};
inline constexpr Text kRelationship{"客户关系", "Relationship"};
inline constexpr Text kSource{"客户来源", "Source"};
inline constexpr Text kReferrer{"推荐人", "Referrer"};
inline constexpr Text kOrientation{"客户导向", "Orientation"};
inline constexpr Text kValueClass{"价值分类", "Value class"};
inline constexpr Text kMotive{"主要动机", "Motive"};
inline constexpr Text kAdaAssets{"本行日均金融资产（元）", "Avg. daily assets here (CNY)"};
inline constexpr Text kAssetsElsewhere{"他行资产（元）", "Assets elsewhere (CNY)"};
inline constexpr Text kAccountOpened{"开户日期", "Account opened"};
inline constexpr Text kDerivatives{"有衍生品投资经验", "Has derivatives experience"};
inline constexpr Text kTierOverride{"手工等级", "Manual tier"};
inline constexpr Text kTierOverrideReason{"手工等级理由", "Reason for manual tier"};
inline constexpr Text kTags{"标签（逗号分隔）", "Tags (comma-separated)"};
inline constexpr Text kNotes{"备注", "Notes"};
inline constexpr Text kProductsHeld{"持有产品", "Products held"};
inline constexpr Text kComputed{"（按规则）", "(by rule)"};

// ---- date input ---------------------------------------------------------------------
inline constexpr Text kLunar{"农历", "Lunar"};
inline constexpr Text kLeap{"闰月", "Leap month"};
inline constexpr Text kDateHint{"YYYY-MM-DD", "YYYY-MM-DD"};
inline constexpr Text kSolarIs{"公历 %s", "solar %s"};
inline constexpr Text kThisYear{"今年 %s", "this year %s"};

// ---- household & finances (docs/domain.md §4) ---------------------------------------------
inline constexpr Text kMembers{"家庭成员", "Household members"};
inline constexpr Text kAddMember{"添加成员", "Add member"};
inline constexpr Text kRelation{"关系", "Relation"};
inline constexpr Text kIncome{"年收入（元）", "Income (CNY)"};
inline constexpr Text kBalanceSheet{"资产负债表（元）", "Balance sheet (CNY)"};
inline constexpr Text kIncomeStatement{"年度收支表（元）", "Yearly income and expenses (CNY)"};
inline constexpr Text kFinancesAsOf{"数据日期", "Figures as of"};
inline constexpr Text kCash{"现金及存款", "Cash and deposits"};
inline constexpr Text kWealth{"理财产品", "Wealth products"};
inline constexpr Text kBonds{"债券", "Bonds"};
inline constexpr Text kFunds{"基金", "Funds"};
inline constexpr Text kStocks{"股票", "Stocks"};
inline constexpr Text kOtherInvest{"其他投资", "Other investments"};
inline constexpr Text kRealEstate{"房产", "Real estate"};
inline constexpr Text kOtherAssets{"其他资产", "Other assets"};
inline constexpr Text kMortgage{"房贷", "Mortgage"};
inline constexpr Text kOtherLoans{"其他贷款", "Other loans"};
inline constexpr Text kCreditCards{"信用卡欠款", "Credit cards"};
inline constexpr Text kPretax{"税前收入", "Pre-tax income"};
inline constexpr Text kAftertax{"税后收入", "After-tax income"};
inline constexpr Text kLiving{"生活支出", "Living expenses"};
inline constexpr Text kDebtService{"年还本付息", "Debt service"};
inline constexpr Text kPremiums{"保险保费", "Insurance premiums"};
inline constexpr Text kOtherExpenses{"其他支出", "Other expenses"};
inline constexpr Text kTotals{"总资产 %s  ·  总负债 %s  ·  净资产 %s  ·  年结余 %s",
                              "Assets %s  ·  Liabilities %s  ·  Net %s  ·  Yearly surplus %s"};
inline constexpr Text kRatios{"财务比率", "Household ratios"};
inline constexpr Text kRatio{"比率", "Ratio"};
inline constexpr Text kValue{"数值", "Value"};
inline constexpr Text kThreshold{"标准", "Healthy"};
inline constexpr Text kVerdict{"评价", "Verdict"};
inline constexpr Text kSolvency{"清偿比率", "Solvency"};
inline constexpr Text kDebt{"负债比率", "Debt ratio"};
inline constexpr Text kDebtToIncome{"负债收入比", "Debt-to-income"};
inline constexpr Text kLiquidity{"流动性比率（月）", "Liquidity (months)"};
inline constexpr Text kSavings{"结余比率", "Savings"};
inline constexpr Text kInvestment{"投资与净资产比", "Investment"};
inline constexpr Text kHealthy{"健康", "Healthy"};
inline constexpr Text kUnhealthy{"需关注", "Needs attention"};
inline constexpr Text kUndefined{"数据不足", "Not enough data"};
inline constexpr Text kGood{"良好", "Good"};
inline constexpr Text kFair{"一般", "Fair"};
inline constexpr Text kPoor{"偏低", "Low"};
inline constexpr Text kHigherBetter{"越高越好（参考 %s）", "higher is better (ref. %s)"};
inline constexpr Text kAllocation{"资产配置", "Asset allocation"};
inline constexpr Text kNoAssets{"尚无资产数据。", "No assets recorded yet."};
inline constexpr Text kTotal{"合计", "Total"};

// ---- holdings ---------------------------------------------------------------------------
inline constexpr Text kNoHoldings{"该客户在本行暂无持仓。", "No holdings at this bank."};
inline constexpr Text kProduct{"产品", "Product"};
inline constexpr Text kCode{"代码", "Code"};
inline constexpr Text kProductRisk{"风险", "Risk"};
inline constexpr Text kAmount{"金额（元）", "Amount (CNY)"};
inline constexpr Text kStart{"起始日", "Start"};
inline constexpr Text kMaturity{"到期日", "Maturity"};
inline constexpr Text kOpenEnded{"开放式", "Open-ended"};
inline constexpr Text kReturn{"预期年化", "Expected return"};
inline constexpr Text kHeldOverTime{"在本行持有金额（过去 12 个月与未来 12 个月，未续作）",
                                    "Held at this bank (the past 12 months, and the next 12 if nothing is renewed)"};
inline constexpr Text kMaturities{"未来 12 个月到期", "Maturing in the next 12 months"};
inline constexpr Text kLater{"之后还有 %d 笔", "%d more later"};
inline constexpr Text kDaysLeft{"%d 天后到期", "matures in %d days"};

// ---- risk & suitability (docs/domain.md §5) ----------------------------------------------------
inline constexpr Text kAssessment{"风险测评", "Risk assessment"};
inline constexpr Text kScore{"得分", "Score"};
inline constexpr Text kAssessedOn{"测评日期", "Assessed on"};
inline constexpr Text kTakeQuestionnaire{"与客户一起完成问卷", "Take the questionnaire with the client"};
inline constexpr Text kSignedInPerson{"客户已当面签字确认", "Signed by the client in person"};
inline constexpr Text kSubmitAssessment{"提交测评", "Submit assessment"};
inline constexpr Text kCancelAssessment{"取消", "Cancel"};
inline constexpr Text kAssessmentResult{"得分 %d，%s（%s）", "Score %d: %s (%s)"};
inline constexpr Text kValid{"有效", "Valid"};
inline constexpr Text kSuitability{"产品适当性", "Product suitability"};
inline constexpr Text kSearchProduct{"搜索产品（名称或代码）", "Search products (name or code)"};
inline constexpr Text kSuitable{"适合：可以向客户推荐 %s。", "Suitable: %s may be offered."};
inline constexpr Text kRefused{"不适合推荐 %s，原因：", "%s may not be offered, because:"};
inline constexpr Text kPickProduct{"选择一个产品查看是否适合该客户。", "Pick a product to check it for this client."};
inline constexpr Text kDerivativeLinked{"挂钩衍生品", "derivative-linked"};
inline constexpr Text kTermDays{"期限 %d 天", "term %d days"};

// ---- timeline and records ------------------------------------------------------------------------
inline constexpr Text kNoContacts{"尚无联络记录。", "No contacts yet."};
inline constexpr Text kDate{"日期", "Date"};
inline constexpr Text kChannel{"渠道", "Channel"};
inline constexpr Text kProactive{"主动", "Proactive"};
inline constexpr Text kOutcome{"结果", "Outcome"};
inline constexpr Text kNextStep{"下一步", "Next step"};
inline constexpr Text kAddContact{"记录联络", "Record contact"};
inline constexpr Text kOpportunities{"商机", "Opportunities"};
inline constexpr Text kTitle{"标题", "Title"};
inline constexpr Text kStep{"阶段", "Step"};
inline constexpr Text kStatus{"状态", "Status"};
inline constexpr Text kOpportunityProduct{"推荐产品（可不选）", "Product offered (optional)"};
inline constexpr Text kNoProductChosen{"（未选产品）", "(no product)"};
inline constexpr Text kExpectedAmount{"预计金额（元）", "Expected amount (CNY)"};
inline constexpr Text kTasks{"待办", "Tasks"};
inline constexpr Text kDue{"到期", "Due"};
inline constexpr Text kKind{"类型", "Kind"};
inline constexpr Text kUrgent{"紧急", "Urgent"};
inline constexpr Text kImportant{"重要", "Important"};
inline constexpr Text kDone{"完成", "Done"};
inline constexpr Text kComplaints{"投诉", "Complaints"};
inline constexpr Text kReceived{"受理日期", "Received"};
inline constexpr Text kSummary{"摘要", "Summary"};
inline constexpr Text kFacts{"事实记录", "Facts"};
inline constexpr Text kResolved{"已解决", "Resolved"};
inline constexpr Text kOpenState{"处理中", "Open"};
inline constexpr Text kNextStepIs{"下一步：", "Next: "};
inline constexpr Text kReports{"客户沟通报告", "Communication reports"};
inline constexpr Text kKeyPoints{"要点", "Key points"};
inline constexpr Text kNeeds{"客户需求与问题", "Needs and questions"};
inline constexpr Text kNextActions{"后续行动", "Next actions"};
inline constexpr Text kReview{"审阅", "Review"};
inline constexpr Text kEmptyList{"暂无。", "None yet."};

// ---- new-client wizard (the "establish needs" checklist of the six steps) -----------------------
inline constexpr Text kWizardTitle{"新建客户 · 第 %d 步，共 6 步：%s", "New client · step %d of 6: %s"};
inline constexpr Text kStepBasics{"基本资料", "Basic profile"};
inline constexpr Text kStepContact{"联系偏好", "Contact preferences"};
inline constexpr Text kStepHousehold{"家庭与财务", "Household & finances"};
inline constexpr Text kStepGoals{"目标与需求", "Goals and needs"};
inline constexpr Text kStepRisk{"风险测评（可选）", "Risk assessment (optional)"};
inline constexpr Text kStepReview{"核对并创建", "Review & create"};
inline constexpr Text kNext{"下一步", "Next"};
inline constexpr Text kPrev{"上一步", "Back"};
inline constexpr Text kCreate{"创建客户", "Create client"};
inline constexpr Text kWizardCancel{"取消", "Cancel"};
inline constexpr Text kMobile{"手机", "Mobile"};
inline constexpr Text kIdNumber{"身份证号码", "ID card number"};
inline constexpr Text kWechat{"微信", "WeChat"};
inline constexpr Text kEmail{"电子邮箱", "E-mail"};
inline constexpr Text kSpouseName{"配偶姓名", "Spouse's name"};
inline constexpr Text kInvestments{"投资资产（理财、基金、股票等）", "Investments (wealth products, funds, stocks…)"};
inline constexpr Text kLiabilities{"负债合计", "Total liabilities"};
inline constexpr Text kExpenses{"年支出", "Yearly expenses"};
inline constexpr Text kGoals{"理财目标", "Goals"};
inline constexpr Text kGoalKind{"目标", "Goal"};
inline constexpr Text kGoalLabel{"客户原话", "In the client's words"};
inline constexpr Text kGoalAmount{"所需金额（元）", "Amount needed (CNY)"};
inline constexpr Text kGoalYear{"目标年份", "Target year"};
inline constexpr Text kAddGoal{"添加目标", "Add goal"};
inline constexpr Text kTypicalGoals{"按人生阶段添加典型目标（%s）", "Add typical goals for the life stage (%s)"};
inline constexpr Text kGoalsNote{"每个目标保存为“确定需求”阶段的商机。", "Each goal is kept as an opportunity at the \"needs\" step."};
inline constexpr Text kSkipRisk{"可跳过：测评可稍后在客户视图中完成。", "Optional: the assessment can be done later in the client view."};
inline constexpr Text kTakeNow{"现在测评", "Assess now"};
inline constexpr Text kRiskDone{"已完成测评：%s", "Assessment done: %s"};
inline constexpr Text kCancelWizardTitle{"放弃新建客户？", "Abandon the new client?"};
inline constexpr Text kCancelWizardBody{"已填写的内容将被放弃。", "What you entered will be discarded."};
inline constexpr Text kLeaveWizard{"放弃", "Abandon"};

// ---- Credit rating and client value (docs/domain.md §6) ----
inline constexpr Text kCreditRating{"信用评级", "Credit rating"};
inline constexpr Text kCreditNotRated{"尚未评级：请为以下五项因素逐项打分（0–100）后保存。",
                                      "Not rated yet: score the five factors (0–100) and save."};
inline constexpr Text kCreditScoreFactors{"为五项因素打分", "Score the five factors"};
inline constexpr Text kCreditClear{"清除评级", "Clear the rating"};
inline constexpr Text kCreditResult{"评分 %d 分，等级 %s（%s 评定）", "Score %d, grade %s (scored %s)"};
inline constexpr Text kCreditUnsaved{"评分 %d 分，等级 %s（未保存）", "Score %d, grade %s (not saved)"};
inline constexpr Text kCreditCharacter{"品德（还款意愿）", "Character"};
inline constexpr Text kCreditCapacity{"能力（收入与负债）", "Capacity (income against debt)"};
inline constexpr Text kCreditCapital{"资本", "Capital"};
inline constexpr Text kCreditCollateral{"抵押与担保", "Collateral or guarantee"};
inline constexpr Text kCreditConditions{"环境条件", "Conditions"};
inline constexpr Text kClientValue{"客户价值", "Client value"};
inline constexpr Text kValueHistorical{"历史价值", "Historical"};
inline constexpr Text kValueCurrent{"当前价值（本年至今）", "Current (this year so far)"};
inline constexpr Text kValuePotential{"潜在价值（每年）", "Potential (a year)"};
inline constexpr Text kValueNoHistory{"数据中没有往年持仓，无法计算历史价值。",
                                      "The book holds no holdings of earlier years: no historical value."};
inline constexpr Text kValueNoHoldings{"客户在本行没有持仓：当前价值为 0。", "The client holds nothing here: no current value."};
inline constexpr Text kValueNoElsewhere{"未登记他行资产：无法估算潜在价值。",
                                        "No assets at other institutions recorded: no potential value."};
inline constexpr Text kValueBasis{"按模拟利润（存款利润 + 理财产品利润 + 中间业务收入）与设置中的利率计算。",
                                  "From the simulated profit (deposit + wealth-product profit + fee income) at the rates in Settings."};

// ---- enum labels (indexed by the enum value) ----------------------------------------------------------

}  // namespace rm::ui::cvt
