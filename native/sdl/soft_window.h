// A window drawn by SDL's software renderer: with SDL_VIDEODRIVER=dummy it needs no display and no GL,
// which is how QA runs the kiosk headless in CI.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "native/sdl/ime_composition.h"
#include "native/sdl/imgui_contexts.h"
#include "native/sdl/window.h"

struct SDL_Renderer;
struct SDL_Window;

namespace hotline::sdl {

class SoftWindow final : public Window {
 public:
  // Selects SDL's dummy video driver unless SDL_VIDEODRIVER names another; nullptr + error on failure.
  // The app lays out width x height logical pixels drawn at `scale` device pixels each (a phone's
  // devicePixelRatio), so a 390x844 phone at 3 is rendered and captured at 1170x2532.
  // `on_display`: a real window (SDL's video driver as configured, full screen when asked) drawn in
  // software: the kiosk's fallback where OpenGL 3 is unavailable.
  static std::unique_ptr<SoftWindow> open(const std::string& title, int width, int height, float scale,
                                          std::string& error, bool on_display = false, bool fullscreen = false);
  ~SoftWindow() override;
  SoftWindow(const SoftWindow&) = delete;
  SoftWindow& operator=(const SoftWindow&) = delete;

  int pump_events() override;
  void wait_for_event(int timeout_ms) override;
  bool quit_requested() const override { return quit_requested_; }
  void render(const std::function<void()>& draw_ui, Capture* capture = nullptr) override;
  void renew_imgui_context() override;
  const ImeComposition& ime() const { return ime_; }
  // From now on a frame is laid out, and its glyph textures updated, but painted only when captured:
  // nobody sees a headless frame otherwise, and painting 1080x1920 in software is most of its cost.
  void paint_only_captures() { paint_only_captures_ = true; }

 private:
  SoftWindow() = default;

  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  bool quit_requested_ = false;
  std::optional<ImGuiContexts> imgui_;
  int width_ = 0;
  int height_ = 0;
  float scale_ = 1;
  bool on_display_ = false;
  bool paint_only_captures_ = false;
  ImeComposition ime_;
};

}  // namespace hotline::sdl
