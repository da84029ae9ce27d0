// The device's position, asked for only when the citizen taps "use my location".
#pragma once

#include <functional>

#include "base/expected.h"

namespace hotline::platform {

struct Position {
  double lat = 0;
  double lon = 0;
  double accuracy_m = 0;
};

enum class LocationError { Denied, Unavailable, Timeout };

class LocationProvider {
 public:
  virtual ~LocationProvider() = default;
  // The callback runs once, later (never from inside locate()).
  virtual void locate(std::function<void(base::Expected<Position, LocationError>)> done) = 0;
};

}  // namespace hotline::platform
