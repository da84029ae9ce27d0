// The outbox's promise under fire: N submissions (1,000 by default) from the native client through
// the fault proxy, the client SIGKILLed and restarted at random points, end with exactly N requests
// on the server -- none duplicated, none lost -- and every local item marked sent with its number.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <map>
#include <random>

#include "child_process.h"
#include "exactly_once.h"
#include "fault_proxy.h"
#include "open311/request_created.h"
#include "server_process.h"

using namespace hotline;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kKilledRuns = 25;  // then the client may finish undisturbed
constexpr auto kBudget = std::chrono::minutes(5);

}  // namespace

TEST_CASE("every submission arrives exactly once through faults and kills", "[faults]") {
  const int count = faults::submission_count();
  const std::uint32_t seed = static_cast<std::uint32_t>(std::random_device{}());
  INFO("seed " << seed << ", " << count << " submissions");
  integration::TempDir dir;
  integration::ServerProcess server(dir, {dir.file("h.db"), "", 1e6, 1e6, true});
  faults::FaultProxy proxy(server.port(), {}, seed);
  {
    std::ofstream photo(dir.file("photo.png"), std::ios::binary);
    photo << integration::make_png(8, 8, 1);
  }
  const std::vector<std::string> args = {
      HOTLINE_FAULT_CLIENT,   dir.file("client"),    "http://127.0.0.1:" + std::to_string(proxy.port()) + "/open311/v2",
      integration::kKioskKey, std::to_string(count), dir.file("photo.png")};
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> kill_after_ms(100, 2500);
  const auto deadline = Clock::now() + kBudget;
  int kills = 0;
  int kills_during_post = 0;
  for (int run = 0;; ++run) {
    REQUIRE(Clock::now() < deadline);
    const std::uint64_t first_connection = proxy.accepted();
    const pid_t pid = faults::spawn_child(args);
    const auto limit = run < kKilledRuns
                           ? std::chrono::milliseconds(kill_after_ms(random))
                           : std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    const std::optional<int> exit_code = faults::wait_for_child(pid, limit);
    if (exit_code) {
      REQUIRE(*exit_code == 0);
      break;
    }
    kills_during_post += proxy.posts_in_flight_since(first_connection) > 0 ? 1 : 0;
    ::kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    ++kills;
  }
  CHECK(kills > 0);
  CHECK(kills_during_post > 0);
  for (auto fault : {faults::Fault::Pass, faults::Fault::Drop, faults::Fault::Error500, faults::Fault::Error503,
                     faults::Fault::Delay, faults::Fault::CutAfterCommit}) {
    CHECK(proxy.count(fault) > 0);
  }
  WARN("kills " << kills << " (" << kills_during_post << " with a POST in flight), connections cut after commit "
                << proxy.count(faults::Fault::CutAfterCommit) << ", dropped " << proxy.count(faults::Fault::Drop)
                << ", 5xx " << proxy.count(faults::Fault::Error500) + proxy.count(faults::Fault::Error503));

  auto direct = server.client();
  faults::check_delivered_exactly_once(direct, dir.file("client"), count);

  // Replays: a key the server had already accepted gets the original request back, query code and all.
  std::map<std::string, std::string> first_answer;  // idempotency key -> number
  int replays = 0;
  int replays_of_an_original_seen = 0;
  for (const auto& post : proxy.answered_posts()) {
    if (post.status != 200 && post.status != 201) {
      continue;
    }
    const auto created = open311::decode_request_created(post.body);
    REQUIRE(created.has_value());
    REQUIRE(created->size() == 1);
    const std::string number = created->front().service_request_id.value_or("");
    CHECK(created->front().service_notice.value_or("").rfind("query_code:", 0) == 0);
    CHECK(post.status == 200);  // created and replayed alike: Idempotent-Replayed tells them apart
    if (!post.replayed) {
      CHECK(first_answer.emplace(post.idempotency_key, number).second);  // created once per key
      continue;
    }
    ++replays;
    if (auto it = first_answer.find(post.idempotency_key); it != first_answer.end()) {
      ++replays_of_an_original_seen;
      CHECK(it->second == number);
    }
  }
  WARN("replays " << replays << " (" << replays_of_an_original_seen << " checked against the original answer)");
  CHECK(replays_of_an_original_seen > 0);
}
