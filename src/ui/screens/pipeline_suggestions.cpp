// Suggestions of what to sell next (core/sales/opportunity_suggestions.h):
// for the manager's clients in book order, each suitable product with why it
// is suggested and the suitability it passed, and a button that opens the
// opportunity; the categories refused for suitability are listed with the
// reason. Worked out for the first clients with suggestions only, once per
// change of the book, so the screen stays quick on a 50 000-client book.
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/risk/client_suitability.h"
#include "core/risk/risk_profile.h"
#include "core/sales/opportunity_suggestions.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/pipeline_parts.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/pipeline_strings.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui::pipeline {
namespace {
using namespace pipeline_text;

constexpr size_t kClientsShown = 50;

struct ClientRow {
  uint32_t client = 0;
  ClientSuggestions found;
};

struct Cache {
  uint64_t generation = 0, revision = 0;
  Date today;
  std::vector<ClientRow> rows;
};

const std::vector<ClientRow>& suggestions(UiContext& ctx) {
  static Cache cache;
  const Workspace& ws = ctx.ws;
  if (cache.generation == ws.book_generation() && cache.revision == ws.revision() && cache.today == ctx.today)
    return cache.rows;
  cache = Cache{ws.book_generation(), ws.revision(), ctx.today, {}};
  const Book& book = ws.book();
  const RecordId& owner = book.settings.owner_manager_id;
  for (uint32_t c = 0; c < book.clients.size() && cache.rows.size() < kClientsShown; ++c) {
    const Client& client = book.clients[c];
    if (client.meta.deleted || (!owner.empty() && client.manager_id != owner)) continue;
    ClientSuggestions found = suggest_opportunities(book, ws.index(), c, ctx.today);
    if (!found.suggestions.empty() || !found.blocked.empty()) cache.rows.push_back({c, std::move(found)});
  }
  return cache.rows;
}

std::string why(const Book& book, const BookIndex& index, const OpportunitySuggestion& s) {
  char text[512];
  switch (s.method) {
    case SalesMethod::repeat: {
      const uint32_t p = index.product(s.maturing->product_id);
      std::snprintf(text, sizeof text, tr(kWhyRepeat), p == BookIndex::npos ? "?" : book.products[p].name.c_str(),
                    s.maturing->maturity ? s.maturing->maturity->iso().c_str() : "",
                    format_yuan(s.maturing->amount).c_str());
      break;
    }
    case SalesMethod::up_sell:
      std::snprintf(text, sizeof text, tr(kWhyUpSell), format_yuan(s.deposits).c_str());
      break;
    default:
      std::snprintf(text, sizeof text, tr(kWhyCrossSell), label(s.held), label(s.wanted));
  }
  return text;
}

const char* refusal_text(const Refusal& r) {
  return language() == Language::Chinese ? r.message_zh.c_str() : r.message_en.c_str();
}

void open_opportunity(UiContext& ctx, const Client& client, const OpportunitySuggestion& s) {
  CreateOpportunity c;
  c.client_id = client.meta.id;
  c.title = s.product->name;
  c.product_id = s.product->meta.id;
  c.expected_amount = s.method == SalesMethod::repeat ? s.maturing->amount : 0;
  c.step = SalesStep::needs;  // the need is known: the rule that found it names it
  c.method = s.method;
  c.source = FindingChannel::bank_systems;
  c.opened_on = ctx.today;
  note(ctx.actions.dispatch(c));
}

}  // namespace

void draw_suggestions(UiContext& ctx) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", tr(kSuggestionsHint));
  ImGui::PopStyleColor();
  const std::vector<ClientRow>& rows = suggestions(ctx);
  int shown = 0, blocked_count = 0;
  for (const ClientRow& r : rows) {
    shown += static_cast<int>(r.found.suggestions.size());
    blocked_count += static_cast<int>(r.found.blocked.size());
  }
  track("pipeline.suggestions.count", std::to_string(shown));
  if (shown == 0 && blocked_count == 0) {
    ImGui::TextWrapped("%s", tr(kNoSuggestions));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
  if (shown > 0 && ImGui::BeginTable("##suggestions", 4, flags)) {
    ImGui::TableSetupColumn(tr(kSuggestionClient), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn(tr(kSuggestionWhy), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(kSuggestionProduct), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##create", ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableHeadersRow();
    int n = 0;
    for (const ClientRow& r : rows) {
      const Client& client = book.clients[r.client];
      const RiskAssessment* assessment = latest_assessment(book, index, r.client, ctx.today);
      for (const OpportunitySuggestion& s : r.found.suggestions) {
        const std::string id = "pipeline.suggestion." + std::to_string(n);
        ImGui::PushID(n);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable(client.name.c_str())) open_client(ctx.state, client.meta.id);
        track((id + ".client").c_str(), client.name);
        ImGui::TableNextColumn();
        wrapped_text(why(book, index, s));
        track((id + ".why").c_str(), std::string(code_of(s.method)));
        ImGui::TableNextColumn();
        wrapped_text(s.product->code + "  " + s.product->name);
        track((id + ".product").c_str(), s.product->code);
        if (assessment) {
          char fit[128];
          std::snprintf(fit, sizeof fit, tr(kSuitable), std::string(risk_code(s.product->risk)).c_str(),
                        std::string(risk_code(assessment->level)).c_str());
          ImGui::TextDisabled("%s", fit);
        }
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(tr(kSuggestionCreate))) open_opportunity(ctx, client, s);
        track((id + ".create").c_str());
        ImGui::PopID();
        ++n;
      }
    }
    ImGui::EndTable();
  }
  if (blocked_count > 0) {
    ImGui::SeparatorText(tr(kBlockedHeading));
    int n = 0;
    for (const ClientRow& r : rows)
      for (const BlockedSuggestion& b : r.found.blocked) {
        char line[1024];
        std::snprintf(line, sizeof line, tr(kBlockedLine), book.clients[r.client].name.c_str(), label(b.wanted),
                      b.refusals.empty() ? "" : refusal_text(b.refusals.front()));
        wrapped_text(line);
        track(("pipeline.blocked." + std::to_string(n++)).c_str(), b.refusals.empty() ? std::string() : b.refusals.front().message_en);
      }
  }
}

}  // namespace rm::ui::pipeline
