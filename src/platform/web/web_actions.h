// The browser's implementation of ui::Actions: commands go to the Workspace,
// then the page is told that there is something to save.
#pragma once
#include "ui/ui_context.h"

namespace rm::web {

class WebActions final : public ui::Actions {
 public:
  Result<int64_t> dispatch(const Command& command) override;
  void undo() override;
  void redo() override;
  void remove_demo_data() override;
  void copy_to_clipboard(const std::string& utf8) override;
  void download(const std::string& file_name, const std::string& mime, const std::string& contents) override;
  RecordId new_id() override;
  void set_preference(const std::string& key, const std::string& value) override;
  std::string preference(const std::string& key) override;
  void lock() override;
  void open_restore_points() override;
  void open_backup_dialog() override;
  void open_sync_dialog() override;
  void open_review_export(const RecordId& manager_id, const std::string& manager_name) override;
  bool storage_estimate(int64_t& usage, int64_t& quota, bool& persisted) override;
  bool book_is_plain() override;
  bool book_in_memory() override;
  void open_passphrase_dialog() override;
};

// Tells the page's storage layer that the Workspace has unsaved changes.
void notify_changed();

// Dispatches COMMAND to the open, writable book as its owner (a manager) on
// the page's local date — for the screens and the JS hook alike. On a change
// the storage layer is told (the save timer) and a frame is asked for.
Result<int64_t> dispatch(const Command& command);

// Why a change cannot be made now (locked, read-only or still loading).
Problem not_writable();

}  // namespace rm::web
