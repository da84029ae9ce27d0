// What an owner (the app model) is waiting for, answered by the calls themselves: busy() is one
// question, not a list of sources kept by hand that a new fetch could be left out of.
#pragma once

#include <memory>
#include <utility>

#include "platform/call.h"

namespace hotline::platform {

// Counts the calls awaited through it, each from its start until its result was delivered or it was
// cancelled (call.h). UI thread only, like the calls.
class Activity {
 public:
  Activity() = default;
  Activity(const Activity&) = delete;
  Activity& operator=(const Activity&) = delete;

  bool busy() const { return *count_ > 0; }
  // `call`, counted while it is active.
  Call awaited(Call call) const {
    call.count_in(count_);
    return call;
  }

 private:
  std::shared_ptr<int> count_ = std::make_shared<int>(0);
};

// A handle for calls someone waits for: every call assigned to it counts in its Activity. It can only
// be made with an Activity, so a member of this type cannot be left out of the owner's busy().
class AwaitedCall {
 public:
  explicit AwaitedCall(const Activity& activity) : activity_(&activity) {}

  AwaitedCall& operator=(Call call) {
    call_ = activity_->awaited(std::move(call));
    return *this;
  }
  bool active() const { return call_.active(); }
  void cancel() { call_.cancel(); }

 private:
  const Activity* activity_;
  Call call_;
};

}  // namespace hotline::platform
