// The kiosk's photo chooser outside QA runs: a kiosk has no camera or gallery, so every pick answers
// Unavailable and the photo step says photos cannot be added here.
#pragma once

#include <utility>

#include "platform/photo_picker.h"
#include "platform/run_queue.h"

namespace hotline::native {

class UnavailablePhotoPicker : public platform::PhotoPicker {
 public:
  explicit UnavailablePhotoPicker(platform::RunQueue& ui_queue) : ui_queue_(ui_queue) {}

  platform::Call pick(int, std::function<void(platform::PickResult)> done) override {
    // Posted, not called: the interface promises the answer never arrives inside pick().
    platform::Call call = platform::Call::started();
    ui_queue_.post([answer = call.deliver(std::move(done))] { answer({platform::PickOutcome::Unavailable, {}}); });
    return call;
  }

 private:
  platform::RunQueue& ui_queue_;
};

}  // namespace hotline::native
