// Baseline for the web size benchmark: a bare Dear ImGui + SDL2 + WebGL2 "hello", same toolchain and flags.
#include <emscripten.h>

#include "native/sdl/gl_window.h"

#include <imgui.h>

namespace {
hotline::sdl::GlWindow* g_window = nullptr;

bool g_drawn = false;

void step() {
  g_window->pump_events();
  g_window->render([] {
    ImGui::Begin("hello");
    ImGui::TextUnformatted("Hello, world");
    ImGui::End();
  });
  if (!g_drawn) {
    g_drawn = true;
    // The same signal the app's page gives, so the first-frame bench times both alike.
    EM_ASM({
      document.body.dataset.readyMs = performance.now().toFixed(1);
      document.body.dataset.hotline = 'ready';
      // The app's page (shell.html) covers the canvas until the first frame.
      var overlay = document.getElementById('overlay');
      if (overlay) overlay.classList.add('hidden');
    });
  }
}
}  // namespace

int main() {
  std::string error;
  hotline::sdl::WindowConfig config;
  config.title = "hello";
  config.gl = hotline::sdl::GlFlavor::WebGL;
  static auto window = hotline::sdl::GlWindow::open(config, error);
  if (!window) {
    return 1;
  }
  g_window = window.get();
  emscripten_set_main_loop(step, 0, true);
  return 0;
}
