// SDL2 window + OpenGL context + Dear ImGui platform/renderer backends, shared by the kiosk and web shells.
//
// Both shells drive the same SDL2 + imgui_impl_sdl2 + imgui_impl_opengl3 stack; only the GL flavour
// (desktop GL 3.3 core vs. WebGL 2 or 1) and the main loop differ, so this file is compiled into both.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "native/sdl/ime_composition.h"
#include "native/sdl/imgui_contexts.h"
#include "native/sdl/layout_scale.h"
#include "native/sdl/window.h"

struct SDL_Window;

namespace hotline::sdl {

// WebGL: version 2 where the browser has it, else version 1 (GLSL ES 1.00 shaders run on both).
enum class GlFlavor { Desktop33, WebGL };

struct WindowConfig {
  std::string title;
  int width = 1080;
  int height = 1920;
  bool fullscreen = false;
  GlFlavor gl = GlFlavor::Desktop33;
  float layout_scale = 1;  // window pixels per layout pixel (a kiosk's `scale`; layout_scale.h)
};

class GlWindow final : public Window {
 public:
  // Creates the window, the GL context and the ImGui context with its backends; nullptr + error on failure.
  static std::unique_ptr<GlWindow> open(const WindowConfig& config, std::string& error);
  ~GlWindow() override;
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;

  int pump_events() override;
  void wait_for_event(int timeout_ms) override;
  bool quit_requested() const override { return quit_requested_; }
  // The front buffer is not readable on every driver, hence the capture before the swap.
  void render(const std::function<void()>& draw_ui, Capture* capture = nullptr) override;
  void renew_imgui_context() override;

  void resize(int width, int height);
  void window_size(int& width, int& height) const;

 private:
  GlWindow() = default;
  void read_back_buffer(Capture& capture) const;

  SDL_Window* window_ = nullptr;
  void* gl_context_ = nullptr;
  bool quit_requested_ = false;
  std::optional<ImGuiContexts> imgui_;
  // The kiosk's (desktop GL): the web build edits text in the browser's own inputs.
  std::optional<ImeComposition> ime_;
  std::optional<LayoutScale> layout_scale_;  // only when not 1
};

}  // namespace hotline::sdl
