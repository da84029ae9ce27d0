// Route patterns matched by hand: literal segments, {captures}, the .json/.xml suffix, a /* rest, and
// paths of any length in one linear pass.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "http/path_pattern.h"

using hotline::server::http::PathPattern;
using Captures = std::vector<std::string>;

TEST_CASE("literal patterns match their path exactly") {
  const PathPattern healthz("/healthz");
  CHECK(healthz.match("/healthz") == Captures{"/healthz"});
  CHECK_FALSE(healthz.match("/healthz/"));
  CHECK_FALSE(healthz.match("/healthzz"));
  CHECK_FALSE(healthz.match("healthz"));
  CHECK_FALSE(healthz.match(""));
  const PathPattern config("/config.json");
  CHECK(config.match("/config.json"));
  CHECK_FALSE(config.match("/configxjson"));  // '.' is a dot, not "any character"
}

TEST_CASE("captures take one non-empty segment, or its part between literal text") {
  const PathPattern rating("/open311/v2/requests/{id}/rating.json");
  CHECK(rating.match("/open311/v2/requests/20250101000001/rating.json") ==
        Captures{"/open311/v2/requests/20250101000001/rating.json", "20250101000001"});
  CHECK_FALSE(rating.match("/open311/v2/requests//rating.json"));
  CHECK_FALSE(rating.match("/open311/v2/requests/a/b/rating.json"));
  const PathPattern action("/open311/v2/operator/requests/{id}/{action}.json");
  CHECK(action.match("/open311/v2/operator/requests/7/accept.json") ==
        Captures{"/open311/v2/operator/requests/7/accept.json", "7", "accept"});
  CHECK_FALSE(action.match("/open311/v2/operator/requests/7/.json"));
  CHECK_FALSE(action.match("/open311/v2/operator/requests/7/accept.xml"));
}

TEST_CASE("a .{format} suffix is .json or .xml and is not captured") {
  const PathPattern request("/open311/v2/requests/{id}.{format}");
  CHECK(request.match("/open311/v2/requests/42.json") == Captures{"/open311/v2/requests/42.json", "42"});
  CHECK(request.match("/open311/v2/requests/42.xml") == Captures{"/open311/v2/requests/42.xml", "42"});
  // The suffix is taken from the end, as the regular expression's greedy capture did.
  CHECK(request.match("/open311/v2/requests/42.json.xml") == Captures{"/open311/v2/requests/42.json.xml", "42.json"});
  CHECK_FALSE(request.match("/open311/v2/requests/42.html"));
  CHECK_FALSE(request.match("/open311/v2/requests/42"));
  CHECK_FALSE(request.match("/open311/v2/requests/.json"));
  CHECK_FALSE(request.match("/open311/v2/requests.json"));
  const PathPattern list("/open311/v2/requests.{format}");
  CHECK(list.match("/open311/v2/requests.xml"));
  CHECK_FALSE(list.match("/open311/v2/requests/42.xml"));
}

TEST_CASE("a /* rest matches every path below it, the bare one included for /*") {
  const PathPattern any("/*");
  CHECK(any.match("/"));
  CHECK(any.match("/index.html"));
  CHECK(any.match("/assets/fonts/a.ttf"));
  CHECK_FALSE(any.match("index.html"));
  const PathPattern below("/assets/*");
  CHECK(below.match("/assets/"));
  CHECK(below.match("/assets/a/b"));
  CHECK_FALSE(below.match("/assets"));
  CHECK_FALSE(below.match("/other/a"));
}

TEST_CASE("paths far beyond the target limit match in one pass, without recursion") {
  // std::regex overflowed the stack on paths like these; the connection layer answers 414 for
  // anything over 4 KiB (integration test hostile_path_test.cpp), this is the matcher on its own.
  const PathPattern request("/open311/v2/requests/{id}.{format}");
  for (const std::size_t length : {std::size_t{8000}, std::size_t{1} << 20}) {
    const std::string id(length, '7');
    const auto found = request.match("/open311/v2/requests/" + id + ".json");
    REQUIRE(found);
    CHECK((*found)[1] == id);
    CHECK_FALSE(request.match("/open311/v2/requests/" + id + "/x.json"));
    CHECK_FALSE(request.match("/" + std::string(length, '/') + ".json"));
  }
}

TEST_CASE("patterns in the old regular-expression syntax are refused when the route is added") {
  CHECK_THROWS_AS(PathPattern(R"(/config\.json)"), std::invalid_argument);
  CHECK_THROWS_AS(PathPattern(R"(/media/([0-9a-f]{64}))"), std::invalid_argument);
  CHECK_THROWS_AS(PathPattern("/.*"), std::invalid_argument);
  CHECK_THROWS_AS(PathPattern("/requests/{}.json"), std::invalid_argument);
  CHECK_THROWS_AS(PathPattern("/requests/{id.json"), std::invalid_argument);
  CHECK_THROWS_AS(PathPattern("/requests/{a}{b}.json"), std::invalid_argument);
  CHECK_THROWS_AS(PathPattern("healthz"), std::invalid_argument);
  CHECK_NOTHROW(PathPattern("/open311/v2/tokens/{token}.{format}"));
}
