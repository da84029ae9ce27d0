// The outbox's promise under fire: N submissions (1,000 by default) from the native client through
// the fault proxy, the client SIGKILLed and restarted at random points, end with exactly N requests
// on the server -- none duplicated, none lost -- and every local item marked sent with its number.
#include <catch2/catch.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "api/outbox.h"
#include "fault_proxy.h"
#include "native/posix/file_storage.h"
#include "open311/request_created.h"
#include "open311/service_request.h"
#include "server_process.h"

extern char** environ;

using namespace hotline;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kKilledRuns = 25;  // then the client may finish undisturbed
constexpr auto kBudget = std::chrono::minutes(5);

int submissions() {
  const char* text = std::getenv("HOTLINE_FAULT_SUBMISSIONS");
  return text != nullptr && std::atoi(text) > 0 ? std::atoi(text) : 1000;
}

pid_t spawn_client(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) {
    argv.push_back(const_cast<char*>(a.c_str()));
  }
  argv.push_back(nullptr);
  pid_t pid = -1;
  REQUIRE(posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0);
  return pid;
}

// Waits up to `limit`; nullopt if still running.
std::optional<int> wait_for(pid_t pid, std::chrono::milliseconds limit) {
  const auto deadline = Clock::now() + limit;
  while (Clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return std::nullopt;
}

// Every request on the server, by number, read directly (not through the proxy).
std::map<std::string, open311::ServiceRequest> server_requests(integration::ServerProcess& server) {
  std::map<std::string, open311::ServiceRequest> all;
  auto client = server.client();
  for (int page = 1;; ++page) {
    auto res =
        client.Get(("/open311/v2/requests.json?extensions=true&page_size=200&page=" + std::to_string(page)).c_str());
    REQUIRE(res);
    REQUIRE(res->status == 200);
    auto decoded = open311::decode_requests(res->body);
    REQUIRE(decoded.has_value());
    if (decoded->empty()) {
      return all;
    }
    for (auto& r : *decoded) {
      const std::string number = r.service_request_id;
      CHECK(all.emplace(number, std::move(r)).second);
    }
  }
}

int index_of(const std::string& description) {
  const auto hash = description.find('#');
  return hash == std::string::npos ? -1 : std::atoi(description.c_str() + hash + 1);
}

}  // namespace

TEST_CASE("every submission arrives exactly once through faults and kills", "[faults]") {
  const int count = submissions();
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
    const pid_t pid = spawn_client(args);
    const auto limit = run < kKilledRuns
                           ? std::chrono::milliseconds(kill_after_ms(random))
                           : std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    const std::optional<int> exit_code = wait_for(pid, limit);
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

  // The server: exactly one request per submission index.
  const auto on_server = server_requests(server);
  CHECK(on_server.size() == static_cast<std::size_t>(count));
  std::map<int, std::string> number_of_index;
  int with_photo = 0;
  for (const auto& [number, r] : on_server) {
    const int index = index_of(r.description.value_or(""));
    REQUIRE(index >= 0);
    REQUIRE(index < count);
    CHECK(number_of_index.emplace(index, number).second);  // a duplicate would collide here
    with_photo += r.extended_attributes && r.extended_attributes->photos.size() == 1 ? 1 : 0;
  }
  CHECK(number_of_index.size() == static_cast<std::size_t>(count));
  CHECK(with_photo == (count + 9) / 10);

  // The client: every item sent, with the number the server gave that submission.
  posix::FileStorage storage(dir.file("client"));
  const auto keys = storage.list("outbox/items/");
  REQUIRE(keys.has_value());
  CHECK(keys->size() == static_cast<std::size_t>(count));
  std::set<std::string> local_numbers;
  for (const auto& key : *keys) {
    auto item = api::decode_outbox_item(storage.read(key).value().value_or(""));
    REQUIRE(item.has_value());
    CHECK(item->state == api::OutboxState::Sent);
    std::string description;
    for (const auto& f : item->fields) {
      description = f.name == "description" ? f.value : description;
    }
    const int index = index_of(description);
    CHECK(number_of_index[index] == item->request_number);
    local_numbers.insert(item->request_number);
  }
  CHECK(local_numbers.size() == static_cast<std::size_t>(count));
  CHECK(storage.list("outbox/photos/").value().empty());

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
    CHECK(post.replayed == (post.status == 200));
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

  // Every stored request's query code reached the client: the server accepts it for that request.
  auto direct = server.client();
  const auto status_of = [&direct](const std::string& number, const std::string& code) {
    const auto res = direct.Get(("/open311/v2/requests/" + number + ".json?query_code=" + code).c_str());
    REQUIRE(res);
    return res->status;
  };
  std::vector<std::pair<std::string, std::string>> codes;  // number, query code
  for (const auto& key : *keys) {
    const auto item = api::decode_outbox_item(storage.read(key).value().value_or(""));
    REQUIRE(item.has_value());
    REQUIRE(item->query_code.has_value());
    CHECK(status_of(item->request_number, *item->query_code) == 200);
    codes.emplace_back(item->request_number, *item->query_code);
  }
  // The check can fail: another request's code is refused.
  REQUIRE(codes.size() >= 2);
  REQUIRE(codes[0].second != codes[1].second);
  CHECK(status_of(codes[0].first, codes[1].second) == 403);
}
