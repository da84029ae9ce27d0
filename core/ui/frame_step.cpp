// The frame step shared by both mains (see frame_step.h).
#include "ui/frame_step.h"

namespace hotline::ui {

bool FrameStep::run(const std::function<bool()>& draw, bool force) {
  model_.tick();
  if (model_.revision() != drawn_revision_) {
    redraw_.note_activity();
  }
  if (!redraw_.should_draw() && !force) {
    return false;
  }
  drawn_revision_ = model_.revision();
  redraw_.keep_animating(draw());
  if (model_.revision() != drawn_revision_) {
    redraw_.note_activity();
  }
  return true;
}

}  // namespace hotline::ui
