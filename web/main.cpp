// Web entry point: the shared app in an SDL2/WebGL2 canvas, driven by the browser's animation frames.
//
// Dear ImGui's main-loop stub pattern: the frame body is handed to emscripten_set_main_loop_arg and
// never blocks or sleeps. Idle iterations return without drawing; the canvas keeps its last frame.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <memory>
#include <string>

#include "sdl/gl_window.h"
#include "ui/app.h"
#include "ui/redraw_policy.h"

using namespace hotline;

namespace {

struct WebApp {
  std::unique_ptr<sdl::GlWindow> window;
  std::unique_ptr<ui::App> app;
  ui::RedrawPolicy redraw;
  bool announced_ready = false;
};

// The page (shell.html) shows these to the citizen; the console copy is for support staff.
EM_JS(void, js_hotline_fatal, (const char* message), { Module.hotlineFatal(UTF8ToString(message)); });
EM_JS(void, js_hotline_ready, (const char* info), { Module.hotlineReady(UTF8ToString(info)); });

void report_fatal(const std::string& message) {
  js_hotline_fatal(message.c_str());
}

void announce_ready(const ui::App& app) {
  const std::string info = "glyphs_missing=" + std::to_string(app.glyph_coverage_problems().size());
  js_hotline_ready(info.c_str());
}

// Follows the canvas' CSS size (phone rotation, browser chrome showing/hiding).
bool sync_canvas_size(sdl::GlWindow& window) {
  double css_width = 0;
  double css_height = 0;
  if (emscripten_get_element_css_size("#canvas", &css_width, &css_height) != EMSCRIPTEN_RESULT_SUCCESS) {
    return false;
  }
  const int width = static_cast<int>(std::lround(css_width));
  const int height = static_cast<int>(std::lround(css_height));
  int current_width = 0;
  int current_height = 0;
  window.window_size(current_width, current_height);
  if (width <= 0 || height <= 0 || (width == current_width && height == current_height)) {
    return false;
  }
  window.resize(width, height);
  return true;
}

void main_loop_step(void* arg) {
  auto& web = *static_cast<WebApp*>(arg);
  if (web.window->pump_events() > 0 || sync_canvas_size(*web.window)) {
    web.redraw.note_activity();
  }
  if (!web.redraw.should_draw()) {
    return;
  }
  web.window->render([&web] { web.app->frame(); });
  if (!web.announced_ready) {
    web.announced_ready = true;
    announce_ready(*web.app);
  }
}

}  // namespace

// shell.html passes the browser's language as `--lang <navigator.language>`.
int main(int argc, char** argv) {
  auto resources = ui::load_resources("/assets");
  if (!resources) {
    report_fatal("assets: " + resources.error());
    return 1;
  }
  if (argc == 3 && std::string(argv[1]) == "--lang") {
    if (const auto language = text::parse_language_tag(argv[2])) {
      resources->strings.set_language(*language);
    }
  }
  static WebApp web;
  web.app = std::make_unique<ui::App>(std::move(resources).value());

  std::string error;
  sdl::WindowConfig config;
  config.title = std::string(web.app->strings().tr("app.title"));
  config.gl = sdl::GlFlavor::WebGL2;
  web.window = sdl::GlWindow::open(config, error);
  if (!web.window) {
    report_fatal(error);
    return 1;
  }
  sync_canvas_size(*web.window);
  if (!web.app->init_fonts(static_cast<float>(emscripten_get_device_pixel_ratio()), error)) {
    report_fatal(error);
    return 1;
  }
  emscripten_set_main_loop_arg(main_loop_step, &web, 0, true);
  return 0;
}
