// The redraw policy draws a few frames after activity, then stays idle.
#include <catch2/catch.hpp>

#include "ui/redraw_policy.h"

using hotline::ui::RedrawPolicy;

namespace {
int drawn_frames(RedrawPolicy& policy, int iterations) {
  int drawn = 0;
  for (int i = 0; i < iterations; ++i) {
    drawn += policy.should_draw() ? 1 : 0;
  }
  return drawn;
}
}  // namespace

TEST_CASE("the first frames draw, then the loop idles") {
  RedrawPolicy policy;
  CHECK(drawn_frames(policy, 100) == RedrawPolicy::kSettleFrames);
  CHECK(policy.idle());
}

TEST_CASE("activity draws settle frames again, not forever") {
  RedrawPolicy policy;
  drawn_frames(policy, 10);
  policy.note_activity();
  CHECK_FALSE(policy.idle());
  CHECK(drawn_frames(policy, 10) == RedrawPolicy::kSettleFrames);
  policy.note_activity();
  policy.note_activity();
  CHECK(drawn_frames(policy, 10) == RedrawPolicy::kSettleFrames);
}

TEST_CASE("animation keeps drawing until it stops") {
  RedrawPolicy policy;
  drawn_frames(policy, 10);
  policy.keep_animating(true);
  CHECK(drawn_frames(policy, 50) == 50);
  policy.keep_animating(false);
  CHECK(drawn_frames(policy, 50) == 0);
}
