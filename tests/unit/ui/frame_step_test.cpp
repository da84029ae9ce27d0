// The shared frame step: draws after activity and model changes, keeps drawing while animating, then idles.
#include <catch2/catch.hpp>

#include "ui/frame_step.h"

using hotline::ui::FrameStep;
using hotline::ui::RedrawPolicy;

namespace {

// A model whose revision the test moves, counting its ticks.
struct FakeModel {
  std::uint64_t revision = 7;
  int ticks = 0;

  FrameStep::Model hooks() {
    return {[this] { ++ticks; }, [this] { return revision; }};
  }
};

// Runs `iterations` loop iterations; returns the frames drawn. `draw` may change the model or animate.
int run(
    FrameStep& step, int iterations, const std::function<bool()>& draw = [] { return false; }) {
  int drawn = 0;
  for (int i = 0; i < iterations; ++i) {
    drawn += step.run([&] { return draw(); }) ? 1 : 0;
  }
  return drawn;
}

}  // namespace

TEST_CASE("the first frames draw, then the step idles and only ticks") {
  FakeModel model;
  FrameStep step(model.hooks());
  CHECK_FALSE(step.idle());
  CHECK(run(step, 20) == RedrawPolicy::kSettleFrames);
  CHECK(step.idle());
  CHECK(model.ticks == 20);
}

TEST_CASE("a model change between iterations draws the settle frames once") {
  FakeModel model;
  FrameStep step(model.hooks());
  run(step, 10);
  model.revision = 8;
  CHECK_FALSE(step.idle());
  CHECK(run(step, 10) == RedrawPolicy::kSettleFrames);
  CHECK(step.idle());
}

TEST_CASE("a change made while drawing (a tap applied) is drawn on the next iterations") {
  FakeModel model;
  FrameStep step(model.hooks());
  run(step, 10);
  step.note_activity();
  bool tapped = false;
  const int drawn = run(step, 20, [&] {
    if (!tapped) {
      tapped = true;
      ++model.revision;
    }
    return false;
  });
  // The first settle frame applied the tap; its change restarts the settle frames.
  CHECK(drawn == 1 + RedrawPolicy::kSettleFrames);
  CHECK(step.idle());
}

TEST_CASE("a frame that animates keeps frames coming until it stops") {
  FakeModel model;
  FrameStep step(model.hooks());
  run(step, 10);
  step.note_activity();
  int frames = 0;
  CHECK(run(step, 30, [&] { return ++frames < 12; }) == 12);
  CHECK(step.idle());
}

TEST_CASE("a forced frame (a capture) draws even when idle, and settles nothing more") {
  FakeModel model;
  FrameStep step(model.hooks());
  run(step, 10);
  int drawn = 0;
  CHECK(step.run(
      [&] {
        ++drawn;
        return false;
      },
      true));
  CHECK(drawn == 1);
  CHECK(step.idle());
  CHECK(run(step, 5) == 0);
}
