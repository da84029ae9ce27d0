// One iteration of the kiosk's frame loop, shared by the interactive kiosk and the scenario runner:
// pump events and the RunQueue, tick the model, and draw only when something changed (input, a model
// revision, an animation, a timer that fired). In between, the loop sleeps in SDL until an event, a
// RunQueue wake-up or the model's next due time.
#pragma once

#include <cstdint>

#include "app/app_model.h"
#include "app/kiosk_session.h"
#include "platform/clock.h"
#include "platform/run_queue.h"
#include "sdl/window.h"
#include "ui/app.h"
#include "ui/redraw_policy.h"

namespace hotline::native {

class AppLoop {
 public:
  AppLoop(sdl::Window& window, ui::App& app, platform::RunQueue& queue, const platform::Clock& clock)
      : window_(window), app_(app), queue_(queue), clock_(clock) {}

  // Sleeps until there may be work: returns at once while frames are pending, otherwise waits for an
  // event or the model's next due time, at most `max_ms`.
  void wait(int max_ms);
  // Pumps, ticks and draws when needed; true when it drew. `capture` forces a frame and reads it back.
  bool step(sdl::Window::Capture* capture = nullptr);
  // Input that did not come through SDL (the scenario runner's) needs frames too.
  void note_input();
  // Kiosk mode: input keeps the visit alive, and the visit's clock and card reader are ticked.
  void set_kiosk(app::KioskSession* kiosk) { kiosk_ = kiosk; }
  bool idle() const { return redraw_.idle(); }
  std::uint64_t frames_drawn() const { return frames_drawn_; }

 private:
  sdl::Window& window_;
  ui::App& app_;
  platform::RunQueue& queue_;
  const platform::Clock& clock_;
  ui::RedrawPolicy redraw_;
  app::KioskSession* kiosk_ = nullptr;
  unsigned drawn_revision_ = 0;
  unsigned drawn_kiosk_revision_ = 0;
  std::uint64_t frames_drawn_ = 0;
};

}  // namespace hotline::native
