// ThreadTaskRunner: work runs off the UI thread in the order given, each `done` arrives through the
// RunQueue (waking it) after its work, never once its handle is gone, and a runner being destroyed
// posts nothing more.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "native/system/thread_task_runner.h"

using namespace hotline;

namespace {

// Pumps until `count` tasks ran or two seconds passed.
void pump_until(platform::RunQueue& queue, const std::vector<int>& done, std::size_t count) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (done.size() < count && std::chrono::steady_clock::now() < deadline) {
    queue.pump();
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

}  // namespace

TEST_CASE("work runs on the worker in order, done on the thread that pumps") {
  platform::RunQueue queue;
  std::atomic<int> wakes = 0;
  queue.set_waker([&] { ++wakes; });
  native::ThreadTaskRunner runner(queue);
  const auto ui_thread = std::this_thread::get_id();
  std::vector<int> worked;  // written by the worker only, read after its done arrived
  std::vector<int> done;
  bool off_ui_thread = true;
  std::vector<platform::Call> calls;
  for (int i = 0; i < 5; ++i) {
    calls.push_back(runner.run(
        [&, i] {
          off_ui_thread = off_ui_thread && std::this_thread::get_id() != ui_thread;
          worked.push_back(i);
        },
        [&, i] {
          CHECK(std::this_thread::get_id() == ui_thread);
          done.push_back(i);
        }));
  }
  // Nothing is delivered until the UI thread pumps.
  CHECK(done.empty());
  pump_until(queue, done, 5);
  CHECK(done == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(worked == std::vector<int>{0, 1, 2, 3, 4});
  CHECK(off_ui_thread);
  CHECK(wakes >= 1);
}

TEST_CASE("a destroyed runner drops queued work and posts no done") {
  platform::RunQueue queue;
  std::atomic<bool> started = false;
  std::atomic<bool> release = false;
  std::atomic<int> ran = 0;
  std::thread releaser;
  {
    native::ThreadTaskRunner runner(queue);
    const platform::Call first = runner.run(
        [&] {
          started = true;
          while (!release) {
            std::this_thread::yield();
          }
          ++ran;
        },
        [] { FAIL("done of work that finished during destruction"); });
    const platform::Call second = runner.run([&] { ++ran; }, [] { FAIL("done of dropped work"); });
    while (!started) {
      std::this_thread::yield();
    }
    // The first work is running: release it while the destructor waits for it.
    releaser = std::thread([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      release = true;
    });
  }
  releaser.join();
  CHECK(ran == 1);
  CHECK(queue.pump() == 0);
}

TEST_CASE("the done of a dropped handle does not run; the work still does") {
  platform::RunQueue queue;
  native::ThreadTaskRunner runner(queue);
  std::atomic<int> worked = 0;
  std::vector<int> done;
  {
    const platform::Call dropped = runner.run([&] { ++worked; }, [&] { done.push_back(1); });
  }
  const platform::Call kept = runner.run([&] { ++worked; }, [&] { done.push_back(2); });
  pump_until(queue, done, 1);
  CHECK(done == std::vector<int>{2});
  CHECK(worked == 2);
}
