// A chooser held open until the scenario answers it (see scripted_photo_picker.h).
#include "native/scenario/scripted_photo_picker.h"

#include <utility>

namespace hotline::scenario {

platform::Call ScriptedPhotoPicker::pick(int max_count, std::function<void(platform::PickResult)> done) {
  if (pending_) {
    ui_queue_.post([cancelled = std::move(pending_)] { cancelled({platform::PickOutcome::Cancelled, {}}); });
  }
  max_count_ = max_count;
  platform::Call call = platform::Call::started();
  pending_ = call.deliver(std::move(done));
  return call;
}

std::optional<int> ScriptedPhotoPicker::open_limit() const {
  if (!pending_) {
    return std::nullopt;
  }
  return max_count_;
}

bool ScriptedPhotoPicker::answer(std::vector<platform::PickedFile> files) {
  if (!pending_) {
    return false;
  }
  ui_queue_.post([done = std::move(pending_), files = std::move(files)]() mutable {
    done({platform::PickOutcome::Picked, std::move(files)});
  });
  pending_ = nullptr;
  return true;
}

}  // namespace hotline::scenario
