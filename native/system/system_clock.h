// platform::Clock from the system's wall clock.
#pragma once

#include "platform/clock.h"

namespace hotline::native {

class SystemClock : public platform::Clock {
 public:
  std::int64_t now_ms() const override;
};

}  // namespace hotline::native
