// Web entry point: the shared app in an SDL2/WebGL canvas (WebGL2, else WebGL1), drawn on demand.
//
// Dear ImGui's main-loop stub pattern: the frame body is handed to emscripten_set_main_loop_arg and
// never blocks or sleeps. When nothing needs a frame the loop is paused (no requestAnimationFrame at
// all, as Flutter web does) until input, a network result, a resize or a timer wakes it.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "a11y/screen_reader_mirror.h"
#include "app/app_runtime.h"
#include "glyphs/canvas_glyph_source.h"
#include "history/browser_history.h"
#include "input/browser_text_input.h"
#include "native/posix/os_random_source.h"
#include "native/posix/system_clock.h"
#include "native/sdl/gl_window.h"
#include "photos/browser_photo_picker.h"
#include "photos/worker_photo_preparer.h"
#include "platform/run_queue.h"
#include "ui/app.h"
#include "ui/frame_step.h"
#include "ui/glyph_coverage.h"
#include "ui/resources.h"
#include "web/host/web_host_bridge.h"
#include "web/qa_access.h"
#include "web/system/browser_clipboard.h"
#include "web/system/browser_location.h"
#include "web/system/fetch_transport.h"
#include "web/system/idbfs_storage.h"
#include "web/system/page_config.h"
#include "web/system/page_saver.h"

using namespace hotline;

namespace {

// Where the app keeps its outbox, drafts and settings: IndexedDB through Emscripten's IDBFS.
constexpr const char* kPersistMount = "/persist";
constexpr const char* kStorageRoot = "/persist/hotline";

struct WebApp {
  ui::Resources resources;
  platform::RunQueue queue;
  web::FetchTransport transport{queue};
  std::unique_ptr<web::IdbfsStorage> storage;
  posix::SystemClock clock;
  posix::OsRandomSource random;
  web::BrowserPhotoPicker photo_picker{queue};
  web::WorkerPhotoPreparer photo_preparer{queue};
  web::BrowserLocation location{queue};
  web::WebHostBridge host{queue};
  web::BrowserClipboard clipboard;
  std::unique_ptr<app::AppRuntime> runtime;
  std::unique_ptr<web::PageSaver> saver;
  std::unique_ptr<sdl::GlWindow> window;
  std::unique_ptr<ui::App> app;
  std::unique_ptr<web::BrowserTextInput> text_input;
  std::unique_ptr<web::BrowserHistory> history;
  std::unique_ptr<web::ScreenReaderMirror> mirror;
  web::CanvasGlyphSource glyphs;
  // The frame step the kiosk runs too; the loop runs only once the runtime exists (start_app).
  ui::FrameStep frame{{[this] { runtime->model().tick(); },
                       [this] { return static_cast<std::uint64_t>(runtime->model().revision()); }}};
  bool announced_ready = false;
  bool code_complete = false;  // the deferred code is linked (web/split)
  bool paused = false;
  bool in_frame = false;
};

WebApp* g_web = nullptr;

// The page (shell.html) shows these to the citizen; the console copy is for support staff.
EM_JS(void, js_hotline_fatal, (const char* message), { Module.hotlineFatal(UTF8ToString(message)); });
EM_JS(void, js_hotline_ready, (const char* info), { Module.hotlineReady(UTF8ToString(info)); });
EM_JS(int, js_browser_online, (), { return navigator.onLine ? 1 : 0; });
// Whether the code the first frame did not run is linked (web/split/deferred_code.js); a build that is
// not split has all of it.
EM_JS(int, js_code_complete, (), { return !Module.hotlineCodeComplete || Module.hotlineCodeComplete() ? 1 : 0; });
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

// Something needs frames: a paused loop resumes on the next animation frame, a running one keeps going
// (an action queued through the mirror during its last settling frame was lost before). Calls made
// while a frame runs, such as the focus events the mirror's own update fires, are that frame's
// consequences, not news: the frame's changes are checked before pausing.
void wake() {
  if (g_web == nullptr || g_web->in_frame) {
    return;
  }
  g_web->frame.note_activity();
  if (g_web->paused) {
    g_web->paused = false;
    emscripten_resume_main_loop();
  }
}

void wake_from_timer(void*) {
  wake();
}

// SDL queues browser input as events; a watch sees each one as it arrives, even while paused.
int wake_on_event(void*, SDL_Event*) {
  wake();
  return 0;
}

EM_BOOL wake_on_resize(int, const EmscriptenUiEvent*, void*) {
  wake();
  return EM_FALSE;
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

// Pauses the loop while nothing needs a frame; a timer resumes it when the model has work due.
void pause_until_needed(WebApp& web) {
  // A tap or a queued action handled in the last frame may have changed the model after it was drawn.
  if (!web.frame.idle() || !web.queue.empty()) {
    return;
  }
  if (const std::optional<std::int64_t> due = web.runtime->model().next_wake_ms()) {
    const double delay = std::max<double>(0, static_cast<double>(*due - web.clock.now_ms()));
    emscripten_set_timeout(wake_from_timer, delay, nullptr);
  }
  web.paused = true;
  emscripten_pause_main_loop();
}

void main_loop_step(void* arg) {
  auto& web = *static_cast<WebApp*>(arg);
  // After the first frame the loop waits for the rest of the code (web/split): the answers and taps
  // that would run it stay queued until hotline_code_linked() wakes the loop.
  if (web.announced_ready && !web.code_complete) {
    if (js_code_complete() == 0) {
      web.paused = true;
      emscripten_pause_main_loop();
      return;
    }
    web.code_complete = true;
  }
  web.in_frame = true;
  if (web.window->pump_events() > 0 || sync_canvas_size(*web.window) || web.queue.pump() > 0) {
    web.frame.note_activity();
  }
  double start = 0;
  double glyphs_before = 0;
  const bool drew = web.frame.run([&] {
    start = emscripten_get_now();
    glyphs_before = web::CanvasGlyphSource::busy_ms();
    web.window->render([&web] { web.app->frame(); });
    return web.app->animating();
  });
  if (drew) {
    web.text_input->follow_theme(ui::make_theme(web.runtime->model().preferences().settings()));
    web.mirror->sync(web.app->items(), web.app->drawn_screen(), web.app->theme().body_px);
    const double frame_ms = emscripten_get_now() - start;
    js_hotline_frame_drawn(static_cast<double>(glyphs_missing()),
                           static_cast<double>(ui::atlas_texture_bytes(*ImGui::GetIO().Fonts)), frame_ms,
                           web::CanvasGlyphSource::busy_ms() - glyphs_before, web.frame.idle() ? 1 : 0);
    if (!web.announced_ready) {
      web.announced_ready = true;
      js_hotline_ready(("glyphs_missing=" + std::to_string(glyphs_missing())).c_str());
    }
  }
  // After the frame: a tap in it may have opened another screen.
  web.history->sync();
  web.in_frame = false;
  pause_until_needed(web);
}

void start_app(WebApp& web, api::ApiConfig api) {
  web.storage = std::make_unique<web::IdbfsStorage>(kStorageRoot, web.queue);
  app::RuntimeConfig config;
  config.api = std::move(api);
  config.channel = domain::Channel::Website;
  web.runtime = std::make_unique<app::AppRuntime>(
      app::PlatformServices{web.transport, *web.storage, web.clock, web.random, web.photo_preparer, &web.photo_picker,
                            &web.location, &web.clipboard, &web.host},
      config, web.resources.strings, web.resources.holidays);
  const text::Language language = web.resources.strings.language();
  web.runtime->model().start();
  // Opened with a network: what waited in the outbox goes now, not at its next backoff step.
  if (js_browser_online() != 0) {
    web.runtime->model().wizard().retry_sending();
  }
  web.saver =
      std::make_unique<web::PageSaver>([&web] { return web.runtime->drafts().flush().has_value(); }, *web.storage);
  // The browser's language counts until the citizen picks one in the settings.
  if (const auto stored = web.storage->read(app::kSettingsKey); stored && !stored->has_value()) {
    app::Settings settings = web.runtime->model().preferences().settings();
    settings.language = language;
    web.runtime->model().preferences().set_settings(settings);
  }
  web.queue.set_waker(wake);
  SDL_AddEventWatch(wake_on_event, nullptr);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, wake_on_resize);

  std::string error;
  sdl::WindowConfig window_config;
  window_config.title = std::string(web.resources.strings.tr("app.title"));
  window_config.gl = sdl::GlFlavor::WebGL;
  // Keys go to SDL only while the canvas has focus: typed into the browser's text input they must not
  // reach the app a second time.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  web.window = sdl::GlWindow::open(window_config, error);
  if (!web.window) {
    report_fatal(error);
    return;
  }
  sync_canvas_size(*web.window);
  web.app = std::make_unique<ui::App>(web.runtime->model());
  web.text_input = std::make_unique<web::BrowserTextInput>(wake);
  web.app->set_text_input(web.text_input.get());
  web.history = std::make_unique<web::BrowserHistory>(web.runtime->model(), wake);
  web.mirror = std::make_unique<web::ScreenReaderMirror>(web.app->actions(), wake);
  if (const auto fonts = web.app->init_fonts(web.glyphs); !fonts) {
    report_fatal(fonts.error().detail);
    return;
  }
  emscripten_set_main_loop_arg(main_loop_step, &web, 0, false);
}

}  // namespace

namespace hotline::web {

app::AppModel* running_model() {
  return g_web != nullptr && g_web->runtime ? &g_web->runtime->model() : nullptr;
}

const ui::App* running_view() {
  return g_web != nullptr ? g_web->app.get() : nullptr;
}

void wake_loop() {
  wake();
}

}  // namespace hotline::web

extern "C" {

// The browser is back online (shell.html): the outbox sends what waited at once.
EMSCRIPTEN_KEEPALIVE void hotline_network_back() {
  if (app::AppModel* model = web::running_model()) {
    model->wizard().retry_sending();
    wake();
  }
}

// The rest of the code is linked (web/split/deferred_code.js): what waited for it runs now.
EMSCRIPTEN_KEEPALIVE void hotline_code_linked() {
  wake();
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
  static WebApp state{std::move(resources).value()};
  g_web = &state;
  web::mount_idbfs(kPersistMount, [](bool ok) {
    if (!ok) {
      // Without storage nothing typed would survive a reload: say so instead of losing it silently.
      report_fatal("storage: IndexedDB is not available (private browsing?)");
      return;
    }
    // The backend serving the page says which Open311 root and api_key it is for (config.json). A page
    // served without one (a bare static server) still reads from its own origin; it cannot file.
    web::load_page_config("config.json", [](web::PageConfigResult config) {
      if (!config) {
        std::fprintf(stderr, "[hotline] %s: reading only, from /open311/v2\n", config.error().detail.c_str());
        config = api::ApiConfig{"/open311/v2", ""};
      }
      start_app(*g_web, std::move(config).value());
    });
  });
  return 0;
}
