// A TaskRunner for platforms without worker threads (the single-threaded web build) and for tests: the
// work runs on the UI thread, but from the RunQueue after the current frame, never inside run().
#pragma once

#include "platform/run_queue.h"
#include "platform/task_runner.h"

namespace hotline::platform {

class DeferredTaskRunner final : public TaskRunner {
 public:
  explicit DeferredTaskRunner(RunQueue& queue) : queue_(queue) {}

  void run(std::function<void()> work, std::function<void()> done) override {
    queue_.post([work = std::move(work), done = std::move(done)] {
      work();
      done();
    });
  }

 private:
  RunQueue& queue_;
};

}  // namespace hotline::platform
