// Kiosk entry point: SDL2 + OpenGL 3 window running the shared app, redrawing only on activity.
#include <cstdio>
#include <string>
#include <vector>

#include "kiosk_options.h"
#include "screenshot.h"
#include "sdl/gl_window.h"
#include "ui/app.h"
#include "ui/redraw_policy.h"

using namespace hotline;

namespace {

// While idle the loop still wakes now and then, so timers (deadline countdowns, refreshes) stay current.
constexpr int kIdleWakeMs = 500;

int run(const native::KioskOptions& options) {
  auto resources = ui::load_resources(options.assets_dir);
  if (!resources) {
    std::fprintf(stderr, "hotline-kiosk: %s (use --assets DIR)\n", resources.error().c_str());
    return 2;
  }
  resources->strings.set_language(options.language);
  ui::App app(std::move(resources).value());

  std::string error;
  sdl::WindowConfig config;
  config.title = std::string(app.strings().tr("app.title"));
  config.width = options.width;
  config.height = options.height;
  config.fullscreen = options.fullscreen;
  auto window = sdl::GlWindow::open(config, error);
  if (!window) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return 1;
  }
  if (!app.init_fonts(window->pixel_ratio(), error)) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return 1;
  }
  for (const auto& problem : app.glyph_coverage_problems()) {
    std::fprintf(stderr, "hotline-kiosk: missing glyph %s\n", problem.c_str());
  }

  const auto draw = [&app] { app.frame(); };
  if (!options.screenshot_path.empty()) {
    sdl::GlWindow::Capture capture;
    for (int i = 0; i < options.screenshot_frames; ++i) {
      window->pump_events();
      window->render(draw, i + 1 == options.screenshot_frames ? &capture : nullptr);
    }
    if (!native::write_png(options.screenshot_path, capture.rgba, capture.width, capture.height)) {
      std::fprintf(stderr, "hotline-kiosk: cannot write %s\n", options.screenshot_path.c_str());
      return 1;
    }
    std::printf("hotline-kiosk: wrote %s (%dx%d)\n", options.screenshot_path.c_str(), capture.width, capture.height);
    return 0;
  }

  ui::RedrawPolicy redraw;
  while (!window->quit_requested()) {
    if (redraw.idle()) {
      window->wait_for_event(kIdleWakeMs);
    }
    if (window->pump_events() > 0) {
      redraw.note_activity();
    }
    if (redraw.should_draw()) {
      window->render(draw);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string error;
  const auto options =
      native::parse_kiosk_options(std::vector<std::string>(argv + 1, argv + argc), HOTLINE_DEFAULT_ASSETS_DIR, error);
  if (!options) {
    std::fprintf(stderr, "hotline-kiosk: %s\n%s", error.c_str(), native::kiosk_usage().c_str());
    return 2;
  }
  if (options->show_help) {
    std::printf("%s", native::kiosk_usage().c_str());
    return 0;
  }
  return run(*options);
}
