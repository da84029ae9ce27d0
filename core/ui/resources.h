// Runtime resources the app needs before its first frame: the string catalogs.
#pragma once

#include <string>

#include "base/expected.h"
#include "text/catalog.h"

namespace hotline::ui {

struct Resources {
  text::Strings strings;
};

// Reads and merges every <language_dir>/*.json area catalog.
base::Expected<text::Catalog, std::string> load_catalog(const std::string& language_dir);

// Reads <assets_dir>/i18n/<lang>/*.json. Both builds see the assets as files: the
// kiosk from its install folder, the web build from Emscripten's preloaded file system.
base::Expected<Resources, std::string> load_resources(const std::string& assets_dir);

}  // namespace hotline::ui
