// Call handles: cancel on destruction, on cancel() and on overwrite; a result arrives once, only while
// the handle is active; Pending over a source that is not the Open311 client.
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <utility>

#include "platform/call.h"
#include "platform/pending.h"
#include "platform/run_queue.h"

using hotline::platform::Activity;
using hotline::platform::Call;
using hotline::platform::Pending;
using hotline::platform::PendingState;
using hotline::platform::RunQueue;

namespace {

// A source as every platform service is one: the answer goes through the queue, and cancelling stops it.
struct QueueSource {
  RunQueue& queue;
  int cancels = 0;

  Call ask(int answer, std::function<void(int)> done) {
    Call call = Call::started([this] { ++cancels; });
    queue.post([deliver = call.deliver(std::move(done)), answer]() mutable { deliver(answer); });
    return call;
  }
};

}  // namespace

TEST_CASE("a call delivers once from the queue and is no longer active afterwards") {
  RunQueue queue;
  QueueSource source{queue};
  int got = 0;
  Call call = source.ask(7, [&](int answer) { got = answer; });
  CHECK(call.active());
  CHECK(got == 0);  // never inside the call
  queue.pump();
  CHECK(got == 7);
  CHECK_FALSE(call.active());
  call.cancel();
  CHECK(source.cancels == 0);  // a finished call has nothing left to stop
}

TEST_CASE("destroying, cancelling or overwriting the handle drops the result and stops the work") {
  RunQueue queue;
  QueueSource source{queue};
  int got = 0;
  {
    const Call dropped = source.ask(1, [&](int answer) { got = answer; });
  }
  Call cancelled = source.ask(2, [&](int answer) { got = answer; });
  cancelled.cancel();
  cancelled.cancel();
  Call overwritten = source.ask(3, [&](int answer) { got = answer; });
  overwritten = source.ask(4, [&](int answer) { got += answer * 10; });
  CHECK(source.cancels == 3);
  queue.pump();
  CHECK(got == 40);
}

TEST_CASE("a moved handle keeps the call; the moved-from one cancels nothing") {
  RunQueue queue;
  QueueSource source{queue};
  int got = 0;
  Call first = source.ask(5, [&](int answer) { got = answer; });
  Call second = std::move(first);
  CHECK_FALSE(first.active());  // NOLINT(bugprone-use-after-move): moved-from is defined as inactive
  first.cancel();
  CHECK(second.active());
  queue.pump();
  CHECK(got == 5);
  CHECK(source.cancels == 0);
}

TEST_CASE("a default handle is no call") {
  Call none;
  CHECK_FALSE(none.active());
  Call::Guard guard = none.guard();
  CHECK_FALSE(guard.wanted());
  CHECK_FALSE(guard.finish());
}

TEST_CASE("pending over any source: loading, the value or the error, and a new start cancels") {
  RunQueue queue;
  Activity activity;
  Pending<int, std::string> pending(activity);
  CHECK(pending.state() == PendingState::Idle);
  int cancels = 0;
  auto source = [&](hotline::base::Expected<int, std::string> answer) {
    return [&, answer](Pending<int, std::string>::Done done) {
      Call call = Call::started([&] { ++cancels; });
      queue.post([deliver = call.deliver(std::move(done)), answer]() mutable { deliver(answer); });
      return call;
    };
  };
  pending.start(source(1));
  pending.start(source(hotline::base::unexpected(std::string("denied"))));
  CHECK(cancels == 1);
  CHECK(pending.loading());
  CHECK(activity.busy());
  queue.pump();
  CHECK(pending.state() == PendingState::Error);
  CHECK_FALSE(activity.busy());
  REQUIRE(pending.error() != nullptr);
  CHECK(*pending.error() == "denied");
  pending.start(source(2));
  pending.reset();
  CHECK_FALSE(activity.busy());
  queue.pump();
  CHECK(pending.state() == PendingState::Idle);
  pending.start(source(3));
  Pending<int, std::string> moved = std::move(pending);
  CHECK(activity.busy());
  queue.pump();
  CHECK_FALSE(activity.busy());
  REQUIRE(moved.value() != nullptr);
  CHECK(*moved.value() == 3);
}
