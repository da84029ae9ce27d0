// The reader's thread and the hand-over of its latest look (see background_reader.h).
#include "native/idcard/background_reader.h"

#include <chrono>

namespace hotline::native::idcard {

BackgroundReader::BackgroundReader(std::function<Reading()> look, int interval_ms)
    : look_(std::move(look)), interval_ms_(interval_ms), thread_([this] { run(); }) {}

BackgroundReader::~BackgroundReader() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  thread_.join();
}

BackgroundReader::Reading BackgroundReader::poll() {
  std::lock_guard lock(mutex_);
  return latest_;
}

void BackgroundReader::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    Reading reading = look_();
    lock.lock();
    latest_ = std::move(reading);
    stop_signal_.wait_for(lock, std::chrono::milliseconds(interval_ms_), [this] { return stopping_; });
  }
}

}  // namespace hotline::native::idcard
