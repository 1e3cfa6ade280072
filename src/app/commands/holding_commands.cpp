#include "app/commands/holding_commands.h"

#include "app/commands/command_args.h"

namespace rm {

Result<Edit> decide(const AddHolding& command, const CommandInput& in) {
  if (!live_client(in, command.client_id)) return no_such_client();
  const uint32_t p = in.index.product(command.product_id);
  if (p == BookIndex::npos || in.book.products[p].meta.deleted)
    return refusal("no_such_product", "No such product in the catalogue.", "产品目录中没有该产品。", "product_id");
  if (command.amount < 0)
    return refusal("negative_amount", "The amount cannot be negative.", "金额不能为负数。", "amount");
  if (command.start == Date{})
    return refusal("required", "The holding needs a start date.", "请填写起始日期。", "start");
  if (auto problem = refuse_future(in, command.start, "start")) return *problem;
  if (command.maturity && *command.maturity < command.start)
    return refusal("maturity_before_start", "The maturity cannot fall before the start.", "到期日不能早于起始日期。",
                   "maturity");
  if (command.expected_return_bp < -100000 || command.expected_return_bp > 100000)
    return refusal("out_of_range", "The expected return is out of range.", "预期收益率超出允许范围。",
                   "expected_return_bp");
  Holding h;
  h.meta.id = in.new_id();
  h.client_id = command.client_id;
  h.product_id = command.product_id;
  h.amount = command.amount;
  h.start = command.start;
  h.maturity = command.maturity;
  h.expected_return_bp = command.expected_return_bp;
  return edit_of<AddHolding>({std::move(h)});
}

void read_args(CommandArgs& a, AddHolding& c) {
  a.id("client_id", c.client_id);
  a.id("product_id", c.product_id);
  a.integer("amount", c.amount, 0, kMaxAmount, CommandArgs::required);
  a.date("start", c.start);
  a.date("maturity", c.maturity);
  int64_t bp = 0;
  a.integer("expected_return_bp", bp, -100000, 100000);
  c.expected_return_bp = static_cast<int>(bp);
}

}  // namespace rm
