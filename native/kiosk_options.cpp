// Parses the kiosk command line; every rejection names the argument and what was expected.
#include "kiosk_options.h"

#include <charconv>

namespace hotline::native {
namespace {

bool parse_int(const std::string& s, int min, int max, int& out) {
  int value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < min || value > max) {
    return false;
  }
  out = value;
  return true;
}

}  // namespace

std::string kiosk_usage() {
  return "usage: hotline-kiosk [options]\n"
         "  --fullscreen          fill the screen (kiosk mode)\n"
         "  --window WxH          window size in pixels (default 1080x1920, portrait kiosk)\n"
         "  --assets DIR          runtime assets folder (default: the build's app-assets)\n"
         "  --font FILE           CJK font file (.ttf/.otf/.ttc; default: $HOTLINE_FONT, then Noto Sans CJK SC)\n"
         "  --lang TAG            zh-CN (default), zh-TW or en\n"
         "  --text-size SIZE      normal (default), large or extra-large\n"
         "  --text TEXT           QA: open the description screen with TEXT (e.g. rare characters of names)\n"
         "  --backend URL         Open311 root of the hotline backend (default http://127.0.0.1:8080/open311/v2)\n"
         "  --api-key KEY         the kiosk's api_key (default dev-kiosk-key)\n"
         "  --data DIR            where the outbox, drafts and settings are kept (default ./hotline-kiosk-data)\n"
         "  --headless            no display: SDL dummy video driver + software renderer (QA)\n"
         "  --screenshot FILE     draw a few frames, save them as PNG and exit (QA); exit status 3\n"
         "                        when a glyph fell back to the missing box\n"
         "  --frames N            frames to draw before the screenshot (default 3)\n"
         "  --help                this text\n";
}

std::optional<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args, const std::string& default_assets,
                                                std::string& error) {
  KioskOptions options;
  options.assets_dir = default_assets;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const auto value = [&]() -> const std::string* {
      if (i + 1 >= args.size()) {
        error = arg + " needs a value";
        return nullptr;
      }
      return &args[++i];
    };
    if (arg == "--help" || arg == "-h") {
      options.show_help = true;
    } else if (arg == "--fullscreen") {
      options.fullscreen = true;
    } else if (arg == "--window") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      const auto x = v->find('x');
      if (x == std::string::npos || !parse_int(v->substr(0, x), 200, 16384, options.width) ||
          !parse_int(v->substr(x + 1), 200, 16384, options.height)) {
        error = "--window expects WIDTHxHEIGHT between 200 and 16384, got '" + *v + "'";
        return std::nullopt;
      }
    } else if (arg == "--assets") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      options.assets_dir = *v;
    } else if (arg == "--lang") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      const auto language = text::parse_language_tag(*v);
      if (!language) {
        error = "--lang expects zh-CN, zh-TW or en, got '" + *v + "'";
        return std::nullopt;
      }
      options.language = *language;
    } else if (arg == "--font") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      options.font_path = *v;
    } else if (arg == "--text-size") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      const auto size = ui::parse_text_size(*v);
      if (!size) {
        error = "--text-size expects normal, large or extra-large, got '" + *v + "'";
        return std::nullopt;
      }
      options.text_size = *size;
    } else if (arg == "--backend" || arg == "--api-key" || arg == "--data") {
      const auto v = value();
      if (!v) {
        return std::nullopt;
      }
      (arg == "--backend" ? options.backend_url : arg == "--api-key" ? options.api_key : options.data_dir) = *v;
    } else if (arg == "--text") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      options.extra_text = *v;
    } else if (arg == "--headless") {
      options.headless = true;
    } else if (arg == "--screenshot") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      options.screenshot_path = *v;
    } else if (arg == "--frames") {
      const std::string* v = value();
      if (v == nullptr) {
        return std::nullopt;
      }
      if (!parse_int(*v, 1, 1000, options.screenshot_frames)) {
        error = "--frames expects a number from 1 to 1000, got '" + *v + "'";
        return std::nullopt;
      }
    } else {
      error = "unknown option '" + arg + "'";
      return std::nullopt;
    }
  }
  return options;
}

}  // namespace hotline::native
