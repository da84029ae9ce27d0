// Several instances behind nginx (server/deploy/nginx): what nginx resends when an instance dies under
// a request, and N submissions (1,000 by default) from the native client's outbox through nginx while
// the instances are SIGKILLed and restarted, one at a time, at random points. Every submission ends on
// the server exactly once, with its photo, and nginx sent some submissions on to the other instance.
// On PostgreSQL ([postgres]) the primary is also lost and the standby promoted midway.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "child_process.h"
#include "exactly_once.h"
#include "nginx_process.h"
#include "pg_pair.h"
#include "server_process.h"

using namespace hotline;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kBudget = std::chrono::minutes(3);
constexpr int kKillsBeforeFailover = 5;

// Two instances on one database behind one nginx; the client's outbox delivers through nginx while
// `fault` (kill an instance, lose the primary) strikes at random points. Ends with the verdict.
class Deployment {
 public:
  explicit Deployment(const std::string& db) : db_(db) {
    instances_[0].emplace(dirs_[0], options(true, 0));
    instances_[1].emplace(dirs_[1], options(false, 0));
    ports_ = {instances_[0]->port(), instances_[1]->port()};
    nginx_.emplace(dir_.file("nginx"), std::vector<int>{ports_[0], ports_[1]});
  }

  const integration::TempDir& dir() const { return dir_; }

  // Runs the client to the end while instances die; `midway` runs once, after `kills_before` kills.
  void deliver_through_kills(int count, std::uint32_t seed, int kills_before, const std::function<void()>& midway) {
    {
      std::ofstream photo(dir_.file("photo.png"), std::ios::binary);
      photo << integration::make_png(8, 8, 1);
    }
    const pid_t client = faults::spawn_child({HOTLINE_FAULT_CLIENT, dir_.file("client"),
                                              "http://127.0.0.1:" + std::to_string(nginx_->port()) + "/open311/v2",
                                              integration::kKioskKey, std::to_string(count), dir_.file("photo.png")});
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> up_ms(20, 400);
    std::uniform_int_distribution<int> down_ms(20, 300);
    std::uniform_int_distribution<std::size_t> victim_of(0, 1);
    const auto deadline = Clock::now() + kBudget;
    int kills = 0;
    std::optional<int> exit_code;
    while (!(exit_code = faults::wait_for_child(client, std::chrono::milliseconds(up_ms(random)))) &&
           Clock::now() < deadline) {
      const std::size_t victim = victim_of(random);
      instances_[victim]->kill();
      ++kills;
      std::this_thread::sleep_for(std::chrono::milliseconds(down_ms(random)));
      instances_[victim].emplace(dirs_[victim], options(false, ports_[victim]));
      if (kills == kills_before && midway) {
        midway();
      }
    }
    if (!exit_code) {
      exit_code = faults::wait_for_child(client, std::chrono::seconds(0));
    }
    if (!exit_code) {
      ::kill(client, SIGKILL);
      faults::wait_for_child(client, std::chrono::seconds(5));
      FAIL("the client did not deliver everything within the budget; nginx: " << nginx_->error_log());
    }
    REQUIRE(*exit_code == 0);
    WARN(kills << " instance kills; nginx passed " << nginx_->requests_retried("") << " requests ("
               << nginx_->requests_retried("POST") << " submissions) on to the other instance");
    CHECK(kills >= kills_before);
    CHECK(nginx_->requests_retried("POST") > 0);  // resent with its Idempotency-Key

    auto direct = instances_[0]->client();
    faults::check_delivered_exactly_once(direct, dir_.file("client"), count);
    // Monitoring through nginx reaches an instance.
    CHECK(health_through_nginx().status == 200);
  }

  // /healthz as a load balancer's monitor sees it through nginx.
  httplib::Response health_through_nginx() const {
    httplib::Client through_nginx("127.0.0.1", nginx_->port());
    const auto health = through_nginx.Get("/healthz");
    REQUIRE(health);
    return *health;
  }

  // /healthz of each instance, asked directly.
  std::vector<std::string> instance_health() const {
    std::vector<std::string> bodies;
    for (const auto& instance : instances_) {
      const auto health = instance->client().Get("/healthz");
      REQUIRE(health);
      bodies.push_back(std::to_string(health->status) + " " + health->body);
    }
    return bodies;
  }

 private:
  integration::ServerOptions options(bool seed, int port) const {
    return {db_, "", 1e6, 1e6, seed, R"("trusted_proxies": ["127.0.0.1"])", port};
  }

  integration::TempDir dir_;
  std::string db_;
  std::array<integration::TempDir, 2> dirs_;
  std::array<std::optional<integration::ServerProcess>, 2> instances_;
  std::array<int, 2> ports_{};
  std::optional<faults::NginxProcess> nginx_;
};

// An instance that dies under every request: reads it whole, then closes without an answer.
class DyingUpstream {
 public:
  DyingUpstream() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(::bind(listener_, reinterpret_cast<sockaddr*>(&address), size) == 0);
    REQUIRE(::listen(listener_, 16) == 0);
    REQUIRE(::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] {
      for (int client; (client = ::accept(listener_, nullptr, nullptr)) >= 0;) {
        std::string head;
        char c = 0;
        while (head.find("\r\n\r\n") == std::string::npos && ::read(client, &c, 1) == 1) {
          head.push_back(c);
        }
        ++received_;
        ::close(client);
      }
    });
  }
  ~DyingUpstream() {
    ::shutdown(listener_, SHUT_RDWR);
    thread_.join();
    ::close(listener_);
  }
  int port() const { return port_; }
  int received() const { return received_; }

 private:
  int listener_ = -1;
  int port_ = 0;
  std::atomic<int> received_{0};
  std::thread thread_;
};

// How many instances a request reached through nginx when every instance dies under it (a fresh nginx
// each time: an instance that failed is left out for fail_timeout).
int instances_reached(const std::function<httplib::Result(httplib::Client&)>& request) {
  integration::TempDir dir;
  DyingUpstream a;
  DyingUpstream b;
  faults::NginxProcess nginx(dir.file("nginx"), {a.port(), b.port()});
  httplib::Client client("127.0.0.1", nginx.port());
  const auto res = request(client);
  REQUIRE(res);
  CHECK(res->status == 502);
  return a.received() + b.received();
}

}  // namespace

TEST_CASE("nginx resends a request an instance died under only when that is safe", "[faults][nginx]") {
  constexpr const char* kForm = "application/x-www-form-urlencoded";
  // A POST without a key may have committed: it is not sent again.
  CHECK(instances_reached([kForm](httplib::Client& c) {
          return c.Post("/open311/v2/requests.json", "service_code=ZX-0201", kForm);
        }) == 1);
  // With its Idempotency-Key the next instance gets it: a replay there returns the stored request.
  CHECK(instances_reached([kForm](httplib::Client& c) {
          return c.Post("/open311/v2/requests.json", httplib::Headers{{"Idempotency-Key", "k-1"}},
                        "service_code=ZX-0201", kForm);
        }) == 2);
  // Reads are always safe to resend.
  CHECK(instances_reached([](httplib::Client& c) { return c.Get("/open311/v2/requests.json"); }) == 2);
}

TEST_CASE("through nginx every submission arrives exactly once while instances are killed", "[faults][nginx]") {
  const int count = faults::submission_count();
  const std::uint32_t seed = static_cast<std::uint32_t>(std::random_device{}());
  INFO("seed " << seed << ", " << count << " submissions");
  // Both instances on one SQLite file exercise nginx and the instances' deaths; SQLite's file locks keep
  // them consistent on one machine, but the deployment this stands for is PostgreSQL (docs/server.md).
  integration::TempDir db_dir;
  Deployment deployment(db_dir.file("h.db"));
  deployment.deliver_through_kills(count, seed, 3, {});
}

TEST_CASE("through nginx on PostgreSQL every acknowledged submission survives the primary's loss",
          "[faults][postgres]") {
  const int count = faults::submission_count();
  const std::uint32_t seed = static_cast<std::uint32_t>(std::random_device{}());
  INFO("seed " << seed << ", " << count << " submissions");
  integration::TempDir pg_dir;
  faults::PgPair pair(pg_dir.file("pg"));
  Deployment deployment(pair.uri());
  deployment.deliver_through_kills(count, seed, kKillsBeforeFailover, [&pair, &deployment] {
    pair.lose_primary();
    // The instances meet a lost primary for a while (their commits fail, the outboxes keep the rest).
    std::this_thread::sleep_for(std::chrono::seconds(1));
    // Meanwhile their monitor answers 503, so a load balancer takes them out.
    for (const auto& health : deployment.instance_health()) {
      CHECK(health.starts_with("503 "));
    }
    pair.promote();
  });
  // After the failover the instances' pools reach the promoted standby, and the monitor says so: the
  // role it reports is the database's own (pg_is_in_recovery), not a guess.
  const std::string writable_primary = R"({"ok":true,"engine":"postgresql","role":"primary"})";
  CHECK(deployment.health_through_nginx().body == writable_primary);
  for (const auto& health : deployment.instance_health()) {
    CHECK(health == "200 " + writable_primary);
  }
}
