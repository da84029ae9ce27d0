// The kiosk's frame loop, shared by the interactive kiosk and the scenario runner: pump SDL's events and
// the RunQueue, then the app's frame step (ui::FrameStep, the browser's too: tick, draw only when
// something changed). In between, the loop sleeps in SDL until an event, a RunQueue wake-up or the
// model's or the visit's next due time.
#pragma once

#include <cstdint>

#include "app/app_model.h"
#include "app/kiosk_session.h"
#include "native/sdl/window.h"
#include "platform/clock.h"
#include "platform/run_queue.h"
#include "ui/app.h"
#include "ui/frame_step.h"

namespace hotline::native {

class AppLoop {
 public:
  AppLoop(sdl::Window& window, ui::App& app, platform::RunQueue& queue, const platform::Clock& clock);

  // Sleeps until there may be work: returns at once while frames are pending, otherwise waits for an
  // event or the model's next due time, at most `max_ms`.
  void wait(int max_ms);
  // Pumps, ticks and draws when needed; true when it drew. `capture` forces a frame and reads it back.
  bool step(sdl::Window::Capture* capture = nullptr);
  // Runs what the RunQueue holds (network results, prepared photos) without drawing, after waiting at
  // most `max_ms` for a wake-up: the scenario runner lets a local answer in before the next frame.
  void deliver(int max_ms);
  // Input that did not come through SDL (the scenario runner's) needs frames too.
  void note_input();
  // Kiosk mode: input keeps the visit alive, and the visit's clock and card reader are ticked.
  // A visit that ended leaves its ImGui context behind: the next frame is drawn in a fresh one.
  void set_kiosk(app::KioskSession* kiosk) { kiosk_ = kiosk; }
  bool idle() const { return frame_.idle(); }
  std::uint64_t frames_drawn() const { return frames_drawn_; }

 private:
  // Between frames: once a visit has ended, its context (text buffers, ids, scroll) goes.
  void renew_context_after_visit();

  sdl::Window& window_;
  ui::App& app_;
  platform::RunQueue& queue_;
  const platform::Clock& clock_;
  app::KioskSession* kiosk_ = nullptr;
  bool context_has_visit_ = false;  // the current ImGui context has drawn a citizen's visit
  ui::FrameStep frame_;
  std::uint64_t frames_drawn_ = 0;
};

}  // namespace hotline::native
