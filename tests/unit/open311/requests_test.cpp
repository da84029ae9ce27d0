// requests.json: round trips with and without extensions, and tolerant reading of real servers' shapes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "open311/service_request.h"

using namespace hotline;
using namespace hotline::open311;

TEST_CASE("service requests round-trip through JSON") {
  const std::vector<ServiceRequest> requests = {fixtures::full_request(), fixtures::minimal_request()};
  const auto decoded = decode_requests(encode_requests(requests));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == requests);
}

TEST_CASE("the encoder writes the GeoReport field names and our extension layout") {
  const auto body = nlohmann::json::parse(encode_requests({fixtures::full_request()}));
  const auto& r = body.at(0);
  CHECK(r.at("service_request_id") == "FZ20250310000123");
  CHECK(r.at("status") == "closed");
  CHECK(r.at("long") == 119.2965);
  CHECK_FALSE(r.contains("lon"));
  const auto& ext = r.at("extended_attributes");
  CHECK(ext.at("request_type") == "complaint");
  CHECK(ext.at("channel") == "app");
  CHECK(ext.at("notes").at(1).at("step") == "replied");
  CHECK(ext.at("notes").at(1).at("reply_media").at(0).at("width") == 2048);
  CHECK(ext.at("rating").at("satisfaction") == "basically_satisfied");
  CHECK(ext.at("deadline").at("overdue") == false);
  CHECK(ext.at("photos").at(0).at("location").at("long") == 119.2965);
  CHECK_FALSE(
      nlohmann::json::parse(encode_requests({fixtures::minimal_request()})).at(0).contains("extended_attributes"));
}

TEST_CASE("requests from real servers are read tolerantly") {
  const auto decoded = decode_requests(R"([{
      "service_request_id": 638344, "status": "Open", "service_code": 17,
      "status_notes": null, "description": "", "lat": "26.08", "long": 119.3,
      "zipcode": 350001, "address_id": "", "requested_datetime": "2025-03-10 08:45:00",
      "updated_datetime": "", "expected_datetime": null, "media_url": null,
      "extended_attributes": {"channel": "WeChat", "notes": [
        {"summary": "Request opened", "type": "opened", "datetime": "2025-03-10T08:45:00+0800", "unit_id": 42}],
        "deadline": {"due_datetime": "2025-03-12", "overdue": "TRUE"}},
      "some_vendor_field": {"nested": [1, 2, 3]}
    }])");
  REQUIRE(decoded.has_value());
  const ServiceRequest& r = decoded->at(0);
  CHECK(r.service_request_id == "638344");
  CHECK(r.status == Status::Open);
  CHECK(r.service_code == "17");
  CHECK_FALSE(r.status_notes.has_value());
  CHECK(r.description == std::string());  // text is kept as sent, even empty
  CHECK(r.lat == Approx(26.08));
  CHECK(r.lon == Approx(119.3));
  CHECK(r.zipcode == "350001");
  CHECK_FALSE(r.address_id.has_value());  // "" is no id
  CHECK(r.requested_datetime == "2025-03-10 08:45:00");
  CHECK_FALSE(r.updated_datetime.has_value());
  CHECK_FALSE(r.expected_datetime.has_value());
  REQUIRE(r.extended_attributes.has_value());
  CHECK(r.extended_attributes->channel == domain::Channel::WeChat);
  CHECK_FALSE(r.extended_attributes->request_type.has_value());
  REQUIRE(r.extended_attributes->notes.size() == 1);
  CHECK(r.extended_attributes->notes[0].unit_id == "42");
  CHECK_FALSE(r.extended_attributes->notes[0].step.has_value());
  CHECK(r.extended_attributes->deadline == Deadline{"2025-03-12", true});
}

TEST_CASE("an empty list and a request without extensions are fine") {
  const auto empty = decode_requests("[]");
  REQUIRE(empty.has_value());
  CHECK(empty->empty());
  const auto plain = decode_requests(
      R"([{"service_request_id":"1","status":"closed","service_code":"a","requested_datetime":"2025-01-01T00:00:00Z"}])");
  REQUIRE(plain.has_value());
  CHECK_FALSE(plain->at(0).extended_attributes.has_value());
}

TEST_CASE("photo records keep their metadata and reject a malformed digest") {
  ServiceRequest r = fixtures::minimal_request();
  r.extended_attributes = ExtendedAttributes{};
  r.extended_attributes->photos = {fixtures::drain_photo()};
  auto json = nlohmann::json::parse(encode_requests({r}));
  json[0]["extended_attributes"]["photos"][0]["byte_size"] = "482113";
  const auto coerced = decode_requests(json.dump());
  REQUIRE(coerced.has_value());
  CHECK(coerced->at(0).extended_attributes->photos.at(0) == fixtures::drain_photo());

  json[0]["extended_attributes"]["photos"][0]["sha256"] = "9F86D081";
  const auto bad = decode_requests(json.dump());
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().code == DecodeErrorCode::InvalidValue);
  CHECK(bad.error().field == "[0].extended_attributes.photos[0].sha256");
}
