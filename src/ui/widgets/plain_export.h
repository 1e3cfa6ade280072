// A plain (unencrypted) export asks first (docs/storage.md, "Backups"): a
// modal that names what leaves the app, an "I understand" box that is never
// pre-ticked, and an Export button enabled only once it is ticked.
//
// Press the screen's export button → open_plain_export(ID); every frame draw
// plain_export_confirm(ID, CONSENT): true on the frame the user confirms,
// which is when the screen hands the file to download.
#pragma once
#include <string>

namespace rm::ui {

void open_plain_export(const char* id);
// Automation ids: ID.consent, ID.confirm, ID.cancel (docs/ui-automation.md).
bool plain_export_confirm(const char* id, const std::string& consent_text);

}  // namespace rm::ui
