// POST answer, tokens, discovery and error bodies: round trips, tolerance, and the client's fallback.
#include <catch2/catch.hpp>

#include "open311/api_error.h"
#include "open311/discovery.h"
#include "open311/request_created.h"

using namespace hotline::open311;

TEST_CASE("the POST answer round-trips for realtime and batch services") {
  const std::vector<RequestCreated> created = {
      {"FZ20250310000123", std::nullopt, "投诉类诉求将在 10 个工作日内办结。", "acct-77"},
      {std::nullopt, "tok-8c1f", std::nullopt, std::nullopt},
  };
  const auto decoded = decode_request_created(encode_request_created(created));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == created);
}

TEST_CASE("a POST answer needs an id or a token") {
  const auto numeric = decode_request_created(R"([{"service_request_id": 293944, "service_notice": null}])");
  REQUIRE(numeric.has_value());
  CHECK(numeric->at(0).service_request_id == "293944");

  const auto neither = decode_request_created(R"([{"service_notice": "thanks"}])");
  REQUIRE_FALSE(neither.has_value());
  CHECK(neither.error().code == DecodeErrorCode::MissingField);
  CHECK(neither.error().field == "[0].service_request_id");
}

TEST_CASE("token answers round-trip, with and without the id") {
  const std::vector<TokenStatus> statuses = {{"FZ1", "tok-1"}, {std::nullopt, "tok-2"}};
  const auto decoded = decode_token_status(encode_token_status(statuses));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == statuses);

  const auto missing = decode_token_status(R"([{"service_request_id": "FZ1"}])");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().field == "[0].token");
}

TEST_CASE("discovery round-trips and is an object, not a list") {
  const Discovery discovery{"2025-01-01T00:00:00+08:00",
                            "福州市 12345 便民服务平台",
                            "https://12345.fuzhou.example/key",
                            {{"http://wiki.open311.org/GeoReport_v2",
                              "https://12345.fuzhou.example/open311/v2",
                              "2025-01-01T00:00:00+08:00",
                              "production",
                              {"application/json"}},
                             {"http://wiki.open311.org/GeoReport_v2",
                              "https://test.12345.fuzhou.example/open311/v2",
                              std::nullopt,
                              "test",
                              {"application/json", "text/xml"}}}};
  const auto decoded = decode_discovery(encode_discovery(discovery));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == discovery);

  const auto list = decode_discovery("[]");
  REQUIRE_FALSE(list.has_value());
  CHECK(list.error().code == DecodeErrorCode::WrongTopLevel);
  const auto bad_format = decode_discovery(R"({"endpoints":[{"specification":"s","url":"u","formats":[1]}]})");
  REQUIRE_FALSE(bad_format.has_value());
  CHECK(bad_format.error().field == "endpoints[0].formats[0]");
}

TEST_CASE("error bodies round-trip and accept string codes") {
  const std::vector<ApiError> errors = {{400, "service_code 不存在"}, {403, "api_key invalid"}};
  const auto decoded = decode_errors(encode_errors(errors));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == errors);

  const auto strings = decode_errors(R"([{"code": "404", "description": "not found"}, {"code": 400}])");
  REQUIRE(strings.has_value());
  CHECK(*strings == std::vector<ApiError>{{404, "not found"}, {400, ""}});
}

TEST_CASE("the client reads any error answer without failing") {
  const auto open311 = read_error_response(403, R"([{"code":403,"description":"api_key 无效"}])");
  CHECK(open311.from_body);
  CHECK(open311.errors == std::vector<ApiError>{{403, "api_key 无效"}});
  CHECK(open311.message_key == "open311.http.forbidden");

  for (const char* body : {"<html><body>502 Bad Gateway</body></html>", "", "[]", R"({"error":"x"})",
                           R"([{"description":"no code"}])", "\xFF\xFE"}) {
    INFO(body);
    const auto fallback = read_error_response(502, body);
    CHECK_FALSE(fallback.from_body);
    CHECK(fallback.errors == std::vector<ApiError>{{502, ""}});
    CHECK(fallback.message_key == "open311.http.server_error");
  }
}

TEST_CASE("HTTP statuses map to catalog keys") {
  CHECK(http_status_message_key(400) == "open311.http.bad_request");
  CHECK(http_status_message_key(401) == "open311.http.forbidden");
  CHECK(http_status_message_key(404) == "open311.http.not_found");
  CHECK(http_status_message_key(503) == "open311.http.server_error");
  CHECK(http_status_message_key(429) == "open311.http.failed");
}
