// platform::TaskRunner on one worker thread: slow work (preparing a photo) runs there in the order it
// was given, and each `done` is posted to the UI thread's RunQueue (dropped there if its handle is gone;
// the work itself still runs: a thread cannot be stopped half way through a photo).
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

#include "platform/run_queue.h"
#include "platform/task_runner.h"

namespace hotline::native {

class ThreadTaskRunner : public platform::TaskRunner {
 public:
  // The run queue must outlive the runner.
  explicit ThreadTaskRunner(platform::RunQueue& ui_queue);
  // Finishes the work already running, drops the queued work and posts no further `done`.
  ~ThreadTaskRunner() override;
  ThreadTaskRunner(const ThreadTaskRunner&) = delete;
  ThreadTaskRunner& operator=(const ThreadTaskRunner&) = delete;

  platform::Call run(std::function<void()> work, std::function<void()> done) override;

 private:
  void loop();

  platform::RunQueue& ui_queue_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<std::function<void()>, std::function<void()>>> queue_;
  bool stopping_ = false;
  std::thread worker_;  // last: started once the members it uses exist
};

}  // namespace hotline::native
