// The kiosk's configuration file (docs/kiosk.md): where it sends requests, where it stands, how long a
// citizen may stay idle, and its folders. A kiosk starts fully configured or not at all.
#pragma once

#include <string>
#include <string_view>

#include "app/app_services.h"
#include "app/text_size.h"
#include "base/expected.h"
#include "text/catalog.h"

namespace hotline::native {

enum class Renderer { Auto, OpenGl, Software };

struct KioskConfig {
  std::string backend_url;
  std::string api_key;
  app::Station station;
  int idle_timeout_s = 90;  // no input this long: the "are you still there?" countdown starts
  int countdown_s = 30;     // WCAG 2.2.1: at least 20 s to ask for more time with one tap
  text::Language language = text::Language::ZhCN;
  app::TextSize text_size = app::TextSize::Large;  // many citizens at a kiosk are elderly
  std::string receipt_dir;
  std::string lookup_url;  // with {number} and {code}: the page a receipt's QR code opens
  std::string font_path;   // empty: the system's Noto Sans CJK
  std::string storage_dir;
  bool fullscreen = true;
  Renderer renderer = Renderer::Auto;  // Auto: OpenGL 3, else SDL's software renderer
  std::string id_card_simulator;       // development: a JSON card file instead of a reader
};

// Checks every value (format and range, no file system access); the error names the key and why.
base::Expected<KioskConfig, std::string> parse_kiosk_config(std::string_view json);

// Reads the file, parses it, then checks the paths: the folders exist or can be created and are
// writable, the font file is readable. Errors start with the file's path.
base::Expected<KioskConfig, std::string> load_kiosk_config(const std::string& path);

// The look-up URL for one request (the template's {number} and {code} filled in).
std::string lookup_url_for(const std::string& url_template, const std::string& number, const std::string& code);

}  // namespace hotline::native
