// The position from the host app (web/host/host_bridge.js) or navigator.geolocation, answered once
// through the RunQueue in WGS-84 (a host's GCJ-02 answer converted here).
#include "web/system/browser_location.h"

#include <string>
#include <utility>

#include "domain/gcj02.h"

extern "C" void hotline_host_locate(void (*answer)(void*, int, double, double, double, int), void* user);

namespace hotline::web {

platform::Call BrowserLocation::locate(platform::LocationCallback done) {
  platform::Call call = platform::Call::started();
  done_ = call.deliver(std::move(done));
  hotline_host_locate(&BrowserLocation::answered, this);
  return call;
}

void BrowserLocation::answered(void* self, int error, double lat, double lon, double accuracy_m, int gcj02) {
  auto& location = *static_cast<BrowserLocation*>(self);
  if (!location.done_) {
    return;
  }
  using Result = platform::LocationResult;
  using platform::LocationProblem;
  if (gcj02 != 0) {
    const domain::GeoPoint wgs84 = domain::gcj02_to_wgs84({lat, lon});
    lat = wgs84.lat;
    lon = wgs84.lon;
  }
  const auto failed = [error](LocationProblem problem) {
    return Result(base::unexpected(platform::LocationError{problem, "geolocation error " + std::to_string(error)}));
  };
  Result result = error == 0   ? Result(platform::Position{lat, lon, accuracy_m})
                  : error == 1 ? failed(LocationProblem::Denied)
                  : error == 3 ? failed(LocationProblem::Timeout)
                               : failed(LocationProblem::Unavailable);
  location.queue_.post([done = std::move(location.done_), result = std::move(result)] { done(result); });
  location.done_ = nullptr;
}

}  // namespace hotline::web
