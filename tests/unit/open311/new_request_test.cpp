// POST requests.json bodies: the builder's exact output, round trips, and the server-side reading.
#include <catch2/catch.hpp>

#include <string>

#include "fixtures.h"
#include "open311/new_request.h"

using namespace hotline::open311;

namespace {

DecodeError decode_failure(const std::string& body) {
  const auto decoded = decode_new_request(body);
  REQUIRE_FALSE(decoded.has_value());
  return decoded.error();
}

}  // namespace

TEST_CASE("the builder writes attribute[CODE] and repeated attribute[CODE][] fields") {
  NewRequest r;
  r.service_code = "noise";
  r.description = "打桩 & 噪音";
  r.lat = 26.0745;
  r.lon = 119.2965;
  r.attributes = {{"WHEN", {"23:00"}, false}, {"KIND", {"pile", "truck"}, true}};
  CHECK(encode_new_request(r) ==
        "service_code=noise&description=%E6%89%93%E6%A1%A9+%26+%E5%99%AA%E9%9F%B3&lat=26.0745&long=119.2965"
        "&attribute%5BWHEN%5D=23%3A00&attribute%5BKIND%5D%5B%5D=pile&attribute%5BKIND%5D%5B%5D=truck");
}

TEST_CASE("every field of a new request survives encode and decode") {
  const NewRequest request = fixtures::full_new_request();
  const auto decoded = decode_new_request(encode_new_request(request));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == request);
}

TEST_CASE("the server reads hand-written bodies with literal brackets and empty inputs") {
  const auto decoded = decode_new_request(
      "service_code=3205080101&email=&lat=26.1&long=119&attribute[DEPTH]=2&attribute[TAGS][]=a&attribute[TAGS][]=b"
      "&jurisdiction_id=fz&unknown=ignored");
  REQUIRE(decoded.has_value());
  CHECK(decoded->service_code == "3205080101");
  CHECK_FALSE(decoded->email.has_value());
  CHECK(decoded->lat == 26.1);
  CHECK(decoded->lon == 119.0);
  CHECK(decoded->jurisdiction_id == "fz");
  CHECK(decoded->attributes == std::vector<AttributeAnswer>{{"DEPTH", {"2"}, false}, {"TAGS", {"a", "b"}, true}});
}

TEST_CASE("single-valued fields may not repeat") {
  CHECK(decode_failure("service_code=a&service_code=b").code == DecodeErrorCode::DuplicateField);
  CHECK(decode_failure("service_code=a&phone=1&phone=2").field == "phone");
  CHECK(decode_failure("service_code=a&attribute[X]=1&attribute[X]=2").field == "attribute[X]");
  CHECK(decode_failure("service_code=a&attribute[X][]=1&attribute[X]=2").code == DecodeErrorCode::DuplicateField);
  CHECK(decode_failure("service_code=a&attribute[X]=1&attribute[X][]=2").code == DecodeErrorCode::DuplicateField);
}

TEST_CASE("malformed attribute names are invalid values") {
  for (const char* name : {"attribute[]", "attribute[X", "attribute[X]x", "attribute[X][0]"}) {
    INFO(name);
    const DecodeError error = decode_failure(std::string("service_code=a&") + name + "=1");
    CHECK(error.code == DecodeErrorCode::InvalidValue);
    CHECK(error.field == name);
  }
}

TEST_CASE("the server checks service_code, coordinates and description length") {
  CHECK(decode_failure("description=x").field == "service_code");
  CHECK(decode_failure("service_code=&description=x").code == DecodeErrorCode::MissingField);
  CHECK(decode_failure("service_code=a&lat=26").field == "long");
  CHECK(decode_failure("service_code=a&long=119").field == "lat");
  CHECK(decode_failure("service_code=a&lat=north&long=119").code == DecodeErrorCode::WrongType);
  CHECK(decode_failure("service_code=a&lat=0x1A&long=119").code == DecodeErrorCode::WrongType);
  CHECK(decode_failure("service_code=a&lat=91&long=119").code == DecodeErrorCode::InvalidValue);
  CHECK(decode_failure("service_code=a&lat=26&long=-180.5").field == "long");

  std::string at_limit;
  for (std::size_t i = 0; i < kMaxDescriptionChars; ++i) {
    at_limit += "坏";
  }
  CHECK(decode_new_request("service_code=a&description=" + percent_encode(at_limit)).has_value());
  const DecodeError too_long = decode_failure("service_code=a&description=" + percent_encode(at_limit + "了"));
  CHECK(too_long.code == DecodeErrorCode::TooLong);
  CHECK(too_long.field == "description");
}

TEST_CASE("form-level errors reach the caller unchanged") {
  CHECK(decode_failure("service_code=a&description=%E4").code == DecodeErrorCode::InvalidUtf8);
  CHECK(decode_failure("service_code=a%2").code == DecodeErrorCode::BadPercentEscape);
}
