// The Clients screen (客户; docs/ui-automation.md, "Clients"): the whole book as one table that
// stays smooth at 50 000 rows. The derived table (core/search/client_search.h)
// is rebuilt once per change of the book or the date; filter + search + sort
// run once per change of their inputs; each frame draws only the rows on
// screen (ImGuiListClipper). Files:
//   clients.cpp          state, caches, the table, selection and keyboard
//   clients_toolbar.cpp  search, facet filters, saved views, bulk actions
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/policy/policy.h"
#include "core/search/client_search.h"
#include "ui/ui_context.h"

namespace rm::ui {

// Where the keyboard goes next frame when it leaves the search field for the table.
enum class TableFocus { none, keep_cursor, first_row };

struct ClientsState {
  bool focus_search = false;  // set by Ctrl+K, and by Esc in the table
  // Set by the search field: Enter moves the focus to the table (the cursor
  // stays where it was, so the first ↓ lands on row 0); ↓ also puts the
  // cursor on the first row.
  TableFocus focus_table = TableFocus::none;
  std::string search;
  ClientFilter filter;  // the facets; `search` is copied in when filtering
  ClientColumn sort_column = ClientColumn::name;
  bool sort_descending = false;

  // ---- derived: rebuilt when the book, the date or the inputs change ----
  Policy policy;
  ClientTable table;
  const Workspace* table_workspace = nullptr;
  uint64_t table_revision = 0;
  Date table_date;
  uint64_t table_generation = 0;  // increases with every rebuild
  std::vector<uint32_t> visible;  // row positions after filter and sort, in display order
  ClientQuery query;              // computes `visible`; remembers recent results while typing
  ClientFilter visible_filter;
  ClientColumn visible_sort = ClientColumn::name;
  bool visible_descending = false;
  uint64_t visible_generation = 0;
  uint64_t visible_version = 0;  // increases with every recomputation of `visible`
  double filter_ms = 0;  // the last filter + search + sort, for the benchmark read-out
  int maturing_days = 30;  // the N of the two day filters, kept while the facet is off
  int quiet_days = 90;

  // ---- selection, by client id so it survives edits ----
  std::unordered_set<RecordId> selected;
  uint64_t selection_version = 0;  // increases with every change of `selected`
  std::vector<uint32_t> chosen;    // cache: selected rows among the visible, in display order
  uint64_t chosen_selection = UINT64_MAX, chosen_visible = UINT64_MAX;
  int cursor = -1;  // position in `visible`
  RecordId cursor_client;  // the cursor's client while the table is rebuilt
  int table_language = -1;  // the Language the columns were sized for
  int anchor = -1;  // where a Shift range starts
  bool scroll_to_cursor = false;

  // ---- saved views: ClientView records of the book, read each frame ----
  std::vector<SavedClientView> views;
  std::vector<RecordId> view_ids;  // the record of each of views
  int active_view = -1;
  std::string active_view_name;  // kept by name: the list is rebuilt from the book
  std::optional<Problem> view_refusal;  // why the last save or delete of a view was refused
  std::string view_name;
  bool confirm_delete_view = false;

  // ---- bulk actions ----
  int bulk_manager = -1;  // position in book.managers
  std::string bulk_tag;
};

void draw_clients(UiContext& ctx);

// Internal to the screen's files.
namespace clients_detail {
void ensure_table(UiContext& ctx);
void ensure_visible(UiContext& ctx);
// Selected clients among the visible rows, in display order: what the bulk
// actions act on. Cached against the selection and the visible list.
const std::vector<uint32_t>& chosen_rows(ClientsState& s, const Book& book);
void draw_toolbar(UiContext& ctx);
// The facet filters alone (tier, orientation, occupation, life stage, risk,
// manager, overdue, maturing, no contact): the Events screen's "Invite by
// filter" draws them too, on the same state.
void draw_filters(UiContext& ctx);
}  // namespace clients_detail

}  // namespace rm::ui
