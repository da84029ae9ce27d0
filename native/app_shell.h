// The kiosk app assembled for one run, shared by hotline-kiosk and the QA runner hotline-scenario: the
// resources and font, the window (OpenGL, or software when headless or as the fallback), the app
// session, the view, kiosk mode when configured, and the frame loop over them.
#pragma once

#include <functional>
#include <string>

#include "native/app_loop.h"
#include "native/kiosk_options.h"
#include "native/sdl/window.h"
#include "platform/photo_picker.h"
#include "platform/run_queue.h"
#include "ui/app.h"

namespace hotline::native {

// Exit status when the run could not start (assets, font, scenario file, output folder).
constexpr int kExitSetup = 2;

// The window's layout size and device pixels per layout pixel (a scenario's phone or kiosk).
struct WindowShape {
  int width = 1080;
  int height = 1920;
  int scale = 1;                     // headless only: a real window is drawn at 1
  bool paint_only_captures = false;  // headless: paint a frame only when it is captured
  bool kiosk_layout = false;         // a kiosk panel: laid out at its `scale` (kiosk/display_scale.h)
};

// What a run works with, alive while the body runs.
struct Shell {
  sdl::Window& window;
  ui::App& app;
  AppLoop& loop;
  const platform::Clock& clock;
  const std::string& font_path;
};

// Sets the app up as `options` say in a window of `shape`, with `picker` as its photo chooser (posting
// its answers to `queue`), then returns what `body` returns; kExitSetup, or 1 when no window opens, if
// setting up failed, with the reason on stderr after `program`.
int run_app(const char* program, const KioskOptions& options, const WindowShape& shape, platform::RunQueue& queue,
            platform::PhotoPicker& picker, const std::function<int(Shell&)>& body);

}  // namespace hotline::native
