// Malformed bodies become typed DecodeErrors in every decoder: never a crash, never an exception.
#include <catch2/catch.hpp>

#include <functional>
#include <optional>
#include <string>

#include "open311/api_error.h"
#include "open311/discovery.h"
#include "open311/request_created.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/service_request.h"

using namespace hotline::open311;

namespace {

using Decoder = std::function<std::optional<DecodeError>(std::string_view, const DecodeLimits&)>;

template <typename Decode>
Decoder wrap(Decode decode) {
  return [decode](std::string_view body, const DecodeLimits& limits) -> std::optional<DecodeError> {
    const auto result = decode(body, limits);
    if (result) {
      return std::nullopt;
    }
    return result.error();
  };
}

struct NamedDecoder {
  const char* name;
  Decoder decode;
  bool list;  // top level is an array
};

const std::vector<NamedDecoder>& all_decoders() {
  static const std::vector<NamedDecoder> decoders = {
      {"services", wrap(decode_services), true},
      {"service definition", wrap(decode_service_definition), false},
      {"requests", wrap(decode_requests), true},
      {"request created", wrap(decode_request_created), true},
      {"token status", wrap(decode_token_status), true},
      {"discovery", wrap(decode_discovery), false},
      {"errors", wrap(decode_errors), true},
  };
  return decoders;
}

DecodeErrorCode first_error(const char* body) {
  const auto error = wrap(decode_requests)(body, DecodeLimits{});
  REQUIRE(error.has_value());
  return error->code;
}

std::string field_of(const char* body) {
  const auto error = wrap(decode_requests)(body, DecodeLimits{});
  REQUIRE(error.has_value());
  return error->field;
}

}  // namespace

TEST_CASE("bodies that are not JSON, not UTF-8, too deep or too big fail in every decoder") {
  DecodeLimits limits;
  limits.max_bytes = 4096;
  limits.max_depth = 8;
  const std::string deep = std::string(9, '[') + std::string(9, ']');
  const std::string deep_object = R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{}}}}}}}}})";
  const std::string huge = "[" + std::string(5000, ' ') + "]";
  const std::vector<std::pair<std::string, DecodeErrorCode>> cases = {
      {"", DecodeErrorCode::NotJson},
      {"<html>502</html>", DecodeErrorCode::NotJson},
      {"[{\"a\":1}", DecodeErrorCode::NotJson},
      {"[] []", DecodeErrorCode::NotJson},
      {"[\"\xFF\"]", DecodeErrorCode::InvalidUtf8},
      {"[\"\\ud800\"]", DecodeErrorCode::NotJson},  // lone surrogate escape
      {deep, DecodeErrorCode::TooDeep},
      {deep_object, DecodeErrorCode::TooDeep},
      {huge, DecodeErrorCode::TooLarge},
  };
  for (const auto& decoder : all_decoders()) {
    for (const auto& [body, code] : cases) {
      INFO(decoder.name << ": " << body.substr(0, 40));
      const auto error = decoder.decode(body, limits);
      REQUIRE(error.has_value());
      CHECK(error->code == code);
      CHECK(error->message_key == "open311.error." + std::string(to_code(code)));
    }
  }
}

TEST_CASE("brackets inside strings do not count as nesting") {
  DecodeLimits limits;
  limits.max_depth = 2;
  const auto decoded = decode_errors(R"([{"code":400,"description":"[[[[{{{{ \"[[\" "}])", limits);
  REQUIRE(decoded.has_value());
  CHECK(decoded->at(0).description == R"([[[[{{{{ "[[" )");
}

TEST_CASE("the wrong top-level type is reported as such") {
  for (const auto& decoder : all_decoders()) {
    for (const char* body : {"42", "\"x\"", "null", "true", decoder.list ? "{}" : "[]"}) {
      INFO(decoder.name << ": " << body);
      const auto error = decoder.decode(body, DecodeLimits{});
      REQUIRE(error.has_value());
      CHECK(error->code == DecodeErrorCode::WrongTopLevel);
    }
  }
}

TEST_CASE("uncoercible field types are wrong types, with the field path") {
  const char* base = R"("service_request_id":"1","status":"open","service_code":"a","requested_datetime":"2025-01-01")";
  const auto body = [&](const std::string& extra) { return "[{" + std::string(base) + "," + extra + "}]"; };
  CHECK(first_error(body(R"("lat":"north")").c_str()) == DecodeErrorCode::WrongType);
  CHECK(first_error(body(R"("lat":"1e999")").c_str()) == DecodeErrorCode::WrongType);  // no infinity via strings
  CHECK(first_error(body(R"("lat":true)").c_str()) == DecodeErrorCode::WrongType);
  CHECK(first_error(body(R"("address":12)").c_str()) == DecodeErrorCode::WrongType);
  CHECK(first_error(body(R"("address_id":1.5)").c_str()) == DecodeErrorCode::WrongType);
  CHECK(first_error(body(R"("address_id":{"x":1})").c_str()) == DecodeErrorCode::WrongType);
  CHECK(field_of(body(R"("extended_attributes":[])").c_str()) == "[0].extended_attributes");
  CHECK(field_of(body(R"("extended_attributes":{"notes":{}})").c_str()) == "[0].extended_attributes.notes");
  CHECK(field_of(body(R"("extended_attributes":{"deadline":{"due_datetime":"2025-01-01","overdue":"yes"}})").c_str()) ==
        "[0].extended_attributes.deadline.overdue");
  CHECK(field_of("[1]") == "[0]");
}

TEST_CASE("bad values are invalid values") {
  const char* base = R"("service_request_id":"1","service_code":"a","requested_datetime":"2025-01-01")";
  const auto body = [&](const std::string& extra) { return "[{" + std::string(base) + "," + extra + "}]"; };
  CHECK(first_error(body(R"("status":"pending")").c_str()) == DecodeErrorCode::InvalidValue);
  CHECK(first_error(body(R"("status":"open","lat":95)").c_str()) == DecodeErrorCode::InvalidValue);
  CHECK(first_error(body(R"("status":"open","long":"-200.5")").c_str()) == DecodeErrorCode::InvalidValue);
  CHECK(first_error(body(R"("status":"open","updated_datetime":"yesterday")").c_str()) ==
        DecodeErrorCode::InvalidValue);
  CHECK(field_of(body(R"("status":"open","extended_attributes":{"channel":"fax"})").c_str()) ==
        "[0].extended_attributes.channel");
  CHECK(field_of(
            body(R"("status":"open","extended_attributes":{"rating":{"satisfaction":"meh","datetime":"2025-01-01"}})")
                .c_str()) == "[0].extended_attributes.rating.satisfaction");
  CHECK(field_of(body(R"("status":"open","extended_attributes":{"photos":[{"content_type":"image/png","byte_size":-1,)"
                      R"("width":1,"height":1,"sha256":"x"}]})")
                     .c_str()) == "[0].extended_attributes.photos[0].byte_size");
}

TEST_CASE("missing required fields are reported, null counts as missing") {
  CHECK(field_of(R"([{"status":"open","service_code":"a","requested_datetime":"2025-01-01"}])") ==
        "[0].service_request_id");
  CHECK(
      field_of(R"([{"service_request_id":"","status":"open","service_code":"a","requested_datetime":"2025-01-01"}])") ==
      "[0].service_request_id");
  CHECK(
      field_of(R"([{"service_request_id":"1","status":null,"service_code":"a","requested_datetime":"2025-01-01"}])") ==
      "[0].status");
  CHECK(first_error(R"([{"service_request_id":"1","status":"open","service_code":"a"}])") ==
        DecodeErrorCode::MissingField);
  CHECK(field_of(R"([{"service_request_id":"1","status":"open","service_code":"a","requested_datetime":"2025-01-01",)"
                 R"("extended_attributes":{"notes":[{"summary":"x"}]}}])") ==
        "[0].extended_attributes.notes[0].datetime");
  const auto definition = decode_service_definition(R"({"service_code":"a"})");
  REQUIRE_FALSE(definition.has_value());
  CHECK(definition.error().code == DecodeErrorCode::MissingField);
  CHECK(definition.error().field == "attributes");
}

TEST_CASE("the first error wins and later items are not read") {
  const auto decoded = decode_services(
      R"([{"service_code":"a","service_name":"b","metadata":true,"type":"batch"},
          {"service_code":"a","service_name":7,"metadata":"maybe","type":"batch"}])");
  REQUIRE_FALSE(decoded.has_value());
  CHECK(decoded.error().field == "[1].service_name");
  CHECK(decoded.error().code == DecodeErrorCode::WrongType);
}
