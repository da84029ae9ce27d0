// UnavailablePhotoPicker: a kiosk's pick answers Unavailable from the RunQueue, never inside pick(),
// and not at all once the handle is gone.
#include <catch2/catch.hpp>

#include <optional>

#include "native/system/unavailable_photo_picker.h"

using namespace hotline;

TEST_CASE("a kiosk's pick answers unavailable on the next pump, unless its handle is gone") {
  platform::RunQueue queue;
  native::UnavailablePhotoPicker picker(queue);
  std::optional<platform::PickOutcome> outcome;
  const platform::Call call = picker.pick(3, [&](platform::PickResult result) { outcome = result.outcome; });
  CHECK_FALSE(outcome);
  queue.pump();
  CHECK(outcome == platform::PickOutcome::Unavailable);

  bool answered = false;
  {
    const platform::Call dropped = picker.pick(3, [&](platform::PickResult) { answered = true; });
  }
  CHECK(queue.pump() == 1);
  CHECK_FALSE(answered);
}
