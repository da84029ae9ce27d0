// A TaskRunner for platforms without worker threads (the single-threaded web build) and for tests: the
// work runs on the UI thread, but from the RunQueue after the current frame, never inside run().
#pragma once

#include "platform/run_queue.h"
#include "platform/task_runner.h"

namespace hotline::platform {

class DeferredTaskRunner final : public TaskRunner {
 public:
  explicit DeferredTaskRunner(RunQueue& queue) : queue_(queue) {}

  Call run(std::function<void()> work, std::function<void()> done) override {
    Call call = Call::started();
    // Work nobody waits for any more is skipped: it would run on the UI thread for nothing.
    queue_.post([guard = call.guard(), work = std::move(work), done = call.deliver(std::move(done))] {
      if (guard.wanted()) {
        work();
        done();
      }
    });
    return call;
  }

 private:
  RunQueue& queue_;
};

}  // namespace hotline::platform
