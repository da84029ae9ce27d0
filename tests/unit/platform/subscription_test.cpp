// Subscription and Notifier: news reaches a listener only while its handle is held, whichever of the
// source and the listener goes first.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "platform/subscription.h"

using hotline::platform::Notifier;
using hotline::platform::Subscription;

TEST_CASE("news arrives while the subscription is held, in the order of subscribing") {
  Notifier<std::string> source;
  std::vector<std::string> heard;
  Subscription first = source.subscribe([&](const std::string& id) { heard.push_back("1:" + id); });
  const Subscription second = source.subscribe([&](const std::string& id) { heard.push_back("2:" + id); });
  CHECK(first.active());
  source.notify("a");
  CHECK(heard == std::vector<std::string>{"1:a", "2:a"});

  first.cancel();
  CHECK_FALSE(first.active());
  source.notify("b");
  CHECK(heard == std::vector<std::string>{"1:a", "2:a", "2:b"});
}

TEST_CASE("a dropped or replaced handle hears nothing more") {
  Notifier<> source;
  int heard = 0;
  {
    const Subscription scoped = source.subscribe([&] { ++heard; });
    source.notify();
  }
  source.notify();
  CHECK(heard == 1);

  Subscription held = source.subscribe([&] { heard += 10; });
  held = source.subscribe([&] { heard += 100; });
  source.notify();
  CHECK(heard == 101);
}

TEST_CASE("a listener may drop another, or itself, during a notification") {
  Notifier<> source;
  std::vector<int> heard;
  Subscription later;
  Subscription self;
  const Subscription first = source.subscribe([&] {
    heard.push_back(1);
    later.cancel();
  });
  later = source.subscribe([&] { heard.push_back(2); });
  self = source.subscribe([&] {
    heard.push_back(3);
    self.cancel();
  });
  source.notify();
  source.notify();
  CHECK(heard == std::vector<int>{1, 3, 1});
}

TEST_CASE("a source that goes first leaves a handle that is safe to drop") {
  auto source = std::make_unique<Notifier<int>>();
  int heard = 0;
  Subscription held = source->subscribe([&](int n) { heard += n; });
  source->notify(2);
  source.reset();
  held.cancel();
  CHECK(heard == 2);
}
