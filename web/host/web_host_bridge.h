// platform::HostBridge in the browser: the host app around the page through web/host/host_bridge.js
// (window.HotlineHost, WeChat's `wx`, Alipay's `my`); in a plain browser it offers nothing.
#pragma once

#include <functional>
#include <string>

#include "platform/host_bridge.h"
#include "platform/run_queue.h"

namespace hotline::web {

class WebHostBridge final : public platform::HostBridge {
 public:
  // Answers are posted to `queue`, which wakes the paused main loop.
  explicit WebHostBridge(platform::RunQueue& queue) : queue_(queue) {}
  WebHostBridge(const WebHostBridge&) = delete;
  WebHostBridge& operator=(const WebHostBridge&) = delete;

  platform::HostOffers offers() const override;
  platform::Call choose_place(
      std::function<void(base::Expected<platform::HostPlace, platform::HostError>)> done) override;
  platform::Call identity_token(std::function<void(base::Expected<std::string, platform::HostError>)> done) override;

  // The host answered (called from JavaScript, which hands over the malloc'ed strings).
  static void place_chosen(void* self, int error, double lat, double lon, int gcj02, char* name, char* address);
  static void identity_answered(void* self, int found, char* token);

 private:
  platform::RunQueue& queue_;
  std::function<void(base::Expected<platform::HostPlace, platform::HostError>)> place_done_;
  std::function<void(base::Expected<std::string, platform::HostError>)> identity_done_;
};

}  // namespace hotline::web
