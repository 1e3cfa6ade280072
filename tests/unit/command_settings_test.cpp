// Settings' own commands: the manager edits her name and branch
// (update_own_profile) and the product catalogue (save_product); both are
// undoable steps, refused with a reason, and read from JSON. And a book whose
// demo data was removed still has its owner, branch and catalogue, which
// these commands then make the manager's own.
#include "command_fixture.h"

#include "core/demo/demo_book.h"
#include "core/model/prng.h"
#include "store/bundle.h"

using namespace rm;
using namespace rm::test;

namespace {

const Manager* manager(const Workspace& ws, const RecordId& id) {
  const uint32_t at = ws.index().manager(id);
  return at == BookIndex::npos ? nullptr : &ws.book().managers[at];
}

const Branch* branch(const Workspace& ws, const RecordId& id) {
  for (const Branch& b : ws.book().branches)
    if (b.meta.id == id && !b.meta.deleted) return &b;
  return nullptr;
}

SaveProduct bond_fund() {
  SaveProduct c;
  c.name = "稳健债券基金";
  c.code = "BF-001";
  c.category = ProductCategory::bond_fund;
  c.risk = ProductRisk::R2;
  c.ladder_position = 4;
  c.expected_return_bp = 350;
  return c;
}

}  // namespace

TEST_CASE("update own profile: her name, and an outlet for a manager with none; one undo each") {
  CommandFixture f;
  UpdateOwnProfile c{"王晓芳", "朝阳门支行", "E1024", "13800001111", "wxf@example.com"};
  REQUIRE(f.run(c).ok());
  const Manager* me = manager(f.ws, tid("m1"));
  REQUIRE(me);
  CHECK(me->name == "王晓芳");
  CHECK(me->employee_no == "E1024");
  CHECK(me->phone == "13800001111");
  const Branch* outlet = branch(f.ws, me->branch_id);
  REQUIRE(outlet);
  CHECK(outlet->name == "朝阳门支行");
  CHECK(outlet->level == BranchLevel::outlet);
  CHECK(f.ws.undo_command() == "update_own_profile");

  // Saved again with another branch name: her branch is renamed, not doubled.
  c.branch_name = "建国门支行";
  REQUIRE(f.run(c).ok());
  CHECK(f.ws.book().branches.size() == 1);
  CHECK(branch(f.ws, manager(f.ws, tid("m1"))->branch_id)->name == "建国门支行");
  REQUIRE(f.undo());
  CHECK(branch(f.ws, manager(f.ws, tid("m1"))->branch_id)->name == "朝阳门支行");
  REQUIRE(f.undo());
  CHECK(manager(f.ws, tid("m1"))->name == "王芳");
  CHECK(manager(f.ws, tid("m1"))->branch_id.empty());
}

TEST_CASE("update own profile: refusals say why and change nothing; the JSON form") {
  CommandFixture f;
  CHECK(f.refused(UpdateOwnProfile{" ", "支行", "", "", ""}).path == "name");
  CHECK(f.refused(UpdateOwnProfile{std::string(101, 'a'), "", "", "", ""}).code == "too_long");
  CHECK(f.refused(UpdateOwnProfile{"王芳", "", "", "", "not an address"}).code == "bad_email");
  CHECK(f.refused(UpdateOwnProfile{"王芳", "", "", "", ""}, Role::supervisor).code == "not_allowed");
  REQUIRE(f.run_json(R"({"command":"update_own_profile","name":"王芳芳","branch_name":"东单支行"})").ok());
  CHECK(manager(f.ws, tid("m1"))->name == "王芳芳");
  CHECK_FALSE(f.run_json(R"({"command":"update_own_profile","name":"x","branch":"y"})").ok());
}

TEST_CASE("save product: a new product, then its fields replaced; undo; refusals") {
  CommandFixture f;
  const size_t before = f.ws.book().products.size();
  REQUIRE(f.run(bond_fund()).ok());
  REQUIRE(f.ws.book().products.size() == before + 1);
  const Product added = f.ws.book().products.back();
  CHECK(added.name == "稳健债券基金");
  CHECK(added.risk == ProductRisk::R2);
  CHECK(added.on_sale);
  CHECK(f.ws.undo_command() == "save_product");

  SaveProduct change = bond_fund();
  change.product_id = added.meta.id;
  change.risk = ProductRisk::R3;
  change.on_sale = false;  // off the list; clients may still hold it
  REQUIRE(f.run(change).ok());
  CHECK(f.ws.book().products.size() == before + 1);
  CHECK(f.ws.book().products.back().risk == ProductRisk::R3);
  CHECK_FALSE(f.ws.book().products.back().on_sale);
  REQUIRE(f.undo());
  CHECK(f.ws.book().products.back().risk == ProductRisk::R2);

  SaveProduct copy = bond_fund();  // the same code as another product
  CHECK(f.refused(copy).code == "duplicate_code");
  SaveProduct high = bond_fund();
  high.code.clear();
  high.ladder_position = 16;
  CHECK(f.refused(high).path == "ladder_position");
  SaveProduct unnamed = bond_fund();
  unnamed.name = "";
  CHECK(f.refused(unnamed).path == "name");
  SaveProduct unknown = bond_fund();
  unknown.product_id = tid("p-none");
  CHECK(f.refused(unknown).code == "no_such_product");
  CHECK(f.refused(bond_fund(), Role::supervisor).code == "not_allowed");

  REQUIRE(f.run_json(R"({"command":"save_product","name":"黄金积存","category":"gold","risk":"R4","ladder_position":9})")
              .ok());
  CHECK(f.ws.book().products.back().risk == ProductRisk::R4);
  CHECK_FALSE(f.run_json(R"({"command":"save_product","name":"x","risk":"R9"})").ok());
}

TEST_CASE("after removing the demo data the book keeps its owner, branch and catalogue, and Settings edits them") {
  DemoOptions o;
  o.clients = 40;
  o.today = Date::from_ymd(2026, 12, 3);
  Book demo = make_demo_book(o);
  const RecordId owner = demo.settings.owner_manager_id;
  const size_t products = demo.products.size();
  auto rng = std::make_shared<SplitMix64>(5);
  Random64 random = [rng] { return rng->next(); };
  Workspace ws(std::move(demo), new_uuid(random), random, CommandFixture::kNow);
  ws.remove_demo_data();
  CHECK(ws.book().clients.empty());
  CHECK(ws.book().products.size() == products);  // suitability has products to judge
  REQUIRE(manager(ws, owner));                     // assignment has a manager to name
  const CommandContext me{Date::from_ymd(2026, 12, 3), Role::manager, owner};
  REQUIRE(ws.dispatch(UpdateOwnProfile{"林静", "金融街支行", "", "", ""}, me, CommandFixture::kNow + 1000).ok());
  CHECK(manager(ws, owner)->name == "林静");
  CHECK(branch(ws, manager(ws, owner)->branch_id)->name == "金融街支行");
  REQUIRE(ws.dispatch(bond_fund(), me, CommandFixture::kNow + 2000).ok());
  CHECK(ws.book().products.size() == products + 1);
}

TEST_CASE("set own role: the owner reviews as a supervisor linked to her, and stops without losing her reviews") {
  CommandFixture f;
  // Until she says she is a supervisor, a review from her own screens names no one.
  const Command approve = Approve{tid("nothing"), ""};
  CHECK(own_context(f.ws.book(), approve, f.today).role == Role::supervisor);
  CHECK(own_context(f.ws.book(), approve, f.today).user_id.empty());
  CHECK(own_context(f.ws.book(), Command{SetOwnRole{Role::supervisor}}, f.today).user_id == tid("m1"));

  REQUIRE(f.run_json(R"({"command": "set_own_role", "role": "supervisor"})").ok());
  const Supervisor* me = own_supervisor(f.ws.book());
  REQUIRE(me);
  CHECK(me->name == "王芳");
  CHECK(me->meta.id != tid("s1"));
  CHECK(own_context(f.ws.book(), approve, f.today).user_id == me->meta.id);
  CHECK(own_context(f.ws.book(), Command{SetOwnRole{}}, f.today).role == Role::manager);
  // Asked again: nothing changes, no second record.
  REQUIRE(f.run(SetOwnRole{Role::supervisor}).value() == 0);
  CHECK(f.ws.book().supervisors.size() == 2);

  // Her name follows her own details.
  UpdateOwnProfile profile;
  profile.name = "王芳芳";
  REQUIRE(f.run(profile).ok());
  CHECK(own_supervisor(f.ws.book())->name == "王芳芳");

  // Back to manager only: the record stays (reviews name it), unlinked.
  const RecordId id = own_supervisor(f.ws.book())->meta.id;
  REQUIRE(f.run(SetOwnRole{Role::manager}).ok());
  CHECK(own_supervisor(f.ws.book()) == nullptr);
  CHECK(f.ws.index().supervisor(id) != BookIndex::npos);
  CHECK(own_context(f.ws.book(), approve, f.today).user_id.empty());
  REQUIRE(f.undo());
  CHECK(own_supervisor(f.ws.book()) != nullptr);

  CHECK(f.run_json(R"({"command": "set_own_role", "role": "boss"})").problem().path == "role");
}

TEST_CASE("set own role needs her own details first") {
  CommandFixture f;
  Book book = f.ws.book();
  book.settings.owner_manager_id = tid("nobody");
  Workspace ws(std::move(book), "actor", [] { return uint64_t{7}; }, CommandFixture::kNow);
  const Result<int64_t> r = ws.dispatch(SetOwnRole{Role::supervisor}, CommandContext{f.today, Role::manager, tid("nobody")},
                                        CommandFixture::kNow + 1000);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().code == "no_owner");
}

TEST_CASE("a book begun empty gets its owner with her first own details, and she can then review") {
  Workspace ws(Book{}, "aaaaaaaa-0000-4000-8000-000000000001", [] {
    static uint64_t n = 0;
    return ++n * 0x9e3779b97f4a7c15ULL;
  }, CommandFixture::kNow);
  const Date today = Date::from_ymd(2026, 12, 3);
  auto run = [&](const Command& c, int64_t at) { return ws.dispatch(c, own_context(ws.book(), c, today), at); };
  CHECK(run(SetOwnRole{Role::supervisor}, CommandFixture::kNow + 1000).problem().code == "no_owner");
  UpdateOwnProfile me;
  me.name = "张主管";
  me.branch_name = "朝阳支行";
  REQUIRE(run(me, CommandFixture::kNow + 2000).ok());
  const RecordId owner = ws.book().settings.owner_manager_id;
  REQUIRE_FALSE(owner.empty());
  REQUIRE(ws.index().manager(owner) != BookIndex::npos);
  CHECK(ws.book().managers[ws.index().manager(owner)].name == "张主管");
  REQUIRE(run(SetOwnRole{Role::supervisor}, CommandFixture::kNow + 3000).ok());
  REQUIRE(own_supervisor(ws.book()));
  CHECK(own_supervisor(ws.book())->name == "张主管");
  // Saved and loaded again, the book is whole: the owner names a record it has.
  Book saved = ws.book();
  saved.export_info = {ws.actor(), CommandFixture::kNow + 4000, BundleScope::book};
  const Result<Book> again = load_bundle(save_bundle(saved));
  INFO((again.ok() ? std::string() : again.problem().code + " " + again.problem().path + " " + again.problem().message_en));
  REQUIRE(again.ok());
  CHECK(again.value().settings.owner_manager_id == owner);
}

TEST_CASE("save profit rates: the table replaced in one undoable edit; refusals; the JSON form", "[reports]") {
  CommandFixture f;
  const std::vector<ProfitRate> rates{{ProductCategory::savings, ProfitKind::deposit, 120},
                                      {ProductCategory::insurance, ProfitKind::fee_income, 10'000}};
  REQUIRE(f.run(SaveProfitRates{rates}).ok());
  CHECK(f.ws.book().settings.profit_rates == rates);
  CHECK(f.ws.undo_command() == "save_profit_rates");
  REQUIRE(f.undo());
  CHECK(f.ws.book().settings.profit_rates.empty());

  const uint64_t revision = f.ws.revision();
  Problem p = f.refused(SaveProfitRates{{{ProductCategory::savings, ProfitKind::deposit, -1}}});
  CHECK(p.code == "negative_rate");
  CHECK(p.path == "rates[0].rate_bp");
  CHECK(f.refused(SaveProfitRates{{{ProductCategory::savings, ProfitKind::deposit, 10'001}}}).code == "rate_too_large");
  p = f.refused(SaveProfitRates{{{ProductCategory::savings, ProfitKind::deposit, 100},
                                 {ProductCategory::bond, ProfitKind::fee_income, 20},
                                 {ProductCategory::savings, ProfitKind::wealth_product, 50}}});
  CHECK(p.code == "duplicate_category");
  CHECK(p.path == "rates[2].category");
  CHECK(f.ws.revision() == revision);

  REQUIRE(f.run_json(R"({"command":"save_profit_rates","rates":[{"category":"trust","kind":"wealth_product","rate_bp":75}]})")
              .ok());
  CHECK(f.ws.book().settings.profit_rates ==
        std::vector<ProfitRate>{{ProductCategory::trust, ProfitKind::wealth_product, 75}});
  Result<Command> bad = command_from_json(std::string_view(R"({"command":"save_profit_rates","rates":[{"category":"trust","kind":"margin","rate_bp":75}]})"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().path == "rates[0].kind");
  REQUIRE(f.run_json(R"({"command":"save_profit_rates","rates":[]})").ok());  // back to the defaults
  CHECK(f.ws.book().settings.profit_rates.empty());
}
