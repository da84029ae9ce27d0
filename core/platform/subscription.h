// Repeated news from a source (the outbox, the status tracker) as the listener holds it: a move-only
// handle whose destruction unsubscribes, so news never reaches a listener that is gone.
#pragma once

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace hotline::platform {

// The listener's side. It holds the listener itself; the source only refers to it, so whichever of
// the two goes first, nothing dangles and no flag has to be kept beside the listener.
class [[nodiscard]] Subscription {
 public:
  // Listens to nothing.
  Subscription() = default;
  // Idempotent: no news arrives afterwards, not even from a notification under way.
  void cancel() { listener_.reset(); }
  bool active() const { return listener_ != nullptr; }

 private:
  template <typename... Args>
  friend class Notifier;
  explicit Subscription(std::shared_ptr<void> listener) : listener_(std::move(listener)) {}
  std::shared_ptr<void> listener_;
};

// The source's side: who listens, and telling them, on the UI thread like everything the source does.
template <typename... Args>
class Notifier {
 public:
  using Listener = std::function<void(Args...)>;

  Subscription subscribe(Listener listener) {
    auto held = std::make_shared<Listener>(std::move(listener));
    listeners_.push_back(held);
    return Subscription(std::move(held));
  }

  // Calls each listener still subscribed, in the order they subscribed. A listener may subscribe or
  // unsubscribe others (or itself) meanwhile: one unsubscribed before its turn is not called.
  void notify(const Args&... args) {
    std::erase_if(listeners_, [](const std::weak_ptr<Listener>& listener) { return listener.expired(); });
    const std::vector<std::weak_ptr<Listener>> now = listeners_;
    for (const auto& weak : now) {
      if (const std::shared_ptr<Listener> listener = weak.lock()) {
        (*listener)(args...);
      }
    }
  }

 private:
  std::vector<std::weak_ptr<Listener>> listeners_;
};

}  // namespace hotline::platform
