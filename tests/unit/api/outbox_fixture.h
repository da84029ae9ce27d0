// An outbox over the api fixture's fake transport and storage, restartable, recording its listener's calls.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "api/outbox.h"
#include "api_fixture.h"

namespace hotline::testing {

inline constexpr std::int64_t kInitialBackoff = 1000;

struct OutboxFixture : ApiFixture {
  std::vector<std::string> changes;
  platform::Subscription listening;
  std::unique_ptr<api::Outbox> outbox = make();

  std::unique_ptr<api::Outbox> make() {
    auto o = std::make_unique<api::Outbox>(storage, api, clock, random,
                                           api::OutboxPolicy{{kInitialBackoff, 60'000, 2.0}, 2});
    listening = o->listen([this](const std::string& id) { changes.push_back(id); });
    return o;
  }
  void restart() {
    outbox.reset();
    outbox = make();
    REQUIRE(outbox->open().has_value());
  }
  std::string enqueue(std::vector<api::Photo> photos = {}) {
    return enqueue_form({{"service_code", "101"}, {"description", "路灯不亮"}}, std::move(photos));
  }
  std::string enqueue_form(std::vector<open311::FormField> fields, std::vector<api::Photo> photos = {}) {
    auto id = outbox->enqueue(std::move(fields), std::move(photos));
    REQUIRE(id.has_value());
    return *id;
  }
  const api::OutboxItem& item(const std::string& id) {
    const api::OutboxItem* found = outbox->find(id);
    REQUIRE(found != nullptr);
    return *found;
  }
  std::string sent_key(std::size_t i) {
    return *platform::find_header(transport.sent().at(i).headers, "Idempotency-Key");
  }
};

}  // namespace hotline::testing
