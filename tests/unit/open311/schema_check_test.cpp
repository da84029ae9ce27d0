// The schema checker itself: it must reject bad documents, or the conformance tests prove nothing.
#include <catch2/catch.hpp>

#include <string>

#include "schema_check.h"

using hotline::open311::testing::SchemaChecker;
using nlohmann::json;

namespace {

const std::string kSchemas = std::string(HOTLINE_SOURCE_DIR) + "/tests/unit/open311/schemas";

json valid_request() {
  return {{"service_request_id", "1"},
          {"status", "open"},
          {"service_code", "a"},
          {"requested_datetime", "2025-03-10T08:45:00+08:00"},
          {"lat", 26.07},
          {"media_url", "https://x.example/p.jpg"}};
}

}  // namespace

TEST_CASE("a valid document passes through $ref into the item schema") {
  SchemaChecker checker(kSchemas);
  CHECK(checker.check(json::array({valid_request()}), "requests.json").empty());
}

TEST_CASE("each kind of violation is found, with its path") {
  SchemaChecker checker(kSchemas);
  const auto first_path = [&](json request) {
    const auto violations = checker.check(json::array({std::move(request)}), "requests.json");
    REQUIRE(violations.size() == 1);
    return violations[0].path;
  };
  json missing = valid_request();
  missing.erase("service_code");
  CHECK(first_path(missing) == "[0].service_code");
  json wrong_enum = valid_request();
  wrong_enum["status"] = "pending";
  CHECK(first_path(wrong_enum) == "[0].status");
  json wrong_type = valid_request();
  wrong_type["service_request_id"] = 1;
  CHECK(first_path(wrong_type) == "[0].service_request_id");
  json string_lat = valid_request();
  string_lat["lat"] = "26.07";  // anyOf number|null
  CHECK(first_path(string_lat) == "[0].lat");
  json bad_date = valid_request();
  bad_date["requested_datetime"] = "2025-03-10 08:45";
  CHECK(first_path(bad_date) == "[0].requested_datetime");
  json bad_uri = valid_request();
  bad_uri["media_url"] = "not a uri";
  CHECK(first_path(bad_uri) == "[0].media_url");
  json long_text = valid_request();
  long_text["description"] = std::string(4001, 'x');
  CHECK(first_path(long_text) == "[0].description");

  CHECK_FALSE(checker.check(json::object(), "requests.json").empty());
}

TEST_CASE("maxLength counts characters, not bytes") {
  SchemaChecker checker(kSchemas);
  json request = valid_request();
  std::string chinese;
  for (int i = 0; i < 4000; ++i) {
    chinese += "坏";
  }
  request["description"] = chinese;  // 12000 bytes, 4000 characters
  CHECK(checker.check(json::array({request}), "requests.json").empty());
}

TEST_CASE("integer accepts integral numbers only") {
  SchemaChecker checker(kSchemas);
  json definition = {
      {"service_code", "a"},
      {"attributes", {{{"variable", true}, {"code", "X"}, {"datatype", "text"}, {"required", false}, {"order", 1.5}}}}};
  CHECK(checker.check(definition, "service-definition.json").size() == 1);
  definition["attributes"][0]["order"] = 2;
  CHECK(checker.check(definition, "service-definition.json").empty());
}

TEST_CASE("unsupported keywords and missing schema files fail instead of passing") {
  SchemaChecker checker(kSchemas);
  checker.add_schema("pattern.json", {{"type", "string"}, {"pattern", "^a"}});
  const auto violations = checker.check("abc", "pattern.json");
  REQUIRE(violations.size() == 1);
  CHECK(violations[0].message == "unsupported schema keyword pattern");
  CHECK_FALSE(checker.check(json::array(), "no-such-schema.json").empty());
}
