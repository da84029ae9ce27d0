// platform::PhotoPicker in the browser: the page's file input (photo_picker.js); the chosen files are
// handed over as handles, prepared later by WorkerPhotoPreparer.
#pragma once

#include <functional>

#include "platform/photo_picker.h"
#include "platform/run_queue.h"

namespace hotline::web {

class BrowserPhotoPicker final : public platform::PhotoPicker {
 public:
  // Results are posted to `queue`, which wakes the paused main loop.
  explicit BrowserPhotoPicker(platform::RunQueue& queue) : queue_(queue) {}
  BrowserPhotoPicker(const BrowserPhotoPicker&) = delete;
  BrowserPhotoPicker& operator=(const BrowserPhotoPicker&) = delete;

  platform::Call pick(int max_count, std::function<void(platform::PickResult)> done) override;

 private:
  static void add_file(void* self, char* name, char* handle);
  static void finished(void* self, int outcome);

  platform::RunQueue& queue_;
  platform::PickResult picking_;
  std::function<void(platform::PickResult)> done_;  // guarded by the caller's handle
};

}  // namespace hotline::web
