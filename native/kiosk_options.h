// Command line of the kiosk app: window mode, assets folder, font, language, text size and QA screenshot mode.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/app_services.h"
#include "native/kiosk/kiosk_config.h"
#include "text/catalog.h"
#include "ui/text_size.h"

namespace hotline::native {

struct KioskOptions {
  std::string assets_dir;
  bool fullscreen = false;
  int width = 1080;
  int height = 1920;
  std::string font_path;  // empty: HOTLINE_FONT, then the usual Noto Sans CJK locations
  // Unset: the citizen's stored settings (the defaults on a fresh kiosk) stay as they are.
  std::optional<text::Language> language;
  std::optional<ui::TextSize> text_size;
  std::string extra_text;       // QA: a draft description shown on its screen (rare characters in names)
  bool headless = false;        // SDL's dummy video driver and software renderer, no display needed
  std::string screenshot_path;  // non-empty: draw a few frames, save a PNG and exit
  int screenshot_frames = 3;
  // --fixed-clock (QA): the clock's start, so repeated runs show the same times (SystemClock).
  std::optional<std::int64_t> fixed_clock_ms;
  bool show_help = false;
  std::string config_path;  // --config: kiosk mode, configured by the file
  std::optional<KioskConfig> kiosk;

  std::string data_dir;  // empty: the per-user data folder (default_data_dir())
  std::string backend_url = "http://127.0.0.1:8080/open311/v2";
  std::string api_key = "dev-kiosk-key";
  std::optional<app::Station> station;  // --station, --station-name and --station-at together
};

// nullopt with a message naming the bad argument when the command line cannot be used.
std::optional<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args, const std::string& default_assets,
                                                std::string& error);
// The same over `defaults` (a configuration file's values, which the command line overrides).
std::optional<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args, KioskOptions defaults,
                                                std::string& error);
// Kiosk mode: the file's values as the defaults of every option it covers.
KioskOptions with_config(KioskOptions options, const KioskConfig& config);
// The whole command line: with --config, the file's values under the options given (a kiosk starts fully
// configured or not at all: the message names the key and the reason). nullopt with the message otherwise.
std::optional<KioskOptions> parse_kiosk_command_line(const std::vector<std::string>& args,
                                                     const std::string& default_assets, std::string& error);

std::string kiosk_usage();

// $XDG_DATA_HOME/hotline-kiosk, else $HOME/.local/share/hotline-kiosk, else ./hotline-kiosk-data.
std::string default_data_dir();

}  // namespace hotline::native
