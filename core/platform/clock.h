// The wall clock as a service, so that core code takes time from outside and tests can drive it.
#pragma once

#include <cstdint>

namespace hotline::platform {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds since 1970-01-01T00:00:00Z.
  virtual std::int64_t now_ms() const = 0;
};

}  // namespace hotline::platform
