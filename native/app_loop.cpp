// Render on demand (see app_loop.h).
#include "native/app_loop.h"

#include <algorithm>

namespace hotline::native {

void AppLoop::wait(int max_ms) {
  if (!redraw_.idle()) {
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

void AppLoop::note_input() {
  redraw_.note_activity();
  if (kiosk_ != nullptr) {
    kiosk_->touch();
  }
}

bool AppLoop::step(sdl::Window::Capture* capture) {
  if (window_.pump_events() > 0) {
    note_input();
  }
  queue_.pump();
  app::AppModel& model = app_.model();
  model.tick();
  if (kiosk_ != nullptr) {
    kiosk_->tick();
    if (kiosk_->revision() != drawn_kiosk_revision_) {
      drawn_kiosk_revision_ = kiosk_->revision();
      redraw_.note_activity();
    }
  }
  if (model.revision() != drawn_revision_) {
    redraw_.note_activity();
  }
  if (!redraw_.should_draw() && capture == nullptr) {
    return false;
  }
  drawn_revision_ = model.revision();
  window_.render([this] { app_.frame(); }, capture);
  ++frames_drawn_;
  redraw_.keep_animating(app_.animating());
  // The frame applied the citizen's intents; a changed model is drawn on the next iterations.
  if (model.revision() != drawn_revision_) {
    redraw_.note_activity();
  }
  return true;
}

}  // namespace hotline::native
