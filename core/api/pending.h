// A pollable result of one ApiClient call, owned by a screen: idle, loading, a value or an error.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "api/api_client.h"

namespace hotline::api {

enum class PendingState { Idle, Loading, Value, Error };

// A screen polls it each frame instead of handing the client a callback that captures the screen.
// The client's callback (run from the RunQueue, see platform::HttpTransport) writes into a slot it
// shares with this object, never into `this`; starting a new call or destroying the owner cancels the
// exchange and drops the slot, so a late answer lands nowhere. The ApiClient must outlive it.
template <typename T>
class Pending {
 public:
  explicit Pending(ApiClient& api) : api_(&api) {}
  ~Pending() { cancel(); }
  Pending(const Pending&) = delete;
  Pending& operator=(const Pending&) = delete;
  // The moved-from one is Idle; the assigned-to one's call in progress is cancelled.
  Pending(Pending&& other) noexcept : api_(other.api_), slot_(std::move(other.slot_)), id_(other.id_) {}
  Pending& operator=(Pending&& other) noexcept {
    if (this != &other) {
      cancel();
      api_ = other.api_;
      slot_ = std::move(other.slot_);
      id_ = other.id_;
    }
    return *this;
  }

  // Cancels the call in progress, if any, and starts another: call(done) makes the ApiClient call
  // with done as its callback and returns its id, e.g.
  //   services.start([&](auto done) { return api.load_services(std::move(done)); });
  template <typename Call>
  void start(Call&& call) {
    cancel();
    auto slot = std::make_shared<std::optional<Result<T>>>();
    slot_ = slot;
    id_ = std::forward<Call>(call)(Callback<T>([slot](Result<T> result) { *slot = std::move(result); }));
  }

  // Back to Idle; a call in progress is cancelled.
  void reset() { cancel(); }

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
  const ApiError* error() const { return state() == PendingState::Error ? &(*slot_)->error() : nullptr; }

 private:
  void cancel() {
    if (loading()) {
      api_->cancel(id_);
    }
    slot_.reset();
  }

  ApiClient* api_;
  std::shared_ptr<std::optional<Result<T>>> slot_;
  ApiClient::Id id_ = 0;
};

}  // namespace hotline::api
