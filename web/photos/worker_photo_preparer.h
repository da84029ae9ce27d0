// app::PhotoPreparer in the browser: each photo is downscaled by the browser and prepared by the core's
// pipeline in a Web Worker (photo_worker.js), so the page's main thread only receives the result.
#pragma once

#include <functional>
#include <map>

#include "app/photo_preparer.h"
#include "platform/run_queue.h"
#include "platform/task_runner.h"

namespace hotline::web {

class WorkerPhotoPreparer final : public app::PhotoPreparer {
 public:
  // Results are posted to `queue` (which wakes the paused loop); `tasks` runs the portable pipeline
  // when the worker cannot (no Worker, its module failed to load) or the file came as bytes.
  WorkerPhotoPreparer(platform::RunQueue& queue, platform::TaskRunner& tasks) : queue_(queue), tasks_(tasks) {}
  WorkerPhotoPreparer(const WorkerPhotoPreparer&) = delete;
  WorkerPhotoPreparer& operator=(const WorkerPhotoPreparer&) = delete;

  void prepare(const platform::PickedFile& file, std::function<void(Result)> done) override;

 private:
  static void answered(void* self, int token, int kind, char* data, int size);
  void on_main_thread(std::string bytes, std::function<void(Result)> done);

  platform::RunQueue& queue_;
  platform::TaskRunner& tasks_;
  int next_token_ = 1;
  std::map<int, std::function<void(Result)>> waiting_;
};

}  // namespace hotline::web
