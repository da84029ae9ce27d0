// RunQueue: order, re-posting from a task, cross-thread posts, the waker.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "platform/run_queue.h"

using hotline::platform::RunQueue;

TEST_CASE("run queue runs tasks in posting order on pump") {
  RunQueue queue;
  std::vector<int> ran;
  queue.post([&] { ran.push_back(1); });
  queue.post([&] { ran.push_back(2); });
  CHECK(ran.empty());
  CHECK_FALSE(queue.empty());
  CHECK(queue.pump() == 2);
  CHECK(ran == std::vector<int>{1, 2});
  CHECK(queue.empty());
  CHECK(queue.pump() == 0);
}

TEST_CASE("a task posted by a task runs on the next pump") {
  RunQueue queue;
  int runs = 0;
  std::function<void()> again = [&] {
    ++runs;
    queue.post(again);
  };
  queue.post(again);
  CHECK(queue.pump() == 1);
  CHECK(runs == 1);
  CHECK(queue.pump() == 1);
  CHECK(runs == 2);
}

TEST_CASE("the waker runs on every post") {
  RunQueue queue;
  int wakes = 0;
  queue.set_waker([&] { ++wakes; });
  queue.post([] {});
  queue.post([] {});
  CHECK(wakes == 2);
}

#ifndef __EMSCRIPTEN__
TEST_CASE("posts from other threads all arrive") {
  RunQueue queue;
  int total = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&queue, &total] {
      for (int i = 0; i < 250; ++i) {
        queue.post([&total] { ++total; });
      }
    });
  }
  for (auto& t : threads) {
    t.join();
  }
  queue.pump();
  CHECK(total == 1000);
}
#endif
