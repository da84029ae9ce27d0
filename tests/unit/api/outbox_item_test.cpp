// The stored record of an outbox item: round trip, Sending stored as Waiting, damaged records refused.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "api/api_error.h"
#include "api/outbox_item.h"
#include "text/catalog.h"

using namespace hotline;

namespace {

api::OutboxItem sample() {
  api::OutboxItem item;
  item.id = "0123456789abcdef0123456789abcdef";
  item.seq = 42;
  item.created_ms = 1'741'910'400'123;
  item.fields = {{"service_code", "101"}, {"description", "井盖 & 路灯=坏"}, {"attribute[anonymous]", "true"}};
  item.photos = {{"p1", "image/jpeg"}};
  item.state = api::OutboxState::NeedsAttention;
  item.attempts = 3;
  item.next_attempt_ms = 1'741'910'500'000;
  item.last_error_key = "api.error.validation";
  // As read from a 400: the description's limit params follow from field and code.
  item.field_errors = {api::server_field_error(domain::Field::Mobile, domain::ErrorCode::InvalidMobile),
                       api::server_field_error(domain::Field::Description, domain::ErrorCode::TooLong)};
  item.request_number = "";
  return item;
}

}  // namespace

TEST_CASE("records round trip") {
  api::OutboxItem item = sample();
  auto back = api::decode_outbox_item(api::encode_outbox_item(item));
  REQUIRE(back.has_value());
  CHECK(*back == item);
  CHECK(back->durable);
  REQUIRE(back->field_errors.size() == 2);
  CHECK(back->field_errors[1].message() == base::Message{"domain.error.too_long", {{"max", "4000"}}});

  item.state = api::OutboxState::Sent;
  item.field_errors.clear();
  item.request_number = "20250314000001";
  item.query_code = "ABCDEFGH23";
  item.sent_ms = 5;
  back = api::decode_outbox_item(api::encode_outbox_item(item));
  REQUIRE(back.has_value());
  CHECK(*back == item);
}

TEST_CASE("an item interrupted while sending is stored as waiting") {
  api::OutboxItem item = sample();
  item.state = api::OutboxState::Sending;
  auto back = api::decode_outbox_item(api::encode_outbox_item(item));
  REQUIRE(back.has_value());
  CHECK(back->state == api::OutboxState::Waiting);
}

TEST_CASE("damaged records are refused") {
  const std::string good = api::encode_outbox_item(sample()).str();
  CHECK_FALSE(api::decode_outbox_item(""));
  CHECK_FALSE(api::decode_outbox_item("[]"));
  CHECK_FALSE(api::decode_outbox_item(good.substr(0, good.size() / 2)));
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    const auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
  };
  CHECK_FALSE(api::decode_outbox_item(replace("\"v\":1", "\"v\":2")));
  CHECK_FALSE(api::decode_outbox_item(replace("\"state\":\"needs_attention\"", "\"state\":\"lost\"")));
  CHECK_FALSE(api::decode_outbox_item(replace("\"id\":\"0123", "\"id\":\"X123")));
  CHECK_FALSE(api::decode_outbox_item(replace("\"attempts\":3", "\"attempts\":\"3\"")));
  CHECK_FALSE(api::decode_outbox_item(replace("\"field\":\"mobile\"", "\"field\":\"shoe\"")));
  CHECK_FALSE(api::decode_outbox_item(replace("\"photos\":[", "\"photos\":[1,")));
}

TEST_CASE("state codes and their catalog keys") {
  using api::OutboxState;
  CHECK(api::message_key(OutboxState::Waiting) == "api.outbox.waiting");
  CHECK(api::message_key(OutboxState::Sending) == "api.outbox.sending");
  CHECK(api::message_key(OutboxState::Sent) == "api.outbox.sent");
  CHECK(api::message_key(OutboxState::NeedsAttention) == "api.outbox.needs_attention");
  std::ifstream in(std::string(HOTLINE_SOURCE_DIR) + "/assets/i18n/zh-CN/api.json");
  std::stringstream text;
  text << in.rdbuf();
  auto catalog = text::Catalog::parse(text.str());
  REQUIRE(catalog.has_value());
  for (auto s : {OutboxState::Waiting, OutboxState::Sending, OutboxState::Sent, OutboxState::NeedsAttention}) {
    CHECK(catalog->find(api::message_key(s)) != nullptr);
  }
}
