// Kiosk entry point: SDL2 window (OpenGL, or software when headless) running the shared app, redrawing
// only on activity.
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/app_runtime.h"
#include "kiosk_options.h"
#include "platform/deferred_task_runner.h"
#include "platform/run_queue.h"
#include "screenshot.h"
#include "sdl/gl_window.h"
#include "sdl/soft_window.h"
#include "system/curl_transport.h"
#include "system/file_storage.h"
#include "system/os_random_source.h"
#include "system/system_clock.h"
#include "system_font.h"
#include "ui/app.h"
#include "ui/font_file_glyph_source.h"
#include "ui/glyph_coverage.h"
#include "ui/redraw_policy.h"
#include "ui/resources.h"

using namespace hotline;

namespace {

// While idle the loop still wakes now and then, so timers (deadline countdowns, refreshes) stay current.
constexpr int kIdleWakeMs = 500;
// Screenshot mode's exit status when some character was drawn as the missing box.
constexpr int kExitGlyphsMissing = 3;

std::unique_ptr<sdl::Window> open_window(const native::KioskOptions& options, const std::string& title,
                                         std::string& error) {
  if (options.headless) {
    return sdl::SoftWindow::open(title, options.width, options.height, 1, error);
  }
  sdl::WindowConfig config;
  config.title = title;
  config.width = options.width;
  config.height = options.height;
  config.fullscreen = options.fullscreen;
  return sdl::GlWindow::open(config, error);
}

int save_screenshot(sdl::Window& window, const native::KioskOptions& options, const std::function<void()>& draw) {
  sdl::Window::Capture capture;
  for (int i = 0; i < options.screenshot_frames; ++i) {
    window.pump_events();
    window.render(draw, i + 1 == options.screenshot_frames ? &capture : nullptr);
  }
  if (!native::write_png(options.screenshot_path, capture.rgba, capture.width, capture.height)) {
    std::fprintf(stderr, "hotline-kiosk: cannot write %s\n", options.screenshot_path.c_str());
    return 1;
  }
  const std::size_t missing = ui::missing_glyph_count(*ImGui::GetIO().Fonts);
  std::printf("hotline-kiosk: wrote %s (%dx%d) glyphs_missing=%zu\n", options.screenshot_path.c_str(), capture.width,
              capture.height, missing);
  return missing == 0 ? 0 : kExitGlyphsMissing;
}

int run(const native::KioskOptions& options) {
  auto resources = ui::load_resources(options.assets_dir);
  if (!resources) {
    std::fprintf(stderr, "hotline-kiosk: %s (use --assets DIR)\n", resources.error().c_str());
    return 2;
  }
  const auto font_path = native::find_cjk_font(options.font_path);
  if (!font_path) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", font_path.error().c_str());
    return 2;
  }
  resources->strings.set_language(options.language);

  platform::RunQueue queue;
  native::CurlTransport transport(queue);
  native::FileStorage storage(options.data_dir);
  native::SystemClock clock;
  native::OsRandomSource random;
  platform::DeferredTaskRunner tasks(queue);
  app::RuntimeConfig config;
  config.api.base_url = options.backend_url;
  config.api.api_key = options.api_key;
  config.channel = domain::Channel::Kiosk;
  app::AppRuntime runtime({transport, storage, clock, random, tasks}, config, resources->strings, resources->holidays);
  app::AppModel& model = runtime.model();

  std::string error;
  auto window = open_window(options, std::string(resources->strings.tr("app.title")), error);
  if (!window) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return 1;
  }
  ui::App app(model);
  ui::FontFileGlyphSource glyphs(*font_path);
  if (!app.init_fonts(glyphs, error)) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return 2;
  }
  model.start();
  app::Settings settings = model.settings();
  settings.language = options.language;
  settings.text_size = options.text_size;
  model.set_settings(settings);
  if (!options.extra_text.empty()) {
    // QA: a citizen's text (rare characters of names and addresses) on the description screen.
    model.start_request(domain::RequestType::Complaint);
    model.form().description = options.extra_text;
    model.open(app::Screen::Describe);
  }

  const auto draw = [&app] { app.frame(); };
  if (!options.screenshot_path.empty()) {
    return save_screenshot(*window, options, draw);
  }

  ui::RedrawPolicy redraw;
  std::size_t reported_missing = 0;
  while (!window->quit_requested()) {
    if (redraw.idle()) {
      window->wait_for_event(kIdleWakeMs);
    }
    const unsigned revision = model.revision();
    if (window->pump_events() > 0 || queue.pump() > 0) {
      redraw.note_activity();
    }
    model.tick();
    if (model.revision() != revision) {
      redraw.note_activity();
    }
    redraw.keep_animating(app.animating());
    if (redraw.should_draw()) {
      window->render(draw);
      // Support staff read the kiosk log: a rising count means a citizen's text showed boxes.
      if (const std::size_t missing = ui::missing_glyph_count(*ImGui::GetIO().Fonts); missing != reported_missing) {
        reported_missing = missing;
        std::fprintf(stderr, "hotline-kiosk: glyphs_missing=%zu (characters the font %s lacks)\n", missing,
                     font_path->c_str());
      }
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
