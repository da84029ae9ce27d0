// The category screen's catalog over HTTP: service extensions (type, location, legal deadline).
#include <catch2/catch.hpp>

#include <map>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

// services.json as a map from service_code to the service object.
std::map<std::string, nlohmann::json> by_code(const httplib::Result& res) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& service : json_of(res)) {
    out[service["service_code"].get<std::string>()] = service;
  }
  return out;
}

}  // namespace

TEST_CASE("services.json?extensions=true gives each service its request type, location need and deadline") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();

  auto plain = c.Get("/open311/v2/services.json");
  REQUIRE(plain->status == 200);
  for (const auto& service : json_of(plain)) {
    CHECK_FALSE(service.contains("extended_attributes"));
  }

  auto extended = c.Get("/open311/v2/services.json?extensions=true");
  REQUIRE(extended->status == 200);
  const auto services = by_code(extended);
  CHECK(services.size() == json_of(plain).size());
  // Seed: BJ-0101 is a complaint on the convenience list (3 days), BJ-0106 a complaint off it (10),
  // SJ-0601 a help request (3), ZX-0101 a consultation without a place (2).
  const auto extensions_of = [&](const std::string& code) { return services.at(code)["extended_attributes"]; };
  CHECK(extensions_of("BJ-0101") ==
        nlohmann::json{{"request_type", "complaint"}, {"needs_location", true}, {"deadline_working_days", 3}});
  CHECK(extensions_of("BJ-0106")["deadline_working_days"] == 10);
  CHECK(extensions_of("SJ-0601")["request_type"] == "help");
  CHECK(extensions_of("SJ-0601")["deadline_working_days"] == 3);
  CHECK(extensions_of("ZX-0101") ==
        nlohmann::json{{"request_type", "consultation"}, {"needs_location", false}, {"deadline_working_days", 2}});
  for (const auto& [code, service] : services) {
    if (code.rfind("JY-", 0) == 0) {
      CHECK(service["extended_attributes"]["request_type"] == "suggestion");
      CHECK(service["extended_attributes"]["deadline_working_days"] == 5);
    }
  }
  // Another body, so another tag: a cache keeps both.
  CHECK(extended->get_header_value("ETag") != plain->get_header_value("ETag"));

  auto xml = c.Get("/open311/v2/services.xml?extensions=true");
  REQUIRE(xml->status == 200);
  CHECK(xml->body.find("<service_code>ZX-0101</service_code>") != std::string::npos);
  CHECK(xml->body.find("<extended_attributes><deadline_working_days>2</deadline_working_days><needs_location>"
                       "false</needs_location><request_type>consultation</request_type></extended_attributes>") !=
        std::string::npos);
}
