// Web entry point: the shared app in an SDL2/WebGL2 canvas, driven by the browser's animation frames.
//
// Dear ImGui's main-loop stub pattern: the frame body is handed to emscripten_set_main_loop_arg and
// never blocks or sleeps. Idle iterations return without drawing; the canvas keeps its last frame.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <imgui.h>

#include <cmath>
#include <memory>
#include <string>

#include "glyphs/canvas_glyph_source.h"
#include "sdl/gl_window.h"
#include "ui/app.h"
#include "ui/glyph_coverage.h"
#include "ui/redraw_policy.h"

using namespace hotline;

namespace {

struct WebApp {
  std::unique_ptr<sdl::GlWindow> window;
  std::unique_ptr<ui::App> app;
  web::CanvasGlyphSource glyphs;
  ui::RedrawPolicy redraw;
  bool announced_ready = false;
};

WebApp g_web;

// The page (shell.html) shows these to the citizen; the console copy is for support staff.
EM_JS(void, js_hotline_fatal, (const char* message), { Module.hotlineFatal(UTF8ToString(message)); });
EM_JS(void, js_hotline_ready, (const char* info), { Module.hotlineReady(UTF8ToString(info)); });
// Glyph coverage and cost after each drawn frame, for browser tests and benches: data-glyphs-missing,
// data-atlas-bytes, data-frames and data-idle (no further frame pending: the canvas shows the settled
// screen) on <body>, and the last frames' timings in Module.hotlineFrameLog (several frames are drawn
// per change; a bench needs the first).
EM_JS(void, js_hotline_frame_drawn, (double missing, double atlas_bytes, double frame_ms, double glyph_ms, int idle), {
  var data = document.body.dataset;
  data.idle = idle ? 'true' : 'false';
  var frame = parseInt(data.frames || '0', 10) + 1;
  data.glyphsMissing = missing;
  data.atlasBytes = atlas_bytes;
  data.frames = frame.toString();
  var log = Module.hotlineFrameLog = Module.hotlineFrameLog || [];
  log.push({frame : frame, frameMs : frame_ms, glyphMs : glyph_ms});
  if (log.length > 16) log.shift();
});

void report_fatal(const std::string& message) {
  js_hotline_fatal(message.c_str());
}

std::size_t glyphs_missing() {
  return ui::missing_glyph_count(*ImGui::GetIO().Fonts);
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
  const double start = emscripten_get_now();
  const double glyphs_before = web::CanvasGlyphSource::busy_ms();
  web.window->render([&web] { web.app->frame(); });
  const double frame_ms = emscripten_get_now() - start;
  js_hotline_frame_drawn(static_cast<double>(glyphs_missing()),
                         static_cast<double>(ui::atlas_texture_bytes(*ImGui::GetIO().Fonts)), frame_ms,
                         web::CanvasGlyphSource::busy_ms() - glyphs_before, web.redraw.idle() ? 1 : 0);
  if (!web.announced_ready) {
    web.announced_ready = true;
    js_hotline_ready(("glyphs_missing=" + std::to_string(glyphs_missing())).c_str());
  }
}

}  // namespace

// Test hooks for browser tests and benches (Module.ccall); each redraws on the next animation frame.
extern "C" {

EMSCRIPTEN_KEEPALIVE void hotline_qa_set_language(const char* tag) {
  if (const auto language = text::parse_language_tag(tag)) {
    g_web.app->set_language(*language);
    g_web.redraw.note_activity();
  }
}

EMSCRIPTEN_KEEPALIVE void hotline_qa_set_text_size(const char* tag) {
  if (const auto size = ui::parse_text_size(tag)) {
    g_web.app->set_text_size(*size);
    g_web.redraw.note_activity();
  }
}

EMSCRIPTEN_KEEPALIVE void hotline_qa_set_text(const char* utf8) {
  g_web.app->set_extra_text(utf8);
  g_web.redraw.note_activity();
}

}  // extern "C"

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
  WebApp& web = g_web;
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
  if (!web.app->init_fonts(web.glyphs, error)) {
    report_fatal(error);
    return 1;
  }
  emscripten_set_main_loop_arg(main_loop_step, &web, 0, true);
  return 0;
}
