// The wall clock (see wall_clock.h).
#include "wall_clock.h"

#include <chrono>
#include <cstdint>

namespace hotline::server {

calendar::Instant wall_clock_now() {
  const std::int64_t seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  const auto instant = calendar::Instant::from_unix_seconds(seconds);
  return instant ? *instant : calendar::Instant();
}

}  // namespace hotline::server
