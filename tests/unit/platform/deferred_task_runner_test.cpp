// DeferredTaskRunner: work and done run from the RunQueue, never inside run(), and not at all once the
// handle is gone.
#include <catch2/catch.hpp>

#include <vector>

#include "platform/deferred_task_runner.h"

using namespace hotline;

TEST_CASE("deferred work and its done run on the next pump, in order") {
  platform::RunQueue queue;
  platform::DeferredTaskRunner runner(queue);
  std::vector<int> ran;
  const platform::Call call = runner.run([&] { ran.push_back(1); }, [&] { ran.push_back(2); });
  CHECK(ran.empty());
  CHECK(call.active());
  queue.pump();
  CHECK(ran == std::vector<int>{1, 2});
  CHECK_FALSE(call.active());
}

TEST_CASE("deferred work whose handle is gone is skipped, done included") {
  platform::RunQueue queue;
  platform::DeferredTaskRunner runner(queue);
  std::vector<int> ran;
  {
    const platform::Call dropped = runner.run([&] { ran.push_back(1); }, [&] { ran.push_back(2); });
  }
  platform::Call cancelled = runner.run([&] { ran.push_back(3); }, [&] { ran.push_back(4); });
  cancelled.cancel();
  CHECK(queue.pump() == 2);
  CHECK(ran.empty());
}
