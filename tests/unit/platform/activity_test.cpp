// Activity and AwaitedCall: an owner is busy exactly while a call it awaits is on its way, however the
// call ends (delivered, cancelled, its handle dropped or replaced).
#include <catch2/catch.hpp>

#include <functional>
#include <utility>

#include "platform/activity.h"
#include "platform/run_queue.h"

using hotline::platform::Activity;
using hotline::platform::AwaitedCall;
using hotline::platform::Call;
using hotline::platform::RunQueue;

namespace {

// A source that answers from the queue, as every platform service does.
Call answer_later(RunQueue& queue, std::function<void()> done) {
  Call call = Call::started();
  queue.post([deliver = call.deliver(std::move(done))]() mutable { deliver(); });
  return call;
}

}  // namespace

TEST_CASE("busy from the start of an awaited call until its result arrives") {
  RunQueue queue;
  Activity activity;
  AwaitedCall awaited(activity);
  CHECK_FALSE(activity.busy());
  bool done = false;
  awaited = answer_later(queue, [&] {
    // The result is delivered: the call no longer counts.
    CHECK_FALSE(activity.busy());
    done = true;
  });
  CHECK(activity.busy());
  queue.pump();
  CHECK(done);
  CHECK_FALSE(activity.busy());
}

TEST_CASE("a cancelled, dropped or replaced call no longer counts") {
  RunQueue queue;
  Activity activity;
  AwaitedCall first(activity);
  first = answer_later(queue, [] {});
  {
    AwaitedCall second(activity);
    second = answer_later(queue, [] {});
    CHECK(activity.busy());
    first.cancel();
    CHECK(activity.busy());
  }
  CHECK_FALSE(activity.busy());

  first = answer_later(queue, [] {});
  first = answer_later(queue, [] {});  // the first one is cancelled
  CHECK(activity.busy());
  queue.pump();
  CHECK_FALSE(activity.busy());
}

TEST_CASE("a call counts once, and only while it is active") {
  RunQueue queue;
  Activity activity;
  Call call = activity.awaited(activity.awaited(answer_later(queue, [] {})));
  CHECK(activity.busy());
  call.cancel();
  CHECK_FALSE(activity.busy());
  const Call none = activity.awaited(Call());
  CHECK_FALSE(activity.busy());
}

TEST_CASE("an awaited call moved with its owner still counts") {
  RunQueue queue;
  Activity activity;
  AwaitedCall awaited(activity);
  awaited = answer_later(queue, [] {});
  AwaitedCall moved = std::move(awaited);
  CHECK(activity.busy());
  CHECK(moved.active());
  queue.pump();
  CHECK_FALSE(activity.busy());
}
