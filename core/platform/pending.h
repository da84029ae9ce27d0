// A pollable result of one asynchronous call, owned by a screen or a model: idle, loading, a value or
// an error, whatever the source (the Open311 client, the location, a photo picked or prepared).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "base/expected.h"
#include "platform/activity.h"
#include "platform/call.h"

namespace hotline::platform {

enum class PendingState { Idle, Loading, Value, Error };

// Polled each frame instead of handing the source a callback that captures its owner. The source's
// callback writes into a slot shared with this object, never into `this`, so a Pending can move; it
// holds the call's handle, so starting a new call, reset() or destruction cancels the call in progress
// and its result never arrives (see call.h). Its calls count in the owner's Activity while loading.
template <typename T, typename E>
class Pending {
 public:
  using Result = base::Expected<T, E>;
  using Done = std::function<void(Result)>;

  explicit Pending(const Activity& activity) : call_(activity) {}

  // Cancels the call in progress, if any, and starts another: start(done) makes the call with done as
  // its callback and returns its handle, e.g.
  //   services.start([&](auto done) { return api.load_services(std::move(done)); });
  template <typename Start>
  void start(Start&& start) {
    call_.cancel();
    auto slot = std::make_shared<std::optional<Result>>();
    slot_ = slot;
    call_ = std::forward<Start>(start)(Done([slot](Result result) { *slot = std::move(result); }));
  }

  // Back to Idle; a call in progress is cancelled.
  void reset() {
    call_.cancel();
    slot_.reset();
  }

  PendingState state() const {
    if (!slot_) {
      return PendingState::Idle;
    }
    if (!*slot_) {
      return PendingState::Loading;
    }
    return (*slot_)->has_value() ? PendingState::Value : PendingState::Error;
  }
  bool loading() const { return state() == PendingState::Loading; }
  // The value or the error, or nullptr in any other state.
  const T* value() const { return state() == PendingState::Value ? &(*slot_)->value() : nullptr; }
  const E* error() const { return state() == PendingState::Error ? &(*slot_)->error() : nullptr; }

 private:
  std::shared_ptr<std::optional<Result>> slot_;
  AwaitedCall call_;
};

}  // namespace hotline::platform
