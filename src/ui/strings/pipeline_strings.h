// String table of the Pipeline screen's board, opportunity editor and
// suggestions (the figures and the table are in workbench_strings.h).
#pragma once
#include "ui/text.h"

namespace rm::ui::pipeline_text {

inline constexpr Text kViewBoard{"看板", "Board"};
inline constexpr Text kViewTable{"列表", "Table"};
inline constexpr Text kViewSuggestions{"销售建议", "Suggestions"};
inline constexpr Text kBoardHint{"拖动卡片到另一阶段；或选中卡片后按 Ctrl+→ / Ctrl+← 推进或退回，↑↓ 选择，Enter 编辑。",
                                 "Drag a card to another step; or select a card and press Ctrl+→ / Ctrl+← to move it "
                                 "forward or back, ↑↓ to choose, Enter to edit."};
inline constexpr Text kColumnFigures{"%d 个 · ¥%s", "%d · ¥%s"};
inline constexpr Text kDropHere{"拖到此处", "Drop here"};
inline constexpr Text kCardLine{"¥%s · %d%%", "¥%s · %d%%"};
inline constexpr Text kCloseBy{"预计 %s 成交", "close %s"};
inline constexpr Text kMoveBack{"<", "<"};
inline constexpr Text kMoveOn{">", ">"};

inline constexpr Text kEditTitle{"编辑商机", "Edit opportunity"};
inline constexpr Text kFieldTitle{"商机名称", "Title"};
inline constexpr Text kFieldClient{"客户", "Client"};
inline constexpr Text kFieldProduct{"产品", "Product"};
inline constexpr Text kNoProduct{"（未选产品）", "(no product)"};
inline constexpr Text kFieldAmount{"预计金额（元）", "Expected amount (yuan)"};
inline constexpr Text kFieldProbability{"成交概率（%）", "Probability (%)"};
inline constexpr Text kFieldExpectedClose{"预计成交日期", "Expected close"};
inline constexpr Text kFieldNextStep{"下一步", "Next step"};
inline constexpr Text kFieldNextStepDate{"下一步日期", "Next step date"};
inline constexpr Text kFieldSource{"来源渠道", "Source"};
inline constexpr Text kFieldMethod{"销售方式", "Sales method"};
inline constexpr Text kFieldStep{"阶段", "Step"};
inline constexpr Text kSave{"保存", "Save"};
inline constexpr Text kCloseEditor{"关闭", "Close"};
inline constexpr Text kLostReason{"失败原因", "Why it was lost"};
inline constexpr Text kSaved{"已保存。", "Saved."};

inline constexpr Text kSuggestionsHint{
    "按交叉销售矩阵、到期续作和大额存款升级生成；每项产品都已通过适当性检查。",
    "From the cross-sell matrix, products maturing soon and large deposits; every product shown passed the suitability check."};
inline constexpr Text kSuggestionClient{"客户", "Client"};
inline constexpr Text kSuggestionWhy{"理由", "Why"};
inline constexpr Text kSuggestionProduct{"建议产品", "Product"};
inline constexpr Text kSuggestionCreate{"建立商机", "Open opportunity"};
inline constexpr Text kWhyRepeat{"%s 将于 %s 到期（¥%s）：续作同类产品", "%s matures on %s (¥%s): a similar product"};
inline constexpr Text kWhyUpSell{"存款 ¥%s：可升级为理财产品", "¥%s on deposit: a wealth product"};
inline constexpr Text kWhyCrossSell{"持有%s → 交叉销售%s", "Holds %s → cross-sell %s"};
inline constexpr Text kSuitable{"适当性：%s ≤ %s", "Suitability: %s ≤ %s"};
inline constexpr Text kBlockedHeading{"因适当性未能建议", "Not suggested for suitability"};
inline constexpr Text kBlockedLine{"%s（%s）：%s", "%s (%s): %s"};
inline constexpr Text kNoSuggestions{"暂无销售建议：客户持有的产品与存款未触发交叉销售、续作或升级规则。",
                                     "No suggestions: no client's holdings or deposits call for cross-selling, a repeat or an up-sell."};
inline constexpr Text kSuggestionsShown{"显示前 %d 位客户的建议（共 %d 位有建议）", "Showing the first %d clients with suggestions (of %d)"};

}  // namespace rm::ui::pipeline_text
