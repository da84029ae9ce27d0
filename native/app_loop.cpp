// Render on demand (see app_loop.h).
#include "native/app_loop.h"

#include <algorithm>

namespace hotline::native {

AppLoop::AppLoop(sdl::Window& window, ui::App& app, platform::RunQueue& queue, const platform::Clock& clock)
    : window_(window),
      app_(app),
      queue_(queue),
      clock_(clock),
      // Kiosk mode's visit (countdown, wipe) is ticked and drawn like the model: its revision in the high
      // half, so a change of either asks for frames.
      frame_({[this] {
                app_.model().tick();
                if (kiosk_ != nullptr) {
                  kiosk_->tick();
                  // A visit timed out: the attract screen this step draws is the next context's.
                  renew_context_after_visit();
                }
              },
              [this] {
                const std::uint64_t visit = kiosk_ != nullptr ? kiosk_->revision() : 0;
                return visit << 32 | app_.model().revision();
              }}) {}

void AppLoop::wait(int max_ms) {
  if (!frame_.idle()) {
    return;
  }
  std::int64_t timeout = max_ms;
  for (const auto due : {app_.model().next_wake_ms(), kiosk_ ? kiosk_->next_wake_ms() : std::nullopt}) {
    if (due) {
      timeout = std::clamp<std::int64_t>(*due - clock_.now_ms(), 0, timeout);
    }
  }
  if (timeout > 0) {
    window_.wait_for_event(static_cast<int>(timeout));
  }
}

void AppLoop::deliver(int max_ms) {
  window_.wait_for_event(max_ms);
  queue_.pump();
}

void AppLoop::note_input() {
  frame_.note_activity();
  if (kiosk_ != nullptr) {
    kiosk_->touch();
  }
}

void AppLoop::renew_context_after_visit() {
  if (kiosk_->phase() != app::KioskPhase::Attract) {
    context_has_visit_ = true;
  } else if (context_has_visit_) {
    window_.renew_imgui_context();
    context_has_visit_ = false;
  }
}

bool AppLoop::step(sdl::Window::Capture* capture) {
  // "Finish" tapped in the last frame: the new context takes this step's input.
  if (kiosk_ != nullptr) {
    renew_context_after_visit();
  }
  if (window_.pump_events() > 0) {
    note_input();
  }
  queue_.pump();
  return frame_.run(
      [&] {
        window_.render([this] { app_.frame(); }, capture);
        ++frames_drawn_;
        return app_.animating();
      },
      capture != nullptr);
}

}  // namespace hotline::native
