// app::PhotoPreparer in the browser: each photo is downscaled by the browser and prepared by the core's
// pipeline in a Web Worker (photo_worker.js), so the page's main thread only receives the result. The
// pipeline is not linked into the page's module: where no worker runs, photo_picker.js loads the
// worker's module into the page instead (on the first photo, never before the first frame).
#pragma once

#include <functional>
#include <map>

#include "app/photo_preparer.h"
#include "platform/run_queue.h"

namespace hotline::web {

class WorkerPhotoPreparer final : public app::PhotoPreparer {
 public:
  // Results are posted to `queue`, which wakes the paused loop.
  explicit WorkerPhotoPreparer(platform::RunQueue& queue) : queue_(queue) {}
  WorkerPhotoPreparer(const WorkerPhotoPreparer&) = delete;
  WorkerPhotoPreparer& operator=(const WorkerPhotoPreparer&) = delete;

  // A picked file goes by its handle (its bytes never enter this module); a downloaded reply photo by
  // its bytes, copied out by the script.
  platform::Call prepare(const platform::PickedFile& file, photo::PhotoUse use,
                         std::function<void(Result)> done) override;

 private:
  static void answered(void* self, int token, int kind, char* data, int size);

  platform::RunQueue& queue_;
  int next_token_ = 1;
  std::map<int, std::function<void(Result)>> waiting_;
};

}  // namespace hotline::web
