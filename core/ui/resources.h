// Runtime resources the app needs before its first frame: catalogs, UI font and its character set.
#pragma once

#include <string>
#include <vector>

#include "base/expected.h"
#include "text/catalog.h"

namespace hotline::ui {

struct Resources {
  text::Strings strings;
  std::vector<unsigned char> font;  // OpenType/CFF subset of Noto Sans CJK SC
  std::string charset;              // UTF-8 list of every character the font subset holds
};

// Reads and merges every <language_dir>/*.json area catalog.
base::Expected<text::Catalog, std::string> load_catalog(const std::string& language_dir);

// Reads <assets_dir>/i18n/<lang>/*.json and <assets_dir>/fonts/*. Both builds see the assets as files: the
// kiosk from its install folder, the web build from Emscripten's preloaded file system.
base::Expected<Resources, std::string> load_resources(const std::string& assets_dir);

}  // namespace hotline::ui
