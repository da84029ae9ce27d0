// Parses the kiosk command line; every rejection names the argument and what was expected.
#include "kiosk_options.h"

#include <charconv>
#include <cstdlib>

#include "calendar/iso_timestamp.h"

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

bool parse_double(const std::string& s, double min, double max, double& out) {
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !(value >= min && value <= max)) {
    return false;
  }
  out = value;
  return true;
}

bool valid_station_id(const std::string& id) {
  if (id.empty() || id.size() > 32) {
    return false;
  }
  for (const char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) {
      return false;
    }
  }
  return true;
}

// The three --station options name one place: all of them or none.
bool finish_station(const std::string& id, const std::string& name, const std::optional<domain::GeoPoint>& point,
                    KioskOptions& options, std::string& error) {
  if (id.empty() && name.empty() && !point) {
    return true;
  }
  if (id.empty() || name.empty() || !point) {
    error = "--station, --station-name and --station-at go together (the kiosk's id, its name and where it stands)";
    return false;
  }
  options.station = app::Station{id, name, *point};
  return true;
}

}  // namespace

std::string kiosk_usage() {
  return "usage: hotline-kiosk [options]\n"
         "  --config FILE         kiosk mode, configured by FILE (docs/kiosk.md); options given\n"
         "                        on the command line override the file's values\n"
         "  --fullscreen          fill the screen (kiosk mode)\n"
         "  --window WxH          window size in pixels (default 1080x1920, portrait kiosk)\n"
         "  --assets DIR          runtime assets folder (default: the build's app-assets)\n"
         "  --font FILE           CJK font file (.ttf/.otf/.ttc; default: $HOTLINE_FONT, then Noto Sans CJK SC)\n"
         "  --lang TAG            zh-CN, zh-TW or en (default: the stored setting, else zh-CN)\n"
         "  --text-size SIZE      normal, large or extra-large (default: the stored setting, else normal)\n"
         "  --data DIR            the kiosk's stored requests, drafts and settings\n"
         "                        (default $XDG_DATA_HOME/hotline-kiosk or ~/.local/share/hotline-kiosk)\n"
         "  --backend URL         Open311 root (default http://127.0.0.1:8080/open311/v2)\n"
         "  --api-key KEY         the kiosk's API key (default dev-kiosk-key)\n"
         "  --station ID          this kiosk's station id (1-32 of A-Z a-z 0-9 _ -), with\n"
         "  --station-name NAME   its name as citizens know it, and\n"
         "  --station-at LAT,LON  where it stands\n"
         "  --text TEXT           QA: open the description screen with TEXT (e.g. rare characters of names)\n"
         "  --headless            no display: SDL dummy video driver + software renderer (QA)\n"
         "  --screenshot FILE     draw a few frames, save them as PNG and exit (QA); exit status 3\n"
         "                        when a glyph fell back to the missing box\n"
         "  --frames N            frames to draw before the screenshot (default 3)\n"
         "  --fixed-clock TIME    QA: the clock starts at TIME (ISO 8601 with offset, e.g.\n"
         "                        2026-12-01T09:00:00+08:00) and runs on from there\n"
         "  --help                this text\n";
}

std::string default_data_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/hotline-kiosk";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.local/share/hotline-kiosk";
  }
  return "hotline-kiosk-data";
}

KioskOptions with_config(KioskOptions options, const KioskConfig& config) {
  options.backend_url = config.backend_url;
  options.api_key = config.api_key;
  options.station = config.station;
  options.data_dir = config.storage_dir;
  options.font_path = config.font_path;
  options.language = config.language;
  options.text_size = config.text_size;
  options.fullscreen = config.fullscreen;
  options.kiosk = config;
  return options;
}

std::optional<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args, const std::string& default_assets,
                                                std::string& error) {
  KioskOptions options;
  options.assets_dir = default_assets;
  return parse_kiosk_options(args, std::move(options), error);
}

std::optional<KioskOptions> parse_kiosk_options(const std::vector<std::string>& args, KioskOptions defaults,
                                                std::string& error) {
  KioskOptions options = std::move(defaults);
  std::string station_id;
  std::string station_name;
  std::optional<domain::GeoPoint> station_point;
  // Options that take their value as it is.
  const std::vector<std::pair<std::string, std::string*>> plain = {
      {"--assets", &options.assets_dir}, {"--font", &options.font_path},
      {"--text", &options.extra_text},   {"--screenshot", &options.screenshot_path},
      {"--data", &options.data_dir},     {"--backend", &options.backend_url},
      {"--api-key", &options.api_key},   {"--station", &station_id},
      {"--station-name", &station_name}, {"--config", &options.config_path},
  };
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
      continue;
    }
    if (arg == "--fullscreen") {
      options.fullscreen = true;
      continue;
    }
    if (arg == "--headless") {
      options.headless = true;
      continue;
    }
    const std::string* v = nullptr;
    bool known = false;
    for (const auto& [name, target] : plain) {
      if (arg == name) {
        known = true;
        if ((v = value()) == nullptr) {
          return std::nullopt;
        }
        *target = *v;
      }
    }
    if (known) {
      continue;
    }
    if (arg != "--window" && arg != "--lang" && arg != "--text-size" && arg != "--frames" && arg != "--station-at" &&
        arg != "--fixed-clock") {
      error = "unknown option '" + arg + "'";
      return std::nullopt;
    }
    if ((v = value()) == nullptr) {
      return std::nullopt;
    }
    if (arg == "--window") {
      const auto x = v->find('x');
      if (x == std::string::npos || !parse_int(v->substr(0, x), 200, 16384, options.width) ||
          !parse_int(v->substr(x + 1), 200, 16384, options.height)) {
        error = "--window expects WIDTHxHEIGHT between 200 and 16384, got '" + *v + "'";
        return std::nullopt;
      }
    } else if (arg == "--lang") {
      options.language = text::parse_language_tag(*v);
      if (!options.language) {
        error = "--lang expects zh-CN, zh-TW or en, got '" + *v + "'";
        return std::nullopt;
      }
    } else if (arg == "--text-size") {
      options.text_size = ui::parse_text_size(*v);
      if (!options.text_size) {
        error = "--text-size expects normal, large or extra-large, got '" + *v + "'";
        return std::nullopt;
      }
    } else if (arg == "--frames") {
      if (!parse_int(*v, 1, 1000, options.screenshot_frames)) {
        error = "--frames expects a number from 1 to 1000, got '" + *v + "'";
        return std::nullopt;
      }
    } else if (arg == "--station-at") {
      const auto comma = v->find(',');
      domain::GeoPoint point;
      if (comma == std::string::npos || !parse_double(v->substr(0, comma), -90, 90, point.lat) ||
          !parse_double(v->substr(comma + 1), -180, 180, point.lon)) {
        error = "--station-at expects LAT,LON in degrees (e.g. 26.0745,119.2965), got '" + *v + "'";
        return std::nullopt;
      }
      station_point = point;
    } else {  // --fixed-clock
      const auto start = calendar::parse_iso8601_timestamp(*v);
      if (!start) {
        error =
            "--fixed-clock expects an ISO 8601 time with its offset (e.g. 2026-12-01T09:00:00+08:00), got '" + *v + "'";
        return std::nullopt;
      }
      options.fixed_clock_ms = start->unix_seconds() * 1000;
    }
  }
  if (!station_id.empty() && !valid_station_id(station_id)) {
    error = "--station expects 1-32 of A-Z a-z 0-9 _ -, got '" + station_id + "'";
    return std::nullopt;
  }
  if (!finish_station(station_id, station_name, station_point, options, error)) {
    return std::nullopt;
  }
  return options;
}

std::optional<KioskOptions> parse_kiosk_command_line(const std::vector<std::string>& args,
                                                     const std::string& default_assets, std::string& error) {
  auto options = parse_kiosk_options(args, default_assets, error);
  if (!options) {
    error += "\n" + kiosk_usage();
    return std::nullopt;
  }
  if (options->config_path.empty()) {
    return options;
  }
  const auto config = load_kiosk_config(options->config_path);
  if (!config) {
    error = "configuration refused: " + config.error();
    return std::nullopt;
  }
  KioskOptions defaults;
  defaults.assets_dir = default_assets;
  return parse_kiosk_options(args, with_config(std::move(defaults), *config), error);
}

}  // namespace hotline::native
