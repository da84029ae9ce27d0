// Command line of the kiosk app: window mode, assets folder, font, language, text size and QA screenshot mode.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text/catalog.h"
#include "ui/text_size.h"

namespace hotline::native {

struct KioskOptions {
  std::string assets_dir;
  bool fullscreen = false;
  int width = 1080;
  int height = 1920;
  std::string font_path;  // empty: HOTLINE_FONT, then the usual Noto Sans CJK locations
  text::Language language = text::Language::ZhCN;
  ui::TextSize text_size = ui::TextSize::Normal;
  std::string extra_text;  // QA: a draft description shown on its screen (rare characters in names)
  std::string backend_url = "http://127.0.0.1:8080/open311/v2";
  std::string api_key = "dev-kiosk-key";
  std::string data_dir = "hotline-kiosk-data";  // outbox, drafts, settings
  bool headless = false;                        // SDL's dummy video driver and software renderer, no display needed
  std::string screenshot_path;                  // non-empty: draw a few frames, save a PNG and exit
  int screenshot_frames = 3;
  bool show_help = false;
};

// nullopt with a message naming the bad argument when the command line cannot be used.
std::optional<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args, const std::string& default_assets,
                                                std::string& error);

std::string kiosk_usage();

}  // namespace hotline::native
