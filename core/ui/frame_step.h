// One iteration of the app's frame loop after the platform pumped its input and run queue, the same for
// the kiosk (native/app_loop) and the browser (web/main): tick the model, notice its changes, and draw
// only when input, a model change or an animation asks for a frame.
#pragma once

#include <cstdint>
#include <functional>

#include "ui/redraw_policy.h"

namespace hotline::ui {

class FrameStep {
 public:
  // What the loop drives: the model's tick (due timers, results to apply) and its revision, which
  // changes whenever what it shows changes (an app model; kiosk mode adds its visit's).
  struct Model {
    std::function<void()> tick;
    std::function<std::uint64_t()> revision;
  };

  explicit FrameStep(Model model) : model_(std::move(model)) {}

  // Input, a resize or a result arrived: the next frames draw.
  void note_activity() { redraw_.note_activity(); }
  // Ticks the model; when a frame is due (or `force`: a capture) calls `draw`, which draws it and returns
  // whether it animates, and returns true. A model changed by the frame itself (the citizen's tap
  // applied) is drawn on the next iterations.
  bool run(const std::function<bool()>& draw, bool force = false);
  // Nothing to draw until new activity: no settle frame pending, no animation, the model as drawn.
  bool idle() const { return redraw_.idle() && model_.revision() == drawn_revision_; }

 private:
  Model model_;
  RedrawPolicy redraw_;
  std::uint64_t drawn_revision_ = 0;
};

}  // namespace hotline::ui
