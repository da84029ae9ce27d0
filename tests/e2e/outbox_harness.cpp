// Browser test page for the outbox: the real ApiClient + Outbox over FetchTransport and IdbfsStorage,
// driven from JavaScript (tests/e2e/outbox.test.mjs) through a few exported functions.
#include <emscripten/emscripten.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "api/api_client.h"
#include "api/outbox.h"
#include "native/posix/os_random_source.h"
#include "native/posix/system_clock.h"
#include "web/system/fetch_transport.h"
#include "web/system/idbfs_storage.h"

using namespace hotline;

namespace {

struct Harness {
  platform::RunQueue queue;
  web::FetchTransport transport{queue};
  web::IdbfsStorage storage{"/persist/hotline", queue};
  posix::SystemClock clock;
  posix::OsRandomSource random;
  api::ApiClient client;
  api::Outbox outbox;
  explicit Harness(const std::string& base_url)
      : client(transport, {base_url, "dev-web-key", 2'000, 5'000, 10'000}),
        outbox(storage, client, clock, random, api::OutboxPolicy{{300, 1'500, 2.0}, 2}) {}
};

std::unique_ptr<Harness> g_harness;
std::string g_state = "{\"ready\":false}";
std::string g_result;

void frame() {
  if (g_harness) {
    g_harness->queue.pump();
    g_harness->outbox.tick();
  }
}

}  // namespace

extern "C" {

// Mounts IDBFS, then opens the outbox; harness_state() says ready once done.
EMSCRIPTEN_KEEPALIVE void harness_start(const char* base_url) {
  const std::string url = base_url;
  web::mount_idbfs("/persist", [url](bool ok) {
    if (!ok) {
      g_state = "{\"ready\":false,\"error\":\"mount\"}";
      return;
    }
    g_harness = std::make_unique<Harness>(url);
    auto opened = g_harness->outbox.open();
    g_state = opened ? "{\"ready\":true}" : "{\"ready\":false,\"error\":\"open\"}";
    emscripten_set_main_loop(frame, 20, 0);
  });
}

// Stores a consultation; returns its id ("" on error).
EMSCRIPTEN_KEEPALIVE const char* harness_submit(const char* description) {
  auto id = g_harness->outbox.enqueue(
      {{"service_code", "ZX-0201"}, {"description", description}, {"attribute[anonymous]", "true"}}, {});
  g_result = id ? *id : "";
  return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE void harness_retry_now() {
  g_harness->outbox.retry_now();
}

// {"ready": bool, "items": [{id, state, attempts, number, error}], "sync_error": key}
EMSCRIPTEN_KEEPALIVE const char* harness_state() {
  if (!g_harness) {
    return g_state.c_str();
  }
  nlohmann::json items = nlohmann::json::array();
  for (const api::OutboxItem* item : g_harness->outbox.items()) {
    items.push_back({{"id", item->id},
                     {"state", std::string(api::to_code(item->state))},
                     {"durable", item->durable},
                     {"attempts", item->attempts},
                     {"number", item->request_number},
                     {"error", item->last_error_key}});
  }
  const auto& sync_error = g_harness->storage.sync_error();
  g_result =
      nlohmann::json{{"ready", true}, {"items", items}, {"sync_error", sync_error ? sync_error->message().key : ""}}
          .dump();
  return g_result.c_str();
}

}  // extern "C"

int main() {
  return 0;
}
