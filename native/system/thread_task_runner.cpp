// One worker thread for slow work (see thread_task_runner.h).
#include "native/system/thread_task_runner.h"

namespace hotline::native {

ThreadTaskRunner::ThreadTaskRunner(platform::RunQueue& ui_queue) : ui_queue_(ui_queue), worker_([this] { loop(); }) {}

ThreadTaskRunner::~ThreadTaskRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  wake_.notify_one();
  worker_.join();
}

platform::Call ThreadTaskRunner::run(std::function<void()> work, std::function<void()> done) {
  platform::Call call = platform::Call::started();
  {
    std::lock_guard lock(mutex_);
    queue_.emplace_back(std::move(work), call.deliver(std::move(done)));
  }
  wake_.notify_one();
  return call;
}

void ThreadTaskRunner::loop() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) {
      return;
    }
    auto [work, done] = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    work();
    lock.lock();
    // A runner being destroyed posts nothing: `done` may refer to objects already gone.
    if (!stopping_) {
      ui_queue_.post(std::move(done));
    }
  }
}

}  // namespace hotline::native
