// The UI-thread task queue (see run_queue.h).
#include "platform/run_queue.h"

#include <utility>

namespace hotline::platform {

void RunQueue::post(Task task) {
  std::function<void()> waker;
  {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
    waker = waker_;
  }
  if (waker) {
    waker();
  }
}

void RunQueue::set_waker(std::function<void()> waker) {
  std::lock_guard lock(mutex_);
  waker_ = std::move(waker);
}

std::size_t RunQueue::pump() {
  std::deque<Task> batch;
  {
    std::lock_guard lock(mutex_);
    batch.swap(tasks_);
  }
  for (auto& task : batch) {
    task();
  }
  return batch.size();
}

bool RunQueue::empty() const {
  std::lock_guard lock(mutex_);
  return tasks_.empty();
}

}  // namespace hotline::platform
