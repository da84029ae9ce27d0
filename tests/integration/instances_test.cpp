// Two server processes on one database (one SQLite file, or one PostgreSQL database behind a
// balancer): what one instance guarantees holds across both.
#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>
#include <set>
#include <thread>

#include "api_helpers.h"

namespace hotline::integration {

TEST_CASE(
    "two instances on one database: a key replayed on both makes one request, numbers never repeat, a "
    "raced action is applied once") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess first(dir, {db});
  ServerOptions again{db};
  again.seed = false;
  ServerProcess second(dir, again);

  // The same keys sent to both instances at the same moment.
  constexpr int kKeys = 8;
  std::vector<std::string> from_first(kKeys), from_second(kKeys);
  std::vector<int> statuses;
  std::mutex statuses_mutex;
  const auto post = [&](const ServerProcess& server, int key, std::string& number) {
    auto c = server.client();
    const httplib::Headers headers = {{"Idempotency-Key", "two-instances-" + std::to_string(key)}};
    auto res = post_form(c, "/open311/v2/requests.json", valid_complaint(), headers);
    std::lock_guard lock(statuses_mutex);
    // A created request and a replayed one both answer 200; the header tells them apart.
    statuses.push_back(!res ? 0 : res->get_header_value("Idempotent-Replayed") == "true" ? -res->status : res->status);
    if (res && (res->status == 201 || res->status == 200)) {
      number = created_of(res).id;
    }
  };
  {
    std::vector<std::thread> threads;
    for (int key = 0; key < kKeys; ++key) {
      threads.emplace_back(post, std::cref(first), key, std::ref(from_first[key]));
      threads.emplace_back(post, std::cref(second), key, std::ref(from_second[key]));
    }
    for (auto& t : threads) {
      t.join();
    }
  }
  CHECK(std::count(statuses.begin(), statuses.end(), 200) == kKeys);   // created
  CHECK(std::count(statuses.begin(), statuses.end(), -200) == kKeys);  // replayed
  std::set<std::string> numbers;
  for (int key = 0; key < kKeys; ++key) {
    CHECK(from_first[key] == from_second[key]);
    numbers.insert(from_first[key]);
  }
  CHECK(numbers.size() == static_cast<std::size_t>(kKeys));  // distinct keys, distinct numbers
  auto c = first.client();
  CHECK(json_of(c.Get("/open311/v2/requests.json?page_size=200")).size() == static_cast<std::size_t>(kKeys));

  // Two operators accept the same case at once, one on each instance: one wins, the other is refused.
  const std::string id = *numbers.begin();
  int on_first = 0, on_second = 0;
  {
    const auto accept = [&](const ServerProcess& server, int& status) {
      auto client = server.client();
      auto res = act(client, id, "accept");
      status = res ? res->status : 0;
    };
    std::thread a(accept, std::cref(first), std::ref(on_first));
    std::thread b(accept, std::cref(second), std::ref(on_second));
    a.join();
    b.join();
  }
  CHECK(std::multiset<int>{on_first, on_second} == std::multiset<int>{200, 409});
  CHECK(operator_view(c, id)["extended_attributes"]["notes"].size() == 2);  // submitted + one accept
}

}  // namespace hotline::integration
