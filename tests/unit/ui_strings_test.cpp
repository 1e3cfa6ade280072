// The UI's string tables: what a person reads must exist in both languages.
#include <catch_amalgamated.hpp>

#include <set>
#include <string>
#include <string_view>

#include "ui/strings.h"
#include "ui/strings/enum_labels.h"

using namespace rm;
using namespace rm::ui;

namespace {

// Restores the language the rest of the test run expects.
struct LanguageScope {
  Language saved = language();
  explicit LanguageScope(Language l) { set_language(l); }
  ~LanguageScope() { set_language(saved); }
};

bool blank(const char* s) { return s == nullptr || std::string_view(s).find_first_not_of(' ') == std::string_view::npos; }

// Every code of E has a label in both languages, and no two codes share one
// (a filter or a form would show two identical choices).
template <class E>
void check_labels(const char* name) {
  INFO("enum " << name);
  for (Language lang : {Language::Chinese, Language::English}) {
    const LanguageScope scope(lang);
    std::set<std::string> seen;
    for (size_t i = 0; i < EnumCodes<E>::codes.size(); ++i) {
      INFO("code " << EnumCodes<E>::codes[i] << (lang == Language::Chinese ? " (zh)" : " (en)"));
      const char* text = label(static_cast<E>(i));
      CHECK_FALSE(blank(text));
      CHECK(std::string_view(text) != "?");
      CHECK(seen.insert(text).second);
    }
  }
}

}  // namespace

TEST_CASE("UI strings: every Str has Chinese and English text") {
  for (int i = 0; i < static_cast<int>(Str::kCount); ++i) {
    INFO("Str #" << i);
    CHECK_FALSE(blank(tr(static_cast<Str>(i), Language::Chinese)));
    CHECK_FALSE(blank(tr(static_cast<Str>(i), Language::English)));
  }
  CHECK(std::string_view(tr(Str::NavClients, Language::Chinese)) == "客户");
  CHECK(std::string_view(tr(Str::NavClients, Language::English)) == "Clients");
}

TEST_CASE("UI strings: tr() follows the chosen language") {
  {
    const LanguageScope scope(Language::English);
    CHECK(std::string_view(tr(Str::AppTitle)) == "RM Planner");
    CHECK(std::string_view(label(Gender::female)) == "Female");
  }
  const LanguageScope scope(Language::Chinese);
  CHECK(std::string_view(tr(Str::AppTitle)) == "客户经理工作台");
  CHECK(std::string_view(label(Gender::female)) == "女");
}

TEST_CASE("UI strings: every coded value has a distinct label in both languages") {
  check_labels<Gender>("Gender");
  check_labels<MaritalStatus>("MaritalStatus");
  check_labels<Education>("Education");
  check_labels<OccupationClass>("OccupationClass");
  check_labels<Channel>("Channel");
  check_labels<ContactClass>("ContactClass");
  check_labels<ContactTime>("ContactTime");
  check_labels<ClientSource>("ClientSource");
  check_labels<Orientation>("Orientation");
  check_labels<ValueClass>("ValueClass");
  check_labels<Motive>("Motive");
  check_labels<ImportantDateKind>("ImportantDateKind");
  check_labels<LiquidityPurpose>("LiquidityPurpose");
  check_labels<Relation>("Relation");
  check_labels<ProductCategory>("ProductCategory");
  check_labels<ContactOutcome>("ContactOutcome");
  check_labels<TaskKind>("TaskKind");
  check_labels<SalesStep>("SalesStep");
  check_labels<OpportunityStatus>("OpportunityStatus");
  check_labels<SalesMethod>("SalesMethod");
  check_labels<ReviewState>("ReviewState");
  check_labels<ClientEventKind>("ClientEventKind");
  check_labels<InvitationStatus>("InvitationStatus");
  check_labels<ComplaintStep>("ComplaintStep");
  check_labels<Responsibility>("Responsibility");
}
