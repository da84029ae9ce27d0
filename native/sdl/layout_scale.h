// Layout pixels larger than window pixels in an OpenGL window (a kiosk's `scale`): ImGui gets a display
// `scale` times smaller with a framebuffer scale `scale` times larger, and the pointer positions SDL
// reports in window pixels are divided to match. (SoftWindow has SDL_RenderSetScale do both.)
#pragma once

#include <optional>

namespace hotline::sdl {

class LayoutScale {
 public:
  explicit LayoutScale(float scale) : scale_(scale) {}

  // After the SDL backend's NewFrame, before ImGui::NewFrame.
  void before_frame() const;
  // After ImGui::NewFrame: pointer events still queued (trickled to the next frame) are scaled already.
  void after_frame();
  // A fresh ImGui context: its input queue starts empty.
  void restart() { scaled_events_ = 0; }

 private:
  float scale_;
  int scaled_events_ = 0;
};

// The main display's diagonal DPI as SDL reports it; nullopt where it does not know (dummy driver).
std::optional<float> display_dpi();

}  // namespace hotline::sdl
