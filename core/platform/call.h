// A one-shot asynchronous call as its caller holds it: a move-only handle whose destruction cancels
// the call, so a result never reaches an owner that is gone.
#pragma once

#include <functional>
#include <memory>
#include <utility>

namespace hotline::platform {

// The contract of every one-shot call (HTTP, storage durability, location, photo picking and
// preparing, background work), see docs/architecture.md "The async contract":
// - the call returns a Call; its result arrives at most once, on the UI thread, from a later
//   RunQueue::pump() or browser event, never from inside the call itself;
// - after the handle is destroyed, cancel()ed or overwritten, the result does not arrive.
// A source makes the handle with the work's own cancellation (if any) and hands its callback through
// guard() or deliver(), which drop a result whose handle is gone. Handles live on the UI thread; the
// guarded callback may be carried by another thread but must run on the UI thread.
class [[nodiscard]] Call {
  struct State {
    std::function<void()> on_cancel;
    bool finished = false;
    std::shared_ptr<int> counted_in;  // an Activity's count (activity.h), until the call finishes

    void finish() {
      finished = true;
      if (counted_in) {
        --*counted_in;
        counted_in.reset();
      }
    }
  };

 public:
  // No call: nothing to cancel, never active.
  Call() = default;
  // For a source: a call in progress. `on_cancel` stops the work when the handle is cancelled before
  // the result came (none when the result is merely dropped).
  static Call started(std::function<void()> on_cancel = {}) {
    Call call;
    call.state_ = std::make_shared<State>(State{std::move(on_cancel)});
    return call;
  }
  ~Call() { cancel(); }
  Call(Call&& other) noexcept = default;
  Call& operator=(Call&& other) noexcept {
    if (this != &other) {
      cancel();
      state_ = std::move(other.state_);
    }
    return *this;
  }
  Call(const Call&) = delete;
  Call& operator=(const Call&) = delete;

  // Idempotent; the handle is inactive afterwards.
  void cancel() {
    const std::shared_ptr<State> state = std::exchange(state_, nullptr);
    if (state && !state->finished) {
      state->finish();
      if (state->on_cancel) {
        state->on_cancel();
      }
    }
  }
  // From the call until its result was delivered or it was cancelled.
  bool active() const { return state_ && !state_->finished; }

  // The source's side: delivers the result once, only while the caller's handle is active.
  class Guard {
   public:
    // True (once) if the result may be delivered now; the handle is finished afterwards.
    bool finish() {
      const std::shared_ptr<State> state = state_.lock();
      if (!state || state->finished) {
        return false;
      }
      state->finish();
      return true;
    }
    // False once the handle is gone or finished: the source may stop its work early.
    bool wanted() const {
      const std::shared_ptr<State> state = state_.lock();
      return state && !state->finished;
    }

   private:
    friend class Call;
    explicit Guard(std::weak_ptr<State> state) : state_(std::move(state)) {}
    std::weak_ptr<State> state_;
  };
  Guard guard() const { return Guard(state_); }

  // `done` wrapped to run at most once and only while this handle is active.
  template <typename... Args>
  std::function<void(Args...)> deliver(std::function<void(Args...)> done) const {
    return [guard = guard(), done = std::move(done)](Args... args) mutable {
      if (guard.finish()) {
        done(std::forward<Args>(args)...);
      }
    };
  }

 private:
  friend class Activity;
  // Counts this call in `count` until it finishes, once (see activity.h).
  void count_in(const std::shared_ptr<int>& count) {
    if (active() && !state_->counted_in) {
      ++*count;
      state_->counted_in = count;
    }
  }

  std::shared_ptr<State> state_;
};

}  // namespace hotline::platform
