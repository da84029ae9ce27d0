// The device's position, asked for only when the citizen taps "use my location".
#pragma once

#include <functional>

#include "base/expected.h"
#include "base/message.h"

namespace hotline::platform {

struct Position {
  double lat = 0;
  double lon = 0;
  double accuracy_m = 0;
};

enum class LocationErrorCode { Denied, Unavailable, Timeout };

struct LocationError {
  LocationErrorCode code = LocationErrorCode::Unavailable;

  // Either way the typed address is the way on, and the message says so.
  base::Message message() const {
    return {code == LocationErrorCode::Denied ? "app.place.location_denied" : "app.place.location_unavailable", {}};
  }
};

class LocationProvider {
 public:
  virtual ~LocationProvider() = default;
  // The callback runs once, later (never from inside locate()).
  virtual void locate(std::function<void(base::Expected<Position, LocationError>)> done) = 0;
};

}  // namespace hotline::platform
