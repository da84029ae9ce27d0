// The kiosk's configuration file (docs/kiosk.md): where it sends requests, where it stands, how long a
// citizen may stay idle, and its folders. A kiosk starts fully configured or not at all.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/app_services.h"
#include "app/text_size.h"
#include "base/expected.h"
#include "text/catalog.h"

namespace hotline::native {

enum class Renderer { Auto, OpenGl, Software };

// An ESC/POS receipt printer (native/receipt/escpos_printer.h): a device node, or a network printer.
struct PrinterConfig {
  std::string device;  // /dev/usb/lp0, /dev/ttyS1, a udev link; empty: host and port
  int baud = 0;        // a serial printer's speed; 0 for a printer node
  std::string host;
  int port = 9100;
  int width_dots = 576;
  int timeout_ms = 3000;
};

// A second-generation ID card reader's SAM module on a serial line (native/idcard/sam_reader.h).
struct CardReaderConfig {
  std::string device;  // absolute: /dev/ttyUSB0, or a udev link such as /dev/hotline-idcard
  int baud = 115200;
  int timeout_ms = 1500;  // per answer
};

struct KioskConfig {
  std::string backend_url;
  std::string api_key;
  app::Station station;
  int idle_timeout_s = 90;  // no input this long: the "are you still there?" countdown starts
  int countdown_s = 30;     // WCAG 2.2.1: at least 20 s to ask for more time with one tap
  text::Language language = text::Language::ZhCN;
  app::TextSize text_size = app::TextSize::Large;  // many citizens at a kiosk are elderly
  std::optional<PrinterConfig> printer;            // none: the number and code are only shown on screen
  std::string receipt_dir;                         // development: receipts as PNG files here instead of a printer
  std::string lookup_url;                          // with {number} and {code}: the page a receipt's QR code opens
  std::string font_path;                           // empty: the system's Noto Sans CJK
  std::string storage_dir;
  bool fullscreen = true;
  // Device pixels per layout pixel; unset: from the display's DPI (display_scale.h).
  std::optional<float> scale;
  Renderer renderer = Renderer::Auto;  // Auto: OpenGL 3, else SDL's software renderer
  // A development or QA kiosk: the ID card simulator and its sample-card key (F2) may be used. A
  // production kiosk never wires them, whatever else the file says.
  bool development = false;
  std::optional<CardReaderConfig> id_card_reader;  // none: citizens type their name and number
  std::string id_card_simulator;                   // development: a JSON card file instead of a reader
};

// Checks every value (format and range, no file system access); the error names the key and why.
base::Expected<KioskConfig, std::string> parse_kiosk_config(std::string_view json);

// Reads the file, parses it, then checks the paths: the folders exist or can be created and are
// writable, the font file is readable. Errors start with the file's path.
base::Expected<KioskConfig, std::string> load_kiosk_config(const std::string& path);

// The look-up URL for one request (the template's {number} and {code} filled in).
std::string lookup_url_for(const std::string& url_template, const std::string& number, const std::string& code);

}  // namespace hotline::native
