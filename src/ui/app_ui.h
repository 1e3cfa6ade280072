// The planner's window: navigation, global shortcuts and the screen in front.
// Immediate mode: drawn from the Workspace every frame; only transient widget
// state (form buffers, selections, scroll) lives in UiState.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "app/planner_view.h"

#include "ui/screens/branch.h"
#include "ui/screens/client_view.h"
#include "ui/screens/complaints.h"
#include "ui/screens/conflicts.h"
#include "ui/screens/clients.h"
#include "ui/screens/events.h"
#include "ui/screens/pipeline.h"
#include "ui/screens/planner.h"
#include "ui/screens/reports.h"
#include "ui/screens/settings.h"
#include "ui/screens/today.h"
#include "ui/ui_context.h"

namespace rm::ui {

enum class Screen { Today, Clients, ClientView, Pipeline, Planner, Reports, Branch, Settings, Events, Complaints };

struct UiState {
  Screen screen = Screen::Today;
  bool dark_theme = false;
  TodayState today;
  ClientsState clients;
  ClientViewState client_view;
  PipelineState pipeline;
  PlannerState planner;
  ReportsState reports;
  BranchState branch;
  SettingsState settings;
  EventsState events;
  ComplaintsState complaints;
  PlannerView planner_figures;  // derived figures, recomputed once per change
  ConflictList conflicts;       // the book's open conflicts, found once per change
  // Review news (Workspace::review_news) looked at this session: its badge
  // goes. An id an import newly brings news of is unseen again
  // (follow_review_news), even if it was looked at before.
  std::set<RecordId> review_seen;
  std::vector<RecordId> review_news_known;  // the news as last followed
  // The Workspace::book_generation() the state above was built for.
  uint64_t book_generation = 0;
};

// The one place that follows a replaced book (demo data removed, a restore,
// an import, a new Workspace after an unlock): every screen's cached rows,
// selection, cursor, drafts and dialogs are dropped, since they name records
// or positions of the book that was there before. Called by draw_app.
void follow_book(UiState& state, const Workspace& ws);

// Whether ID (a report or plan; a client when CLIENT) came back with review
// news the user has not looked at yet; and how many such reports and plans.
bool review_news_unseen(const UiState& state, const Workspace& ws, const RecordId& id, bool client);
int unseen_review_items(const UiState& state, const Workspace& ws);

// Opens the 360° view of one client (from any screen).
void open_client(UiState& state, const RecordId& client_id);

void apply_theme(bool dark);
void draw_app(UiContext& ctx);
// Drawn while no book is open (locked, first run): the page shows the
// passphrase form over it.
void draw_no_book();

}  // namespace rm::ui
