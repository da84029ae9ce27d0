// platform::LocationProvider in the browser: the host app's position where the page runs in one
// (web/host), else navigator.geolocation; asked only when the citizen taps "use my location" (the
// permission prompt comes from that tap).
#pragma once

#include <functional>

#include "platform/location_provider.h"
#include "platform/run_queue.h"

namespace hotline::web {

class BrowserLocation final : public platform::LocationProvider {
 public:
  // Answers are posted to `queue`, which wakes the paused main loop.
  explicit BrowserLocation(platform::RunQueue& queue) : queue_(queue) {}
  BrowserLocation(const BrowserLocation&) = delete;
  BrowserLocation& operator=(const BrowserLocation&) = delete;

  platform::Call locate(platform::LocationCallback done) override;
  // The host or the browser answered (called from JavaScript); `gcj02` non-zero: in China's map datum.
  static void answered(void* self, int error, double lat, double lon, double accuracy_m, int gcj02);

 private:
  platform::RunQueue& queue_;
  platform::LocationCallback done_;  // guarded by the caller's handle
};

}  // namespace hotline::web
