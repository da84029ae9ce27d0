// What the kiosk's main loop needs from a window: events, idle waits and one ImGui frame at a time.
// GlWindow draws with OpenGL (kiosks, browsers), SoftWindow with SDL's software renderer (headless QA).
#pragma once

#include <functional>
#include <vector>

namespace hotline::sdl {

class Window {
 public:
  virtual ~Window() = default;

  // Hands pending SDL events to ImGui; returns how many there were.
  virtual int pump_events() = 0;
  // Sleeps until an event arrives or timeout_ms passes (kiosk idle loop; the web never blocks).
  virtual void wait_for_event(int timeout_ms) = 0;
  virtual bool quit_requested() const = 0;

  struct Capture {
    std::vector<unsigned char> rgba;  // top row first
    int width = 0;
    int height = 0;
  };
  // One ImGui frame: NewFrame, draw_ui(), Render, present. With `capture`, the frame's pixels are
  // read back before presenting (afterwards the back buffer is undefined).
  virtual void render(const std::function<void()>& draw_ui, Capture* capture = nullptr) = 0;
  // Between frames: the next frame is drawn in a fresh ImGui context over the same font atlas, so
  // nothing of the last one's widget state survives (a kiosk's visit ends; imgui_contexts.h).
  virtual void renew_imgui_context() = 0;
};

}  // namespace hotline::sdl
