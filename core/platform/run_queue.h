// Tasks posted from any thread (a network worker, a browser callback) and run on the UI thread, in
// order, when the frame loop pumps the queue.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace hotline::platform {

class RunQueue {
 public:
  using Task = std::function<void()>;

  // Thread-safe. The waker (if set) runs after each post, on the posting thread, so that a frame
  // loop sleeping until the next event can be woken (e.g. by pushing an SDL user event).
  void post(Task task);
  void set_waker(std::function<void()> waker);

  // Runs the tasks queued before the call; tasks they post run on the next pump, so a task that
  // re-posts itself cannot stall the frame. Returns how many ran.
  std::size_t pump();
  bool empty() const;

 private:
  mutable std::mutex mutex_;
  std::deque<Task> tasks_;
  std::function<void()> waker_;
};

}  // namespace hotline::platform
