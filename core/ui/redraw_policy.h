// Decides whether a frame must be drawn: only after input or a model change (battery on phones, heat on kiosks).
#pragma once

namespace hotline::ui {

class RedrawPolicy {
 public:
  // Dear ImGui needs a few frames after an input to settle hover/active states and layout.
  static constexpr int kSettleFrames = 3;

  // Input arrived, the window resized, or the model changed (e.g. an async result landed).
  void note_activity() { pending_ = kSettleFrames; }
  // Something animates (a text cursor, a spinner) and wants frames until it stops asking.
  void keep_animating(bool animating) { animating_ = animating; }

  // Called once per loop iteration; true when this iteration must draw. Consumes one pending frame.
  bool should_draw() {
    if (pending_ > 0) {
      --pending_;
      return true;
    }
    return animating_;
  }
  bool idle() const { return pending_ == 0 && !animating_; }

 private:
  int pending_ = kSettleFrames;  // the first frames always draw
  bool animating_ = false;
};

}  // namespace hotline::ui
