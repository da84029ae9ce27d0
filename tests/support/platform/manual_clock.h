// Test double of platform::Clock: time moves only when the test says so.
#pragma once

#include <cstdint>

#include "platform/clock.h"

namespace hotline::testing {

class ManualClock : public platform::Clock {
 public:
  explicit ManualClock(std::int64_t start_ms = 1'741'910'400'000) : now_(start_ms) {}  // 2025-03-14T00:00Z
  std::int64_t now_ms() const override { return now_; }
  void advance(std::int64_t ms) { now_ += ms; }
  void set(std::int64_t ms) { now_ = ms; }

 private:
  std::int64_t now_;
};

}  // namespace hotline::testing
