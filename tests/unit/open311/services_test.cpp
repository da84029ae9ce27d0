// services.json and services/{code}.json: round trips and tolerant reading.
#include <catch2/catch.hpp>

#include "fixtures.h"
#include "open311/service.h"
#include "open311/service_definition.h"

using namespace hotline::open311;

TEST_CASE("the services list round-trips") {
  const auto services = fixtures::services();
  const auto decoded = decode_services(encode_services(services));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == services);
}

TEST_CASE("a service definition round-trips") {
  const auto definition = fixtures::noise_definition();
  const auto decoded = decode_service_definition(encode_service_definition(definition));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == definition);
}

TEST_CASE("services with numeric codes, string booleans and nulls are read") {
  const auto decoded = decode_services(R"([
      {"service_code": 1001, "service_name": "Pothole", "description": null, "metadata": "false",
       "type": "REALTIME", "keywords": null, "group": "streets", "extra": true}])");
  REQUIRE(decoded.has_value());
  REQUIRE(decoded->size() == 1);
  const Service expected{"1001", "Pothole", std::nullopt, false, ServiceType::Realtime, std::nullopt, "streets"};
  CHECK(decoded->at(0) == expected);
}

TEST_CASE("service definitions accept numeric keys, string orders and a missing values list") {
  const auto decoded = decode_service_definition(R"({"service_code": "noise", "attributes": [
      {"variable": "true", "code": 7, "datatype": "singlevaluelist", "required": false, "order": "2",
       "values": [{"key": 1, "name": "白天"}, {"key": "2", "name": "夜间"}]},
      {"variable": false, "code": "INFO", "datatype": "text", "required": "False"}]})");
  REQUIRE(decoded.has_value());
  REQUIRE(decoded->attributes.size() == 2);
  const ServiceAttribute& first = decoded->attributes[0];
  CHECK(first.code == "7");
  CHECK(first.order == 2);
  CHECK(first.values == std::vector<AttributeValue>{{"1", "白天"}, {"2", "夜间"}});
  CHECK(decoded->attributes[1].values.empty());
  CHECK_FALSE(decoded->attributes[1].variable);
}

TEST_CASE("unknown service types and datatypes are invalid values") {
  const auto type = decode_services(R"([{"service_code":"a","service_name":"b","metadata":true,"type":"push"}])");
  REQUIRE_FALSE(type.has_value());
  CHECK(type.error().code == DecodeErrorCode::InvalidValue);
  CHECK(type.error().field == "[0].type");

  const auto datatype = decode_service_definition(
      R"({"service_code":"a","attributes":[{"variable":true,"code":"X","datatype":"photo","required":true}]})");
  REQUIRE_FALSE(datatype.has_value());
  CHECK(datatype.error().field == "attributes[0].datatype");
}

TEST_CASE("service extensions carry the request type, the location need and the legal deadline") {
  const auto decoded = decode_services(R"([
      {"service_code": "ZX-0101", "service_name": "社保咨询", "metadata": true, "type": "realtime",
       "extended_attributes": {"request_type": "Consultation", "needs_location": "false",
                               "deadline_working_days": "2"}},
      {"service_code": "BJ-0122", "service_name": "路灯", "metadata": true, "type": "realtime"}])");
  REQUIRE(decoded.has_value());
  REQUIRE(decoded->size() == 2);
  CHECK(decoded->at(0).extensions == ServiceExtensions{hotline::domain::RequestType::Consultation, false, 2});
  CHECK_FALSE(decoded->at(1).extensions.has_value());
}

TEST_CASE("bad service extensions are refused with the field that is wrong") {
  const auto decode_with = [](const std::string& extensions) {
    return decode_services(R"([{"service_code":"a","service_name":"b","metadata":true,"type":"realtime",
                                "extended_attributes":)" +
                           extensions + "}]");
  };
  const auto type = decode_with(R"({"request_type":"praise","needs_location":true,"deadline_working_days":3})");
  REQUIRE_FALSE(type.has_value());
  CHECK(type.error().code == DecodeErrorCode::InvalidValue);
  CHECK(type.error().field == "[0].extended_attributes.request_type");

  const auto days = decode_with(R"({"request_type":"help","needs_location":true,"deadline_working_days":0})");
  REQUIRE_FALSE(days.has_value());
  CHECK(days.error().code == DecodeErrorCode::InvalidValue);
  CHECK(days.error().field == "[0].extended_attributes.deadline_working_days");

  const auto fraction = decode_with(R"({"request_type":"help","needs_location":true,"deadline_working_days":2.5})");
  REQUIRE_FALSE(fraction.has_value());
  CHECK(fraction.error().field == "[0].extended_attributes.deadline_working_days");

  const auto missing = decode_with(R"({"request_type":"help","deadline_working_days":3})");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().code == DecodeErrorCode::MissingField);
  CHECK(missing.error().field == "[0].extended_attributes.needs_location");

  const auto not_object = decode_with(R"("complaint")");
  REQUIRE_FALSE(not_object.has_value());
  CHECK(not_object.error().field == "[0].extended_attributes");
}
