// CurlTransport and ApiClient against the real hotline-server, directly and through the fault proxy:
// answers, each network failure's code, timeouts, cancellation, and a retry after the server
// committed a submission whose answer was lost.
#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <thread>

#include "api/api_client.h"
#include "fault_proxy.h"
#include "native/system/curl_transport.h"
#include "server_process.h"

using namespace hotline;
using faults::Fault;
using faults::FaultProxy;

namespace {

// Pumps the run queue until `done` or 20 s.
template <typename Done>
bool pump_until(platform::RunQueue& queue, Done done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!done() && std::chrono::steady_clock::now() < deadline) {
    queue.pump();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return done();
}

platform::HttpResult fetch(platform::RunQueue& queue, platform::HttpTransport& transport,
                           platform::HttpRequest request) {
  std::optional<platform::HttpResult> result;
  const platform::Call call =
      transport.send(std::move(request), [&](platform::HttpResult r) { result.emplace(std::move(r)); });
  CHECK_FALSE(result.has_value());  // never from inside send()
  REQUIRE(pump_until(queue, [&] { return result.has_value(); }));
  CHECK_FALSE(call.active());  // delivered
  return std::move(*result);
}

platform::HttpRequest get(const std::string& url, int total_timeout_ms = 10'000) {
  platform::HttpRequest r;
  r.url = url;
  r.total_timeout_ms = total_timeout_ms;
  return r;
}

std::vector<open311::FormField> consultation(const std::string& text) {
  return {{"service_code", "ZX-0201"},
          {"description", text},
          {"attribute[anonymous]", "true"},
          {"attribute[kiosk_station]", "FT-001"}};
}

struct Rig {
  integration::TempDir dir;
  integration::ServerProcess server{dir, {dir.file("h.db")}};
  FaultProxy proxy{server.port(), {}, 1};
  platform::RunQueue queue;
  native::CurlTransport transport{queue};

  std::string direct(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(server.port()) + path;
  }
  std::string proxied(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(proxy.port()) + path;
  }
};

}  // namespace

TEST_CASE("answers come back on the UI queue with status, headers and body") {
  Rig rig;
  platform::HttpResult r = fetch(rig.queue, rig.transport, get(rig.direct("/open311/v2/services.json")));
  REQUIRE(r.has_value());
  CHECK(r->status == 200);
  REQUIRE(r->header("content-type") != nullptr);
  CHECK(r->header("content-type")->find("application/json") != std::string::npos);
  CHECK(r->body.front() == '[');
  r = fetch(rig.queue, rig.transport, get(rig.direct("/open311/v2/services/none.json")));
  REQUIRE(r.has_value());
  CHECK(r->status == 404);
}

TEST_CASE("each network failure has its code") {
  Rig rig;
  rig.proxy.force(static_cast<int>(Fault::Drop));
  platform::HttpResult r = fetch(rig.queue, rig.transport, get(rig.proxied("/open311/v2/services.json")));
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == platform::NetworkErrorCode::ConnectionLost);

  rig.proxy.force(static_cast<int>(Fault::Error503));
  r = fetch(rig.queue, rig.transport, get(rig.proxied("/open311/v2/services.json")));
  REQUIRE(r.has_value());
  CHECK(r->status == 503);

  rig.proxy.force(static_cast<int>(Fault::Delay));
  r = fetch(rig.queue, rig.transport, get(rig.proxied("/open311/v2/services.json"), 1));
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == platform::NetworkErrorCode::Timeout);

  const int port = rig.server.port();
  rig.server.stop();
  r = fetch(rig.queue, rig.transport, get("http://127.0.0.1:" + std::to_string(port) + "/"));
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == platform::NetworkErrorCode::Offline);
}

TEST_CASE("a cancelled or dropped exchange never calls back; destruction aborts the rest") {
  Rig rig;
  rig.proxy.force(static_cast<int>(Fault::Delay));
  bool called = false;
  platform::Call cancelled =
      rig.transport.send(get(rig.proxied("/open311/v2/services.json")), [&](platform::HttpResult) { called = true; });
  CHECK(cancelled.active());
  REQUIRE(rig.proxy.wait_accepted(1, std::chrono::seconds(10)));  // cancelled while on the wire
  cancelled.cancel();
  CHECK_FALSE(cancelled.active());
  {
    const platform::Call dropped =
        rig.transport.send(get(rig.proxied("/open311/v2/services.json")), [&](platform::HttpResult) { called = true; });
    REQUIRE(rig.proxy.wait_accepted(2, std::chrono::seconds(10)));
  }
  // The proxy answers the delayed exchanges (up to 1.5 s later); only then could a callback be due. A
  // later exchange on the same transport, finished after that, shows the transport has moved past them.
  REQUIRE(rig.proxy.wait_finished(2, std::chrono::seconds(10)));
  CHECK(fetch(rig.queue, rig.transport, get(rig.direct("/healthz"))).has_value());
  rig.queue.pump();
  CHECK_FALSE(called);

  // The owner drops its handle before the transport, as AppSession's member order does.
  platform::RunQueue queue;
  {
    native::CurlTransport shortlived(queue);
    const platform::Call open =
        shortlived.send(get(rig.proxied("/open311/v2/services.json")), [&](platform::HttpResult) { called = true; });
    REQUIRE(rig.proxy.wait_accepted(3, std::chrono::seconds(10)));
  }
  REQUIRE(rig.proxy.wait_finished(3, std::chrono::seconds(10)));
  queue.pump();
  CHECK_FALSE(called);
}

TEST_CASE("the API client over curl: services, and a submission whose answer was lost after the commit") {
  Rig rig;
  api::ApiClient direct(rig.transport, {rig.direct("/open311/v2"), integration::kKioskKey});
  std::optional<api::Result<std::vector<open311::Service>>> services;
  const platform::Call loading = direct.load_services([&](auto r) { services.emplace(std::move(r)); });
  REQUIRE(pump_until(rig.queue, [&] { return services.has_value(); }));
  REQUIRE(services->has_value());
  CHECK_FALSE((*services)->empty());

  api::ApiClient proxied(rig.transport, {rig.proxied("/open311/v2"), integration::kKioskKey});
  const api::Submission submission{consultation("丢失答复后的重试"), {}, "0123456789abcdef0123456789abcdef"};
  rig.proxy.force(static_cast<int>(Fault::CutAfterCommit));
  std::optional<api::Result<api::Created>> first;
  const platform::Call first_try = proxied.submit(submission, [&](auto r) { first.emplace(std::move(r)); });
  REQUIRE(pump_until(rig.queue, [&] { return first.has_value(); }));
  REQUIRE_FALSE(first->has_value());
  CHECK(first->error().code == api::ApiErrorCode::ConnectionLost);
  CHECK(api::is_retryable(first->error()));

  rig.proxy.force(static_cast<int>(Fault::Pass));
  std::optional<api::Result<api::Created>> retry;
  const platform::Call retrying = proxied.submit(submission, [&](auto r) { retry.emplace(std::move(r)); });
  REQUIRE(pump_until(rig.queue, [&] { return retry.has_value(); }));
  INFO((retry->has_value() ? std::string() : retry->error().detail + " " + std::to_string(retry->error().http_status)));
  REQUIRE(retry->has_value());
  CHECK((*retry)->replayed);
  CHECK((*retry)->request_number.size() == 14);

  std::optional<api::Result<std::vector<open311::ServiceRequest>>> listed;
  const platform::Call listing =
      direct.list_requests({(*retry)->request_number}, std::nullopt, [&](auto r) { listed.emplace(std::move(r)); });
  REQUIRE(pump_until(rig.queue, [&] { return listed.has_value(); }));
  REQUIRE(listed->has_value());
  REQUIRE((*listed)->size() == 1);
  CHECK((*listed)->front().description == "丢失答复后的重试");
}

TEST_CASE("a validation error from the real server carries field errors") {
  Rig rig;
  api::ApiClient client(rig.transport, {rig.direct("/open311/v2"), integration::kKioskKey});
  std::vector<open311::FormField> fields = consultation("x");
  fields.push_back({"phone", "12345"});
  std::optional<api::Result<api::Created>> result;
  const platform::Call submitting =
      client.submit({fields, {}, "fedcba9876543210fedcba9876543210"}, [&](auto r) { result.emplace(std::move(r)); });
  REQUIRE(pump_until(rig.queue, [&] { return result.has_value(); }));
  REQUIRE_FALSE(result->has_value());
  CHECK(result->error().code == api::ApiErrorCode::Validation);
  CHECK_FALSE(result->error().field_errors.empty());
}
