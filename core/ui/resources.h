// Runtime resources the app needs before its first frame: the string catalogs and the holiday calendar.
#pragma once

#include <string>

#include "base/expected.h"
#include "calendar/holiday_calendar.h"
#include "text/catalog.h"

namespace hotline::ui {

struct Resources {
  text::Strings strings;
  calendar::HolidayCalendar holidays;  // working-day deadlines shown to the citizen
};

// Reads and merges every <language_dir>/*.json area catalog.
base::Expected<text::Catalog, std::string> load_catalog(const std::string& language_dir);

// Reads <assets_dir>/i18n/<lang>/*.json and <assets_dir>/holidays/<year>.json. Both builds see the assets as files: the
// kiosk from its install folder, the web build from Emscripten's preloaded file system.
base::Expected<Resources, std::string> load_resources(const std::string& assets_dir);

}  // namespace hotline::ui
