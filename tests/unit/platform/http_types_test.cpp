// Header lookup is case-insensitive; codes of methods and network errors.
#include <catch2/catch.hpp>

#include "platform/http_types.h"

using namespace hotline::platform;

TEST_CASE("headers are found whatever their case") {
  HttpResponse response;
  response.headers = {{"Content-Type", "application/json"}, {"etag", "\"v1\""}};
  REQUIRE(response.header("content-type") != nullptr);
  CHECK(*response.header("content-type") == "application/json");
  REQUIRE(response.header("ETag") != nullptr);
  CHECK(*response.header("ETag") == "\"v1\"");
  CHECK(response.header("Retry-After") == nullptr);
  CHECK_FALSE(header_name_equals("ETag", "ETags"));
}

TEST_CASE("codes") {
  CHECK(to_code(HttpMethod::Get) == "GET");
  CHECK(to_code(HttpMethod::Post) == "POST");
  CHECK(to_code(NetworkErrorCode::Offline) == "offline");
  CHECK(to_code(NetworkErrorCode::Timeout) == "timeout");
  CHECK(to_code(NetworkErrorCode::ConnectionLost) == "connection_lost");
  CHECK(to_code(NetworkErrorCode::Tls) == "tls");
  CHECK(to_code(NetworkErrorCode::Cancelled) == "cancelled");
  CHECK(to_code(NetworkErrorCode::Other) == "other");
}
