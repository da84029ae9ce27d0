// "My requests": filled from the outbox and from look-ups, kept across restarts, damaged records set
// aside once, wiped for the next kiosk citizen.
#include <catch2/catch.hpp>

#include "api/my_requests.h"
#include "api/outbox.h"
#include "api_fixture.h"

using namespace hotline;

namespace {

constexpr const char* kNumber = "20261130000001";

api::OutboxItem sent_item(std::string number = kNumber) {
  api::OutboxItem item;
  item.id = "0123456789abcdef0123456789abcdef";
  item.fields = {
      {"service_code", "101"},
      {"description", "路灯不亮，晚上走路很危险，请尽快修理。小区东门外第三根路灯，已经坏了一周。希望有关部门重视"}};
  item.state = api::OutboxState::Sent;
  item.request_number = std::move(number);
  item.query_code = "SKDMR9R95Y";
  item.sent_ms = 1'764'460'800'000;
  return item;
}

open311::ServiceRequest looked_up(std::string number) {
  open311::ServiceRequest r;
  r.service_request_id = std::move(number);
  r.service_code = "205";
  r.description = "噪音扰民";
  r.extended_attributes = open311::ExtendedAttributes{};
  r.extended_attributes->request_type = domain::RequestType::Complaint;
  return r;
}

}  // namespace

TEST_CASE("a sent outbox item becomes an entry that survives a restart") {
  testing::MemoryStorage storage;
  {
    api::MyRequests mine(storage);
    REQUIRE(mine.open().has_value());
    auto added = mine.remember_sent(sent_item());
    REQUIRE(added.has_value());
    CHECK(*added);
    CHECK_FALSE(*mine.remember_sent(sent_item()));  // already known
  }
  api::MyRequests mine(storage);
  auto report = mine.open();
  REQUIRE(report.has_value());
  CHECK(report->requests == 1);
  CHECK(report->set_aside.empty());
  const api::MyRequest* entry = mine.find(kNumber);
  REQUIRE(entry != nullptr);
  CHECK(entry->query_code == "SKDMR9R95Y");
  CHECK(entry->service_code == "101");
  CHECK(entry->title ==
        "路灯不亮，晚上走路很危险，请尽快修理。小区东门外第三根路灯，已经坏了一周。希望有");  // 40 code points
  CHECK(entry->created_ms == 1'764'460'800'000);
  CHECK(entry->origin == api::MyRequestOrigin::Submitted);
  CHECK(mine.numbers() == std::vector<std::string>{kNumber});
}

TEST_CASE("collect_sent takes the sent items of a real outbox, which may then forget them") {
  testing::ApiFixture f;
  api::Outbox outbox(f.storage, f.api, f.clock, f.random);
  f.transport.script(testing::recorded("created_200"));
  auto id = outbox.enqueue({{"service_code", "101"}, {"description", "路灯不亮"}}, {});
  REQUIRE(id.has_value());
  auto waiting = outbox.enqueue({{"service_code", "101"}, {"description", "第二个"}}, {});
  REQUIRE(waiting.has_value());
  f.settle();
  api::MyRequests mine(f.storage);
  REQUIRE(mine.open().has_value());
  CHECK(*mine.collect_sent(outbox) == 1);  // the second is still pending
  CHECK(outbox.forget(*id));
  const api::MyRequest* entry = mine.find("20261130000001");
  REQUIRE(entry != nullptr);
  CHECK(entry->title == "路灯不亮");
  CHECK(*mine.collect_sent(outbox) == 0);
}

TEST_CASE("items that are not sent, or have no valid number, are not remembered") {
  testing::MemoryStorage storage;
  api::MyRequests mine(storage);
  api::OutboxItem waiting = sent_item();
  waiting.state = api::OutboxState::Waiting;
  CHECK_FALSE(*mine.remember_sent(waiting));
  CHECK_FALSE(*mine.remember_sent(sent_item("../../etc")));
  CHECK(mine.items().empty());
  CHECK(storage.values().empty());
}

TEST_CASE("a look-up adds the request with its normalized query code, or adds the code to a known one") {
  testing::MemoryStorage storage;
  api::MyRequests mine(storage);
  CHECK(*mine.remember_looked_up(looked_up("20261129000007"), "skdm-r9r9 5y", 42));
  const api::MyRequest* entry = mine.find("20261129000007");
  REQUIRE(entry != nullptr);
  CHECK(entry->query_code == "SKDMR9R95Y");
  CHECK(entry->type == domain::RequestType::Complaint);
  CHECK(entry->title == "噪音扰民");
  CHECK(entry->origin == api::MyRequestOrigin::LookedUp);
  CHECK_FALSE(*mine.remember_looked_up(looked_up("20261129000007"), "SKDMR9R95Y", 99));  // unchanged
  CHECK_FALSE(*mine.remember_looked_up(looked_up("20261129000007"), "not a code!", 99));

  api::OutboxItem no_code = sent_item();
  no_code.query_code.reset();
  REQUIRE(*mine.remember_sent(no_code));
  CHECK(*mine.remember_looked_up(looked_up(kNumber), "SKDMR9R95Y", 99));
  entry = mine.find(kNumber);
  CHECK(entry->query_code == "SKDMR9R95Y");
  CHECK(entry->origin == api::MyRequestOrigin::Submitted);
  CHECK(entry->created_ms == no_code.sent_ms);
  // Newest first.
  REQUIRE(mine.items().size() == 2);
  CHECK(mine.items()[0]->number == kNumber);
}

TEST_CASE("a damaged record is set aside once and the others load") {
  testing::MemoryStorage storage;
  {
    api::MyRequests mine(storage);
    REQUIRE(*mine.remember_sent(sent_item()));
  }
  REQUIRE(storage.write(api::MyRequests::key("20261130000002"), "{\"v\":1,\"number\":"));
  REQUIRE(storage.write(api::MyRequests::key("20261130000003"),
                        api::encode_my_request({"20261130000004", "SKDMR9R95Y", "101", {}, "", 0, {}})));
  api::MyRequests mine(storage);
  auto report = mine.open();
  REQUIRE(report.has_value());
  CHECK(report->requests == 1);
  REQUIRE(report->set_aside.size() == 2);
  CHECK(report->set_aside[0].key == api::MyRequests::key("20261130000002"));
  CHECK(report->set_aside[0].moved);
  CHECK(report->set_aside[1].reason == "number does not match its key");
  api::MyRequests again(storage);
  CHECK(again.open()->set_aside.empty());
}

TEST_CASE("records refuse what could not be a request number, query code, type or origin") {
  const std::string good = api::encode_my_request({kNumber, "SKDMR9R95Y", "101", domain::RequestType::HelpRequest,
                                                   "标题", 5, api::MyRequestOrigin::LookedUp})
                               .str();
  auto back = api::decode_my_request(good);
  REQUIRE(back.has_value());
  CHECK(back->type == domain::RequestType::HelpRequest);
  auto replace = [&](std::string from, std::string to) {
    std::string text = good;
    text.replace(text.find(from), from.size(), to);
    return api::decode_my_request(text).has_value();
  };
  CHECK_FALSE(replace(kNumber, "2026113000000/"));
  CHECK_FALSE(replace("SKDMR9R95Y", "skdmr9r95y"));
  CHECK_FALSE(replace("\"help\"", "\"rant\""));
  CHECK_FALSE(replace("looked_up", "stolen"));
  CHECK_FALSE(replace("\"v\":1", "\"v\":2"));
  CHECK_FALSE(api::decode_my_request("[]").has_value());
}

TEST_CASE("wipe leaves nothing of the citizen behind, set-aside records included") {
  testing::MemoryStorage storage;
  REQUIRE(storage.write(api::MyRequests::key("20261130000002"), "garbage"));
  REQUIRE(storage.write("outbox/items/x", "kept"));
  api::MyRequests mine(storage);
  REQUIRE(mine.open().has_value());
  REQUIRE(*mine.remember_sent(sent_item()));
  REQUIRE(mine.wipe().has_value());
  CHECK(mine.items().empty());
  CHECK(storage.values().size() == 1);
  CHECK(storage.values().count("outbox/items/x") == 1);
}

TEST_CASE("a refused write leaves the list as stored") {
  testing::MemoryStorage storage;
  api::MyRequests mine(storage);
  storage.fail_writes = platform::StorageErrorCode::QuotaExceeded;
  auto added = mine.remember_sent(sent_item());
  REQUIRE_FALSE(added.has_value());
  CHECK(added.error().code == platform::StorageErrorCode::QuotaExceeded);
  CHECK(mine.find(kNumber) == nullptr);
}
