// platform::HostBridge on a kiosk: no host app around it, so nothing is offered; a call made anyway
// answers Unavailable through the RunQueue, as the interface promises.
#pragma once

#include <utility>

#include "platform/host_bridge.h"
#include "platform/run_queue.h"

namespace hotline::native {

class NoHostBridge : public platform::HostBridge {
 public:
  explicit NoHostBridge(platform::RunQueue& ui_queue) : ui_queue_(ui_queue) {}

  platform::HostOffers offers() const override { return {}; }
  platform::Call choose_place(
      std::function<void(base::Expected<platform::HostPlace, platform::HostError>)> done) override {
    return unavailable(std::move(done));
  }
  platform::Call identity_token(std::function<void(base::Expected<std::string, platform::HostError>)> done) override {
    return unavailable(std::move(done));
  }

 private:
  template <typename T>
  platform::Call unavailable(std::function<void(base::Expected<T, platform::HostError>)> done) {
    platform::Call call = platform::Call::started();
    ui_queue_.post(
        [done = call.deliver(std::move(done))] { done(base::unexpected(platform::HostError::Unavailable)); });
    return call;
  }

  platform::RunQueue& ui_queue_;
};

}  // namespace hotline::native
