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
