// Geolocation through navigator.geolocation.getCurrentPosition, answered once through the RunQueue.
#include "web/system/browser_location.h"

#include <emscripten.h>

#include <utility>

// The browser's answer for the BrowserLocation at `self`: error 0 none, then the
// GeolocationPositionError codes (1 denied, 2 unavailable, 3 timeout).
extern "C" EMSCRIPTEN_KEEPALIVE void hotline_location_answer(void* self, int error, double lat, double lon,
                                                             double accuracy_m) {
  hotline::web::BrowserLocation::answered(self, error, lat, lon, accuracy_m);
}

namespace hotline::web {

namespace {

// No geolocation at all (an old webview, an insecure page) answers "unavailable", also later.
// clang-format off
EM_JS(void, hotline_locate_js, (void* user), {
  var reply = function(error, lat, lon, accuracy) { _hotline_location_answer(user, error, lat, lon, accuracy); };
  if (!navigator.geolocation) {
    setTimeout(function() { reply(2, 0, 0, 0); }, 0);
    return;
  }
  navigator.geolocation.getCurrentPosition(
      function(position) {
        var c = position.coords;
        reply(0, c.latitude, c.longitude, c.accuracy);
      },
      function(error) { reply(error.code >= 1 && error.code <= 3 ? error.code : 2, 0, 0, 0); },
      // A minute-old fix is good enough for "where is the problem"; 15 s before saying it failed.
      {enableHighAccuracy : true, timeout : 15000, maximumAge : 60000});
});
// clang-format on

}  // namespace

void BrowserLocation::locate(std::function<void(base::Expected<platform::Position, platform::LocationError>)> done) {
  done_ = std::move(done);
  hotline_locate_js(this);
}

void BrowserLocation::answered(void* self, int error, double lat, double lon, double accuracy_m) {
  auto& location = *static_cast<BrowserLocation*>(self);
  if (!location.done_) {
    return;
  }
  using Result = base::Expected<platform::Position, platform::LocationError>;
  Result result = error == 0   ? Result(platform::Position{lat, lon, accuracy_m})
                  : error == 1 ? Result(base::unexpected(platform::LocationError::Denied))
                  : error == 3 ? Result(base::unexpected(platform::LocationError::Timeout))
                               : Result(base::unexpected(platform::LocationError::Unavailable));
  location.queue_.post([done = std::move(location.done_), result = std::move(result)] { done(result); });
  location.done_ = nullptr;
}

}  // namespace hotline::web
