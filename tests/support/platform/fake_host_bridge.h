// Test double of platform::HostBridge: offers what the test sets; the identity token answers on the
// next pump, a map pick waits until the test answers it (through the queue, never inside the call).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "platform/host_bridge.h"
#include "platform/run_queue.h"

namespace hotline::testing {

class FakeHostBridge : public platform::HostBridge {
 public:
  explicit FakeHostBridge(platform::RunQueue& queue) : queue_(queue) {}

  platform::HostOffers offers_now;
  std::optional<std::string> token;  // nullopt: the host answers Unavailable
  int token_asked = 0;

  platform::HostOffers offers() const override { return offers_now; }
  platform::Call choose_place(
      std::function<void(base::Expected<platform::HostPlace, platform::HostError>)> done) override {
    platform::Call call = platform::Call::started();
    place_done_ = call.deliver(std::move(done));
    return call;
  }
  platform::Call identity_token(std::function<void(base::Expected<std::string, platform::HostError>)> done) override {
    ++token_asked;
    platform::Call call = platform::Call::started();
    auto answer =
        token ? base::Expected<std::string, platform::HostError>(*token)
              : base::Expected<std::string, platform::HostError>(base::unexpected(platform::HostError::Unavailable));
    queue_.post([done = call.deliver(std::move(done)), answer = std::move(answer)] { done(answer); });
    return call;
  }

  bool choosing() const { return static_cast<bool>(place_done_); }
  // The citizen picked (or cancelled) on the host's map: answered on the next pump.
  void answer_place(base::Expected<platform::HostPlace, platform::HostError> result) {
    queue_.post([done = std::move(place_done_), result = std::move(result)] { done(result); });
    place_done_ = nullptr;
  }

 private:
  platform::RunQueue& queue_;
  std::function<void(base::Expected<platform::HostPlace, platform::HostError>)> place_done_;
};

}  // namespace hotline::testing
