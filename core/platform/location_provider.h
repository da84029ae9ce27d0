// The device's position, asked for only when the citizen taps "use my location".
#pragma once

#include <functional>
#include <string>

#include "base/expected.h"
#include "base/message.h"
#include "platform/call.h"

namespace hotline::platform {

struct Position {
  double lat = 0;
  double lon = 0;
  double accuracy_m = 0;
};

// Why no position came, as the citizen is told it: either way the typed address is the way on.
enum class LocationProblem {
  Denied,       // the citizen (or the browser's settings) refused the permission
  Unavailable,  // no fix: no GPS, no network position, or the platform has no location service
  Timeout,      // no fix in time
};

struct LocationError {
  LocationProblem problem = LocationProblem::Unavailable;
  std::string detail;  // for logs

  // "app.place.location_denied" / "app.place.location_unavailable"
  base::Message message() const;
};

using LocationResult = base::Expected<Position, LocationError>;
using LocationCallback = std::function<void(LocationResult)>;

class LocationProvider {
 public:
  virtual ~LocationProvider() = default;
  // The callback runs once, later, from the RunQueue (never from inside locate()), unless the handle
  // is gone by then.
  virtual Call locate(LocationCallback done) = 0;
};

}  // namespace hotline::platform
