// The host app's offers, map picker and signed identity (host_bridge.js), answered once through the
// RunQueue; a map place in GCJ-02 is converted to the WGS-84 Open311 carries here.
#include "web/host/web_host_bridge.h"

#include <cstdlib>
#include <utility>

#include "domain/gcj02.h"

extern "C" {
int hotline_host_offers();
void hotline_host_choose_place(void (*answer)(void*, int, double, double, int, char*, char*), void* user);
void hotline_host_identity(void (*answer)(void*, int, char*), void* user);
}

namespace hotline::web {

namespace {

// Takes over a string malloc'ed by JavaScript.
std::string adopt(char* text) {
  std::string out = text != nullptr ? text : "";
  std::free(text);
  return out;
}

}  // namespace

platform::HostOffers WebHostBridge::offers() const {
  const int bits = hotline_host_offers();
  return {.photos = (bits & 1) != 0,
          .location = (bits & 2) != 0,
          .map_picker = (bits & 4) != 0,
          .identity = (bits & 8) != 0,
          .back = (bits & 16) != 0};
}

platform::Call WebHostBridge::choose_place(
    std::function<void(base::Expected<platform::HostPlace, platform::HostError>)> done) {
  platform::Call call = platform::Call::started();
  place_done_ = call.deliver(std::move(done));
  hotline_host_choose_place(&WebHostBridge::place_chosen, this);
  return call;
}

platform::Call WebHostBridge::identity_token(
    std::function<void(base::Expected<std::string, platform::HostError>)> done) {
  platform::Call call = platform::Call::started();
  identity_done_ = call.deliver(std::move(done));
  hotline_host_identity(&WebHostBridge::identity_answered, this);
  return call;
}

void WebHostBridge::place_chosen(void* self, int error, double lat, double lon, int gcj02, char* name, char* address) {
  auto& bridge = *static_cast<WebHostBridge*>(self);
  platform::HostPlace place{lat, lon, adopt(name), adopt(address)};
  if (!bridge.place_done_) {
    return;
  }
  if (gcj02 != 0) {
    const domain::GeoPoint wgs84 = domain::gcj02_to_wgs84({lat, lon});
    place.lat = wgs84.lat;
    place.lon = wgs84.lon;
  }
  using Result = base::Expected<platform::HostPlace, platform::HostError>;
  Result result = error == 0   ? Result(std::move(place))
                  : error == 1 ? Result(base::unexpected(platform::HostError::Cancelled))
                               : Result(base::unexpected(platform::HostError::Unavailable));
  bridge.queue_.post([done = std::move(bridge.place_done_), result = std::move(result)] { done(result); });
  bridge.place_done_ = nullptr;
}

void WebHostBridge::identity_answered(void* self, int found, char* token) {
  auto& bridge = *static_cast<WebHostBridge*>(self);
  std::string text = adopt(token);
  if (!bridge.identity_done_) {
    return;
  }
  using Result = base::Expected<std::string, platform::HostError>;
  Result result = found != 0 ? Result(std::move(text)) : Result(base::unexpected(platform::HostError::Unavailable));
  bridge.queue_.post([done = std::move(bridge.identity_done_), result = std::move(result)] { done(result); });
  bridge.identity_done_ = nullptr;
}

}  // namespace hotline::web
