// The wall clock (see system_clock.h).
#include "native/system/system_clock.h"

#include <chrono>

namespace hotline::native {

std::int64_t SystemClock::now_ms() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace hotline::native
