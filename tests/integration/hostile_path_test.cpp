// Hostile requests (issue 26): long paths are 414 before any route matches them, a bad %-escape in a
// query code is answered like any wrong query code, wrong credentials are refused before the body is
// read, and failed codes and tokens meet a wall.
#include <catch2/catch.hpp>

#include "api_helpers.h"
#include "raw_connection.h"

using namespace hotline::integration;

namespace {

// The answer to a POST head declaring a 40 MiB body that is never sent.
std::string answer_to_head(int port, const std::string& target, const std::string& headers) {
  RawConnection raw(port);
  raw.send("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
           headers + "Content-Length: " + std::to_string(40u << 20) + "\r\n\r\n");
  return raw.read_until_closed();
}

}  // namespace

TEST_CASE("a wrong api_key or operator token is refused on the head, before the body is read") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  const int port = server.port();
  auto wrong_key = answer_to_head(port, "/open311/v2/requests.json?api_key=wrong-key", "");
  CHECK(status_of(wrong_key) == 403);
  CHECK(body_of(wrong_key).find("api_key: not valid") != std::string::npos);
  CHECK(status_of(answer_to_head(port, "/open311/v2/requests.json", "X-Api-Key: wrong-key\r\n")) == 403);
  const std::string accept = "/open311/v2/operator/requests/20250101000001/accept.json";
  auto no_token = answer_to_head(port, accept, "");
  CHECK(status_of(no_token) == 401);
  CHECK(no_token.find("WWW-Authenticate: Bearer") != std::string::npos);
  CHECK(status_of(answer_to_head(port, accept, "Authorization: Bearer wrong-token\r\n")) == 403);
  // A right key in the query string or the header is as good as one in the body.
  auto c = server.client();
  Fields fields = valid_complaint();
  fields.erase(fields.begin());  // api_key
  CHECK(post_form(c, std::string("/open311/v2/requests.json?api_key=") + kWebKey, fields)->status == 200);
  CHECK(post_form(c, "/open311/v2/requests.json", fields, {{"X-Api-Key", kWebKey}})->status == 200);
}

TEST_CASE("a path too long for the server is answered 414, whether or not it fits the head limit") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  for (const std::size_t length : {std::size_t{8000}, std::size_t{20000}}) {
    INFO(length);
    auto res = c.Get(("/open311/v2/requests/" + std::string(length, '7') + ".json").c_str());
    REQUIRE(res);
    CHECK(res->status == 414);
    CHECK(error_of(res) == "request target: longer than the server accepts");
  }
  // A long header is still the headers' fault.
  auto flooded = c.Get("/open311/v2/services.json", {{"X-Filler", std::string(20000, 'x')}});
  REQUIRE(flooded);
  CHECK(flooded->status == 431);
  // The server is still there, and a path of ordinary length is routed.
  CHECK(c.Get(("/open311/v2/requests/" + std::string(100, '7') + ".json").c_str())->status == 404);
}

TEST_CASE("a query code with a bad %-escape gets the wrong query code's answer") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  const std::string path = "/open311/v2/requests/" + made.id + ".json?query_code=";
  auto wrong = c.Get((path + "AAAAAAAAAA").c_str());
  REQUIRE(wrong->status == 403);
  for (const char* code : {"%ZZ", "%", "AB%4", "%zzAAAAAAAA"}) {
    INFO(code);
    auto bad = c.Get((path + code).c_str());
    CHECK(bad->status == 403);
    CHECK(bad->body == wrong->body);
  }
  // Escapes that decode to bytes that are not UTF-8 stay a 400 of the layer.
  CHECK(c.Get("/open311/v2/guides.json?q=%FF")->status == 400);
}

TEST_CASE("failed query codes and operator tokens meet a wall per address, and leave a log line") {
  TempDir dir;
  ServerOptions options{dir.file("h.db")};
  options.extra_config = R"("failure_limit": {"per_second": 0.01, "burst": 3})";
  ServerProcess server(dir, options);
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  const std::string path = "/open311/v2/requests/" + made.id + ".json?query_code=";
  for (int i = 0; i < 3; ++i) {
    CHECK(c.Get((path + "AAAAAAAAAA").c_str())->status == 403);
  }
  auto walled = c.Get((path + "AAAAAAAAAA").c_str());
  REQUIRE(walled->status == 429);
  CHECK(std::stoi(walled->get_header_value("Retry-After")) > 0);
  // Behind the wall even the right code waits: a guess cannot be confirmed there.
  CHECK(c.Get((path + made.query_code).c_str())->status == 429);
  CHECK(post_form(c, "/open311/v2/requests/" + made.id + "/rating.json",
                  {{"query_code", made.query_code}, {"satisfaction", "satisfied"}})
            ->status == 429);
  CHECK(c.Get(("/open311/v2/operator/requests/" + made.id + ".json").c_str(), operator_headers())->status == 429);
  CHECK(server.error_log().find("too many failed query codes from 127.0.0.1") != std::string::npos);
  CHECK(server.error_log().find("AAAAAAAAAA") == std::string::npos);
}
