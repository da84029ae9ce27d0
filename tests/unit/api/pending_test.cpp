// Pending results: filled through the RunQueue, cancelled by a new call or by the owner going away.
#include <catch2/catch.hpp>

#include <memory>

#include "api/pending.h"
#include "api_fixture.h"

using namespace hotline;
using api::PendingState;

namespace {

auto load_services(api::ApiClient& client) {
  return [&client](api::Callback<std::vector<open311::Service>> done) { return client.load_services(std::move(done)); };
}

}  // namespace

TEST_CASE("idle, loading until the queue delivers, then the value") {
  testing::ApiFixture f;
  platform::Activity activity;
  api::Pending<std::vector<open311::Service>> services(activity);
  CHECK(services.state() == PendingState::Idle);
  CHECK(services.value() == nullptr);
  f.transport.script_response(200, "[]");
  services.start(load_services(f.api));
  CHECK(services.loading());  // never filled from inside the call
  f.settle();
  CHECK(services.state() == PendingState::Value);
  REQUIRE(services.value() != nullptr);
  CHECK(services.value()->empty());
  CHECK(services.error() == nullptr);
  services.reset();
  CHECK(services.state() == PendingState::Idle);
}

TEST_CASE("an error is kept as the typed ApiError") {
  testing::ApiFixture f;
  platform::Activity activity;
  api::Pending<open311::ServiceRequest> request(activity);
  f.transport.script(testing::recorded("error_403_query_code"));
  request.start([&](auto done) { return f.api.fetch_request("20261130000001", std::string("WRONG"), done); });
  f.settle();
  CHECK(request.state() == PendingState::Error);
  REQUIRE(request.error() != nullptr);
  CHECK(request.error()->code == api::ApiErrorCode::Forbidden);
  CHECK(request.value() == nullptr);
}

TEST_CASE("a new call cancels the one in progress: only the second answer counts") {
  testing::ApiFixture f;
  platform::Activity activity;
  api::Pending<std::vector<open311::Service>> services(activity);
  services.start(load_services(f.api));
  const auto first = f.transport.pending_ids().at(0);
  services.start(load_services(f.api));
  CHECK(f.transport.cancelled_count() == 1);
  CHECK(f.transport.pending_count() == 1);
  f.transport.answer(first, testing::response(500, ""));  // too late: cancelled
  f.settle();
  CHECK(services.loading());
  f.transport.answer_oldest(testing::response(200, "[]"));
  f.settle();
  CHECK(services.state() == PendingState::Value);
}

TEST_CASE("an owner that goes away cancels its call, and a late answer touches nothing") {
  testing::ApiFixture f;
  platform::Activity activity;
  auto services = std::make_unique<api::Pending<std::vector<open311::Service>>>(activity);
  f.transport.script_response(200, "[]");  // already on the queue when the owner goes
  services->start(load_services(f.api));
  services.reset();
  CHECK(f.transport.cancelled_count() == 1);
  f.settle();  // the answer's task runs and finds nothing to fill (ASan checks no freed memory is written)
  CHECK(f.queue.empty());
}
