// Kiosk entry point: the app session (services + app model) in an SDL2 window (OpenGL, or software when
// headless), redrawing only on activity; or one QA screenshot. Scenarios run in hotline-scenario.
#include <cstdio>
#include <string>
#include <vector>

#include <imgui.h>

#include "native/app_shell.h"
#include "native/kiosk_options.h"
#include "native/screenshot.h"
#include "native/system/unavailable_photo_picker.h"
#include "ui/glyph_coverage.h"

using namespace hotline;

namespace {

// The longest sleep while nothing is scheduled: waking costs nothing when no frame is drawn.
constexpr int kIdleWakeMs = 1000;
// Screenshot mode's exit status when some character was drawn as the missing box.
constexpr int kExitGlyphsMissing = 3;

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

}  // namespace

int main(int argc, char** argv) {
  std::string error;
  const auto options = native::parse_kiosk_command_line(std::vector<std::string>(argv + 1, argv + argc),
                                                        HOTLINE_DEFAULT_ASSETS_DIR, error);
  if (!options) {
    std::fprintf(stderr, "hotline-kiosk: %s\n", error.c_str());
    return native::kExitSetup;
  }
  if (options->show_help) {
    std::printf("%s", native::kiosk_usage().c_str());
    return 0;
  }
  platform::RunQueue queue;
  native::UnavailablePhotoPicker picker(queue);
  const native::WindowShape shape{options->width, options->height, 1, false, true};
  return native::run_app("hotline-kiosk", *options, shape, queue, picker, [&](native::Shell& shell) {
    if (!options->screenshot_path.empty()) {
      return save_screenshot(shell.loop, *options);
    }
    run_interactive(shell.loop, shell.window, shell.font_path);
    return 0;
  });
}
