// A photo's capture time and consented location: the consent rule, and both kept by the outbox and
// draft records (records written before them still read).
#include <catch2/catch.hpp>

#include "api/draft_record.h"
#include "api/outbox.h"
#include "api_fixture.h"

using namespace hotline;

namespace {

const calendar::Instant kCaptured = *calendar::Instant::from_unix_seconds(1'764'460'800);
const domain::GeoPoint kGulou{26.0822, 119.2965};

api::Photo photo() {
  return {"p1", "image/jpeg", "JPEG", api::photo_meta(kCaptured, kGulou, api::LocationConsent::Agreed)};
}

}  // namespace

TEST_CASE("the location goes only with the citizen's yes; the capture time always") {
  const auto refused = api::photo_meta(kCaptured, kGulou, api::LocationConsent::Refused);
  CHECK(refused.captured == kCaptured);
  CHECK_FALSE(refused.location);
  const auto agreed = api::photo_meta(kCaptured, kGulou, api::LocationConsent::Agreed);
  CHECK(agreed.location == kGulou);
  CHECK_FALSE(api::photo_meta(std::nullopt, std::nullopt, api::LocationConsent::Agreed).location);
}

TEST_CASE("draft records keep the metadata; old records without it still read") {
  api::DraftRecord record{{{"service_code", "101"}}, {api::ref_of(photo()), {"p2", "image/png", {}}}, 7};
  auto back = api::decode_draft_record(api::encode_draft_record(record));
  REQUIRE(back.has_value());
  CHECK(*back == record);

  auto old = api::decode_draft_record(
      R"({"v":1,"form":"service_code=101","photos":[{"id":"p1","content_type":"image/jpeg"}],"saved_ms":7})");
  REQUIRE(old.has_value());
  CHECK(old->photos.at(0).meta == api::PhotoMeta{});
}

TEST_CASE("metadata that could not have been written is refused") {
  const std::string head = R"({"v":1,"form":"","saved_ms":7,"photos":[{"id":"p1","content_type":"image/jpeg",)";
  CHECK(api::decode_draft_record(head + R"("lat":26.08,"lon":119.29}]})"));
  CHECK_FALSE(api::decode_draft_record(head + R"("lat":26.08}]})"));  // half a location
  CHECK_FALSE(api::decode_draft_record(head + R"("lat":91,"lon":119.29}]})"));
  CHECK_FALSE(api::decode_draft_record(head + R"("lat":"26","lon":119.29}]})"));
  CHECK_FALSE(api::decode_draft_record(head + R"("captured_s":1e3}]})"));
  CHECK_FALSE(api::decode_draft_record(head + R"("captured_s":999999999999999}]})"));  // beyond year 9999
}

TEST_CASE("the outbox keeps the metadata through storage, a restart and a refusal handed back") {
  testing::ApiFixture f;
  f.transport.script(testing::recorded("error_400_mobile"));
  std::string id;
  {
    api::Outbox outbox(f.storage, f.api, f.clock, f.random);
    auto enqueued = outbox.enqueue({{"service_code", "101"}, {"phone", "12345"}}, {photo()});
    REQUIRE(enqueued.has_value());
    id = *enqueued;
    f.settle();
    REQUIRE(outbox.find(id)->state == api::OutboxState::NeedsAttention);
  }
  api::Outbox restarted(f.storage, f.api, f.clock, f.random);
  REQUIRE(restarted.open().has_value());
  CHECK(restarted.find(id)->photos.at(0) == api::ref_of(photo()));
  auto back = restarted.take_back(id);
  REQUIRE(back.has_value());
  REQUIRE(back->photos.size() == 1);
  CHECK(back->photos[0] == photo());
}
