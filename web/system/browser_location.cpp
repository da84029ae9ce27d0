// The position from the host app (web/host/host_bridge.js) or navigator.geolocation, answered once
// through the RunQueue in WGS-84 (a host's GCJ-02 answer converted here).
#include "web/system/browser_location.h"

#include <utility>

#include "domain/gcj02.h"

extern "C" void hotline_host_locate(void (*answer)(void*, int, double, double, double, int), void* user);

namespace hotline::web {

void BrowserLocation::locate(std::function<void(base::Expected<platform::Position, platform::LocationError>)> done) {
  done_ = std::move(done);
  hotline_host_locate(&BrowserLocation::answered, this);
}

void BrowserLocation::answered(void* self, int error, double lat, double lon, double accuracy_m, int gcj02) {
  auto& location = *static_cast<BrowserLocation*>(self);
  if (!location.done_) {
    return;
  }
  using Result = base::Expected<platform::Position, platform::LocationError>;
  if (gcj02 != 0) {
    const domain::GeoPoint wgs84 = domain::gcj02_to_wgs84({lat, lon});
    lat = wgs84.lat;
    lon = wgs84.lon;
  }
  Result result = error == 0   ? Result(platform::Position{lat, lon, accuracy_m})
                  : error == 1 ? Result(base::unexpected(platform::LocationError{platform::LocationErrorCode::Denied}))
                  : error == 3
                      ? Result(base::unexpected(platform::LocationError{platform::LocationErrorCode::Timeout}))
                      : Result(base::unexpected(platform::LocationError{platform::LocationErrorCode::Unavailable}));
  location.queue_.post([done = std::move(location.done_), result = std::move(result)] { done(result); });
  location.done_ = nullptr;
}

}  // namespace hotline::web
