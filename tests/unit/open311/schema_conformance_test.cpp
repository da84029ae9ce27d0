// Our encoders' output validated against the Open311 GeoReport v2 JSON Schemas (copied in schemas/).
#include <catch2/catch.hpp>

#include <string>

#include "fixtures.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/service_request.h"
#include "schema_check.h"

using namespace hotline::open311;
using hotline::open311::testing::SchemaChecker;
using hotline::open311::testing::SchemaViolation;

namespace {

const std::string kSchemas = std::string(HOTLINE_SOURCE_DIR) + "/tests/unit/open311/schemas";

std::string describe(const std::vector<SchemaViolation>& violations) {
  std::string out;
  for (const auto& v : violations) {
    out += v.path + ": " + v.message + "\n";
  }
  return out;
}

void check_body(const std::string& body, const std::string& schema) {
  SchemaChecker checker(kSchemas);
  const auto document = nlohmann::json::parse(body);
  const auto violations = checker.check(document, schema);
  INFO(describe(violations));
  CHECK(violations.empty());
}

}  // namespace

TEST_CASE("encoded services conform to services.json") {
  check_body(encode_services(fixtures::services()), "services.json");
}

TEST_CASE("an encoded service definition conforms to service-definition.json") {
  check_body(encode_service_definition(fixtures::noise_definition()), "service-definition.json");
}

TEST_CASE("encoded requests, with extensions and without, conform to requests.json") {
  check_body(encode_requests({fixtures::full_request(), fixtures::minimal_request()}), "requests.json");
}

TEST_CASE("a request with a 4000-character Chinese description still conforms") {
  ServiceRequest r = fixtures::minimal_request();
  r.description = std::string();
  for (std::size_t i = 0; i < kMaxDescriptionChars; ++i) {
    *r.description += "井";
  }
  check_body(encode_requests({r}), "requests.json");
}
