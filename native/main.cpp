// Kiosk entry point: the app session (services + app model) in an SDL2 window (OpenGL, or software when
// headless), redrawing only on activity; or a QA run: one screenshot, or a scenario's steps.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk_options.h"
#include "native/app_loop.h"
#include "native/app_session.h"
#include "native/kiosk/display_scale.h"
#include "native/kiosk/kiosk_mode.h"
#include "native/scenario/runner.h"
#include "native/scenario/scenario_file.h"
#include "native/system/scrubbing_memory.h"
#include "native/system/unavailable_photo_picker.h"
#include "screenshot.h"
#include "sdl/gl_window.h"
#include "sdl/imgui_sdl_glue.h"
#include "sdl/sdl_clipboard.h"
#include "sdl/soft_window.h"
#include "system_font.h"
#include "ui/app.h"
#include "ui/font_file_glyph_source.h"
#include "ui/glyph_coverage.h"
#include "ui/resources.h"

using namespace hotline;

namespace {

// The longest sleep while nothing is scheduled: waking costs nothing when no frame is drawn.
constexpr int kIdleWakeMs = 1000;
// Screenshot mode's exit status when some character was drawn as the missing box.
constexpr int kExitGlyphsMissing = 3;
constexpr int kExitSetup = 2;

std::unique_ptr<sdl::Window> open_window(const native::KioskOptions& options, const scenario::Scenario* scenario,
                                         const std::string& title, std::string& error) {
  if (options.headless) {
    if (scenario != nullptr) {
      auto window = sdl::SoftWindow::open(title, scenario->width, scenario->height, scenario->scale, error);
      if (window != nullptr && options.paint_only_screenshots) {
        window->paint_only_captures();
      }
      return window;
    }
    // A kiosk's screenshot: its panel's device pixels, laid out at its configured scale.
    const float scale = options.kiosk ? native::kiosk_scale(options.kiosk->scale, std::nullopt) : 1;
    return sdl::SoftWindow::open(title, static_cast<int>(static_cast<float>(options.width) / scale),
                                 static_cast<int>(static_cast<float>(options.height) / scale), scale, error);
  }
  const native::Renderer renderer = options.kiosk ? options.kiosk->renderer : native::Renderer::OpenGl;
  // A scenario lays out its own size; a kiosk at its `scale`, else at its display's DPI.
  const float scale =
      scenario == nullptr && options.kiosk ? native::kiosk_scale(options.kiosk->scale, sdl::display_dpi()) : 1;
  // A scenario in a real window (under Xvfb) lays out its own size.
  const int width = scenario != nullptr ? scenario->width : options.width;
  const int height = scenario != nullptr ? scenario->height : options.height;
  if (renderer != native::Renderer::Software) {
    sdl::WindowConfig config;
    config.title = title;
    config.width = width;
    config.height = height;
    config.fullscreen = options.fullscreen;
    config.layout_scale = scale;
    auto window = sdl::GlWindow::open(config, error);
    if (window || renderer == native::Renderer::OpenGl) {
      return window;
    }
    // Kiosks in the field have whatever graphics the vendor fitted: drawing slowly beats not at all.
    std::fprintf(stderr, "hotline-kiosk: OpenGL 3 is not available (%s); drawing with the software renderer\n",
                 error.c_str());
  }
  return sdl::SoftWindow::open(title, static_cast<int>(static_cast<float>(width) / scale),
                               static_cast<int>(static_cast<float>(height) / scale), scale, error, true,
                               options.fullscreen);
}

int save_screenshot(native::AppLoop& loop, const native::KioskOptions& options) {
  sdl::Window::Capture capture;
  for (int i = 0; i < options.screenshot_frames; ++i) {
    loop.note_input();
    loop.step(i + 1 == options.screenshot_frames ? &capture : nullptr);
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

void run_interactive(native::AppLoop& loop, sdl::Window& window, const std::string& font_path) {
  std::size_t reported_missing = 0;
  while (!window.quit_requested()) {
    loop.wait(kIdleWakeMs);
    if (!loop.step()) {
      continue;
    }
    // Support staff read the kiosk log: a rising count means a citizen's text showed boxes.
    if (const std::size_t missing = ui::missing_glyph_count(*ImGui::GetIO().Fonts); missing != reported_missing) {
      reported_missing = missing;
      std::fprintf(stderr, "hotline-kiosk: glyphs_missing=%zu (characters the font %s lacks)\n", missing,
                   font_path.c_str());
    }
  }
}

// The variables every scenario may use besides its --var ones.
scenario::Variables scenario_variables(const native::KioskOptions& options, const std::string& scenario_dir) {
  scenario::Variables variables;
  variables["SCENARIO_DIR"] = scenario_dir;
  variables["OUT"] = options.out_dir;
  for (const auto& [name, value] : options.variables) {
    variables[name] = value;
  }
  return variables;
}

int run(const native::KioskOptions& options) {
  auto resources = ui::load_resources(options.assets_dir);
  if (!resources) {
    std::fprintf(stderr, "hotline-kiosk: %s (use --assets DIR)\n", resources.error().c_str());
    return kExitSetup;
  }
  const auto font_path = native::find_cjk_font(options.font_path);
  if (!font_path) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", font_path.error().c_str());
    return kExitSetup;
  }
  std::optional<scenario::Scenario> scenario;
  std::string scenario_dir;
  scenario::Variables variables;
  if (!options.scenario_path.empty()) {
    // Photo paths in the scenario are relative to its own folder, wherever the runner is started.
    std::error_code ec;
    scenario_dir = std::filesystem::absolute(options.scenario_path, ec).parent_path().lexically_normal().string();
    if (ec) {
      std::fprintf(stderr, "hotline-kiosk: %s: %s\n", options.scenario_path.c_str(), ec.message().c_str());
      return kExitSetup;
    }
    variables = scenario_variables(options, scenario_dir);
    std::set<std::string> given;
    for (const auto& entry : variables) {
      given.insert(entry.first);
    }
    auto loaded = scenario::load_scenario(options.scenario_path, given);
    if (!loaded) {
      std::fprintf(stderr, "hotline-kiosk: %s\n", loaded.error().c_str());
      return kExitSetup;
    }
    scenario = std::move(loaded).value();
  }

  std::string error;
  platform::RunQueue queue;
  auto window =
      open_window(options, scenario ? &*scenario : nullptr, std::string(resources->strings.tr("app.title")), error);
  if (!window) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return 1;
  }
  // Network and worker results wake the loop sleeping in SDL_WaitEventTimeout.
  queue.set_waker(sdl::wake_event_loop);
  sdl::SdlClipboard clipboard;
  scenario::ScriptedPhotoPicker scripted_picker(queue);
  native::UnavailablePhotoPicker no_picker(queue);
  platform::PhotoPicker* picker = scenario ? static_cast<platform::PhotoPicker*>(&scripted_picker) : &no_picker;

  const native::SessionConfig config{options.data_dir.empty() ? native::default_data_dir() : options.data_dir,
                                     options.backend_url, options.api_key, options.station};
  native::AppSession session(config, std::move(resources).value(), queue, picker, &clipboard);
  app::AppModel& model = session.model();
  ui::App app(model);
  ui::FontFileGlyphSource glyphs(*font_path);
  if (!app.init_fonts(glyphs, error)) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return kExitSetup;
  }
  model.start();
  if (options.language || options.text_size) {
    app::Settings settings = model.settings();
    settings.language = options.language.value_or(settings.language);
    settings.text_size = options.text_size.value_or(settings.text_size);
    model.set_settings(settings);
  }
  if (!options.extra_text.empty()) {
    // QA: a citizen's text (rare characters of names and addresses) on the description screen.
    model.start_request(domain::RequestType::Complaint);
    model.form().description = options.extra_text;
    model.open(app::Screen::Describe);
  }

  std::optional<native::KioskMode> kiosk;
  if (options.kiosk) {
    kiosk.emplace(*options.kiosk, app, session.clock(), *font_path);
    if (!options.headless) {
      sdl::hide_cursor();
    }
  }
  native::AppLoop loop(*window, app, queue, session.clock());
  if (kiosk) {
    loop.set_kiosk(&kiosk->session());
  }
  if (scenario) {
    std::error_code ec;
    std::filesystem::create_directories(options.out_dir, ec);
    if (ec) {
      std::fprintf(stderr, "hotline-kiosk: cannot create %s: %s\n", options.out_dir.c_str(), ec.message().c_str());
      return kExitSetup;
    }
    scenario::Runner runner(*scenario, loop, app, scripted_picker, session.clock(), {scenario_dir, options.out_dir},
                            variables);
    return runner.run();
  }
  if (!options.screenshot_path.empty()) {
    return save_screenshot(loop, options);
  }
  run_interactive(loop, *window, *font_path);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Before the ImGui context exists: its text buffers are freed cleared too.
  ImGui::SetAllocatorFunctions(native::scrubbing_alloc, native::scrubbing_free);
  std::string error;
  const std::vector<std::string> args(argv + 1, argv + argc);
  auto options = native::parse_kiosk_options(args, HOTLINE_DEFAULT_ASSETS_DIR, error);
  if (!options) {
    std::fprintf(stderr, "hotline-kiosk: %s\n%s", error.c_str(), native::kiosk_usage().c_str());
    return kExitSetup;
  }
  if (!options->config_path.empty()) {
    // A kiosk starts fully configured or not at all: the message names the key and the reason.
    const auto config = native::load_kiosk_config(options->config_path);
    if (!config) {
      std::fprintf(stderr, "hotline-kiosk: configuration refused: %s\n", config.error().c_str());
      return kExitSetup;
    }
    native::KioskOptions defaults;
    defaults.assets_dir = HOTLINE_DEFAULT_ASSETS_DIR;
    options = native::parse_kiosk_options(args, native::with_config(std::move(defaults), *config), error);
    if (!options) {
      std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
      return kExitSetup;
    }
  }
  if (options->show_help) {
    std::printf("%s", native::kiosk_usage().c_str());
    return 0;
  }
  return run(*options);
}
