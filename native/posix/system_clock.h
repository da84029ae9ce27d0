// platform::Clock from the system's wall clock, or (QA) from a fixed start running at the steady clock's pace.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "platform/clock.h"

namespace hotline::posix {

class SystemClock : public platform::Clock {
 public:
  SystemClock() = default;
  // QA (--fixed-clock): the clock reads `start_ms` when constructed and then advances in real time, so
  // timers, back-off and time-outs work while the times a run shows are the same on every run.
  explicit SystemClock(std::optional<std::int64_t> start_ms);
  std::int64_t now_ms() const override;

 private:
  std::optional<std::int64_t> start_ms_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace hotline::posix
