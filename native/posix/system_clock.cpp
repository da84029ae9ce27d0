// The wall clock (see system_clock.h).
#include "native/posix/system_clock.h"

namespace hotline::posix {

SystemClock::SystemClock(std::optional<std::int64_t> start_ms) : start_ms_(start_ms) {}

std::int64_t SystemClock::now_ms() const {
  if (start_ms_) {
    return *start_ms_ +
           std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_).count();
  }
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace hotline::posix
