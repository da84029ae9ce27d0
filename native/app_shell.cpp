// Setting the kiosk app up for a run (see app_shell.h).
#include "native/app_shell.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

#include "native/app_session.h"
#include "native/kiosk/display_scale.h"
#include "native/kiosk/kiosk_mode.h"
#include "native/sdl/gl_window.h"
#include "native/sdl/imgui_sdl_glue.h"
#include "native/sdl/sdl_clipboard.h"
#include "native/sdl/soft_window.h"
#include "native/system_font.h"
#include "ui/font_file_glyph_source.h"
#include "ui/resources.h"

namespace hotline::native {
namespace {

std::unique_ptr<sdl::Window> open_window(const char* program, const KioskOptions& options, const WindowShape& shape,
                                         const std::string& title, std::string& error) {
  // A kiosk lays out at its `scale`, else at its display's DPI (a headless screenshot has none).
  const bool kiosk_layout = shape.kiosk_layout && options.kiosk;
  if (options.headless) {
    const float scale = kiosk_layout ? kiosk_scale(options.kiosk->scale, std::nullopt) : shape.scale;
    const int width = kiosk_layout ? static_cast<int>(static_cast<float>(shape.width) / scale) : shape.width;
    const int height = kiosk_layout ? static_cast<int>(static_cast<float>(shape.height) / scale) : shape.height;
    auto window = sdl::SoftWindow::open(title, width, height, scale, error);
    if (window != nullptr && shape.paint_only_captures) {
      window->paint_only_captures();
    }
    return window;
  }
  const Renderer renderer = options.kiosk ? options.kiosk->renderer : Renderer::OpenGl;
  const float scale = kiosk_layout ? kiosk_scale(options.kiosk->scale, sdl::display_dpi()) : 1;
  if (renderer != Renderer::Software) {
    sdl::WindowConfig config;
    config.title = title;
    config.width = shape.width;
    config.height = shape.height;
    config.fullscreen = options.fullscreen;
    config.layout_scale = scale;
    auto window = sdl::GlWindow::open(config, error);
    if (window || renderer == Renderer::OpenGl) {
      return window;
    }
    // Kiosks in the field have whatever graphics the vendor fitted: drawing slowly beats not at all.
    std::fprintf(stderr, "%s: OpenGL 3 is not available (%s); drawing with the software renderer\n", program,
                 error.c_str());
  }
  return sdl::SoftWindow::open(title, static_cast<int>(static_cast<float>(shape.width) / scale),
                               static_cast<int>(static_cast<float>(shape.height) / scale), scale, error, true,
                               options.fullscreen);
}

}  // namespace

int run_app(const char* program, const KioskOptions& options, const WindowShape& shape, platform::RunQueue& queue,
            platform::PhotoPicker& picker, const std::function<int(Shell&)>& body) {
  auto resources = ui::load_resources(options.assets_dir);
  if (!resources) {
    std::fprintf(stderr, "%s: %s (use --assets DIR)\n", program, resources.error().c_str());
    return kExitSetup;
  }
  const auto font_path = find_cjk_font(options.font_path);
  if (!font_path) {
    std::fprintf(stderr, "%s: %s\n", program, font_path.error().c_str());
    return kExitSetup;
  }
  std::string error;
  auto window = open_window(program, options, shape, std::string(resources->strings.tr("app.title")), error);
  if (!window) {
    std::fprintf(stderr, "%s: %s\n", program, error.c_str());
    return 1;
  }
  // Network and worker results wake the loop sleeping in SDL_WaitEventTimeout.
  queue.set_waker(sdl::wake_event_loop);
  sdl::SdlClipboard clipboard;

  const SessionConfig config{options.data_dir.empty() ? default_data_dir() : options.data_dir, options.backend_url,
                             options.api_key, options.station, options.fixed_clock_ms};
  AppSession session(config, std::move(resources).value(), queue, &picker, &clipboard);
  app::AppModel& model = session.model();
  ui::App app(model);
  ui::FontFileGlyphSource glyphs(*font_path);
  if (const auto fonts = app.init_fonts(glyphs); !fonts) {
    std::fprintf(stderr, "%s: %s\n", program, fonts.error().detail.c_str());
    return kExitSetup;
  }
  model.start();
  if (options.language || options.text_size) {
    app::Settings settings = model.preferences().settings();
    settings.language = options.language.value_or(settings.language);
    settings.text_size = options.text_size.value_or(settings.text_size);
    model.preferences().set_settings(settings);
  }
  if (!options.extra_text.empty()) {
    // QA: a citizen's text (rare characters of names and addresses) on the description screen.
    model.wizard().start_request(domain::RequestType::Complaint);
    model.wizard().set_field(domain::Field::Description, options.extra_text);
    model.open(app::Screen::Describe);
  }

  std::optional<KioskMode> kiosk;
  if (options.kiosk) {
    kiosk.emplace(*options.kiosk, app, session.clock(), *font_path, queue);
    if (!options.headless) {
      sdl::hide_cursor();
    }
  }
  AppLoop loop(*window, app, queue, session.clock());
  if (kiosk) {
    loop.set_kiosk(&kiosk->session());
  }
  Shell shell{*window, app, loop, session.clock(), *font_path};
  return body(shell);
}

}  // namespace hotline::native
