// What a screen gets each frame: a read-only view of the Workspace, the date,
// its own transient state, and Actions — the only way a screen changes data.
// Screens never write a record: they dispatch a Command (app/commands/),
// which decides what the action means.
#pragma once
#include <cstdint>
#include <string>

#include "app/workspace.h"
#include "core/civil_date.h"

namespace rm::ui {

struct UiState;

class Actions {
 public:
  virtual ~Actions() = default;
  // Decides and applies COMMAND as the book's user, today. Returns the
  // number of records changed, or why it was refused (shown to the user).
  virtual Result<int64_t> dispatch(const Command& command) = 0;
  virtual void undo() = 0;
  virtual void redo() = 0;
  virtual void remove_demo_data() = 0;
  virtual void copy_to_clipboard(const std::string& utf8) = 0;
  // Offers FILE_NAME with CONTENTS for download (a bundle, a CSV export).
  virtual void download(const std::string& file_name, const std::string& mime, const std::string& contents) = 0;
  virtual RecordId new_id() = 0;
  // Per-device preferences (numbers and flags such as column widths), kept
  // in the browser's localStorage, outside the encrypted book: never client
  // data (saved views, which hold search text, are records of the book).
  // VALUE is JSON text; an empty VALUE removes the key.
  virtual void set_preference(const std::string& key, const std::string& value) = 0;
  virtual std::string preference(const std::string& key) = 0;  // "" when unset
  // Locks the book now: decrypted data leaves memory, the passphrase is asked again.
  virtual void lock() = 0;
  // Storage use as the browser estimates it, in bytes; false until known.
  virtual bool storage_estimate(int64_t& usage, int64_t& quota, bool& persisted) = 0;
  // Shows the restore points (the retained snapshots) to go back to one.
  virtual void open_restore_points() = 0;
  // The page's backup dialog (docs/storage.md, "Backups"): an encrypted
  // export by default, plain JSON only after a confirmation, and import.
  virtual void open_backup_dialog() = 0;
  // The page's sync settings (docs/data-format.md, "Sync"): the share, test
  // connection, sync now, and the sync's status.
  virtual void open_sync_dialog() = 0;
  // The same dialog opened for the review file of one manager (the Branch
  // screen): chosen, under a passphrase of its own (docs/data-format.md, "Review").
  virtual void open_review_export(const RecordId& manager_id, const std::string& manager_name) = 0;
  // The stored book is not encrypted (the "demo without encryption" store):
  // every screen says so until encryption is turned on.
  virtual bool book_is_plain() = 0;
  // The book lives in memory only (`?demo=N`, or no IndexedDB): nothing is
  // stored, and every screen says so.
  virtual bool book_in_memory() { return false; }
  // The page's passphrase dialog (a DOM form, so the secret never passes
  // through ImGui's text buffers): turns encryption on for a plain book,
  // else changes the passphrase.
  virtual void open_passphrase_dialog() = 0;
};

struct UiContext {
  const Workspace& ws;
  Date today;
  int64_t now_ms = 0;
  UiState& state;
  Actions& actions;
};

}  // namespace rm::ui
