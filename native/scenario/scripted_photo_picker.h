// The photo chooser of scenario runs: a tap on "add photos" opens it (pick() holds the request) and a
// pick_photos step answers it with the scenario's files, as a citizen choosing in a gallery would.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "platform/photo_picker.h"
#include "platform/run_queue.h"

namespace hotline::scenario {

class ScriptedPhotoPicker : public platform::PhotoPicker {
 public:
  explicit ScriptedPhotoPicker(platform::RunQueue& ui_queue) : ui_queue_(ui_queue) {}

  // A second pick while one is open cancels the first, as a platform chooser replaces its dialog.
  platform::Call pick(int max_count, std::function<void(platform::PickResult)> done) override;

  // The open chooser's limit; nullopt when the app has not opened the chooser.
  std::optional<int> open_limit() const;
  // Answers the open chooser (through the RunQueue); false when none is open.
  bool answer(std::vector<platform::PickedFile> files);

 private:
  platform::RunQueue& ui_queue_;
  int max_count_ = 0;
  std::function<void(platform::PickResult)> pending_;  // guarded by the app's handle
};

}  // namespace hotline::scenario
