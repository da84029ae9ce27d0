// Several instances behind nginx (server/deploy/nginx): N submissions (1,000 by default) from the
// native client's outbox through nginx while the instances are SIGKILLed and restarted, one at a time,
// at random points. Every submission ends on the server exactly once, with its photo, and nginx sent
// some requests on to the other instance when one died under them.
#include <catch2/catch.hpp>

#include <signal.h>

#include <array>
#include <chrono>
#include <fstream>
#include <optional>
#include <random>
#include <thread>

#include "child_process.h"
#include "exactly_once.h"
#include "nginx_process.h"
#include "server_process.h"

using namespace hotline;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kBudget = std::chrono::minutes(3);

}  // namespace

TEST_CASE("through nginx every submission arrives exactly once while instances are killed", "[faults][nginx]") {
  const int count = faults::submission_count();
  const std::uint32_t seed = static_cast<std::uint32_t>(std::random_device{}());
  INFO("seed " << seed << ", " << count << " submissions");
  integration::TempDir dir;
  // Both instances on one SQLite file exercise nginx and the instances' deaths; SQLite's file locks keep
  // them consistent on one machine, but the deployment this stands for is PostgreSQL (docs/server.md).
  const std::string db = dir.file("h.db");
  const std::string behind_nginx = R"("trusted_proxies": ["127.0.0.1"])";
  std::array<integration::TempDir, 2> instance_dirs;
  std::array<std::optional<integration::ServerProcess>, 2> instances;
  instances[0].emplace(instance_dirs[0], integration::ServerOptions{db, "", 1e6, 1e6, true, behind_nginx});
  instances[1].emplace(instance_dirs[1], integration::ServerOptions{db, "", 1e6, 1e6, false, behind_nginx});
  const std::array<int, 2> ports = {instances[0]->port(), instances[1]->port()};
  faults::NginxProcess nginx(dir.file("nginx"), {ports[0], ports[1]});
  {
    std::ofstream photo(dir.file("photo.png"), std::ios::binary);
    photo << integration::make_png(8, 8, 1);
  }
  const pid_t client = faults::spawn_child({HOTLINE_FAULT_CLIENT, dir.file("client"),
                                            "http://127.0.0.1:" + std::to_string(nginx.port()) + "/open311/v2",
                                            integration::kKioskKey, std::to_string(count), dir.file("photo.png")});

  std::mt19937 random(seed);
  std::uniform_int_distribution<int> up_ms(200, 1500);
  std::uniform_int_distribution<int> down_ms(50, 600);
  std::uniform_int_distribution<std::size_t> victim_of(0, 1);
  const auto deadline = Clock::now() + kBudget;
  int kills = 0;
  std::optional<int> exit_code;
  while (!(exit_code = faults::wait_for_child(client, std::chrono::milliseconds(up_ms(random)))) &&
         Clock::now() < deadline) {
    const std::size_t victim = victim_of(random);
    instances[victim]->kill();
    ++kills;
    std::this_thread::sleep_for(std::chrono::milliseconds(down_ms(random)));
    instances[victim].emplace(instance_dirs[victim],
                              integration::ServerOptions{db, "", 1e6, 1e6, false, behind_nginx, ports[victim]});
  }
  if (!exit_code) {
    exit_code = faults::wait_for_child(client, std::chrono::seconds(0));
  }
  if (!exit_code) {
    ::kill(client, SIGKILL);
    faults::wait_for_child(client, std::chrono::seconds(5));
    FAIL("the client did not deliver everything within the budget; nginx: " << nginx.error_log());
  }
  REQUIRE(*exit_code == 0);
  WARN(kills << " instance kills; nginx passed " << nginx.requests_retried("") << " requests ("
             << nginx.requests_retried("POST") << " submissions) on to the other instance");
  CHECK(kills >= 3);
  CHECK(nginx.requests_retried("POST") > 0);  // resent with its Idempotency-Key

  auto direct = instances[0]->client();
  faults::check_delivered_exactly_once(direct, dir.file("client"), count);

  // Monitoring through nginx reaches an instance.
  httplib::Client through_nginx("127.0.0.1", nginx.port());
  const auto health = through_nginx.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
}
