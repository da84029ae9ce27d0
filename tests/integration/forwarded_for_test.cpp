// Behind a reverse proxy: the rate limiter honours X-Forwarded-For only from configured trusted
// proxies, and then only the address the proxy appended; the access log records that client.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

int submit_from(httplib::Client& c, const std::string& forwarded_for) {
  return post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"X-Forwarded-For", forwarded_for}})->status;
}

}  // namespace

TEST_CASE("X-Forwarded-For of a trusted proxy names the rate-limited client; nobody else's counts") {
  TempDir dir;
  // Two submissions per address, then 429 for about three hours.
  ServerOptions behind_proxy{dir.file("proxied.db"), "", 0.0001, 2};
  behind_proxy.extra_config = R"("trusted_proxies": ["127.0.0.1"])";
  {
    ServerProcess server(dir, behind_proxy);
    auto c = server.client();
    CHECK(submit_from(c, "203.0.113.5") == 200);
    CHECK(submit_from(c, "203.0.113.5") == 200);
    CHECK(submit_from(c, "203.0.113.5") == 429);
    CHECK(submit_from(c, "203.0.113.6") == 200);  // another citizen behind the same proxy
    // Entries a client wrote itself stand left of the one the proxy appended: they change nothing.
    CHECK(submit_from(c, "198.51.100.1, 203.0.113.5") == 429);
    CHECK(submit_from(c, "203.0.113.5, 203.0.113.6") == 200);
    CHECK(submit_from(c, "203.0.113.5, 203.0.113.6") == 429);
    // Without the header the proxy itself is the client.
    CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint())->status == 200);
    // The access log names the client the proxy forwarded, and the proxy beside it.
    std::ifstream log(dir.file("access.log"));
    int forwarded = 0;
    for (std::string line; std::getline(log, line);) {
      const auto entry = json_of_text(line);
      if (entry.value("remote", "") == "203.0.113.6") {
        CHECK(entry.value("proxy", "") == "127.0.0.1");
        ++forwarded;
      }
    }
    CHECK(forwarded == 3);
  }
  // Not configured as trusted: the header is ignored and every submission shares the peer's bucket.
  ServerProcess direct(dir, {dir.file("direct.db"), "", 0.0001, 2});
  auto c = direct.client();
  CHECK(submit_from(c, "203.0.113.5") == 200);
  CHECK(submit_from(c, "203.0.113.6") == 200);
  CHECK(submit_from(c, "203.0.113.7") == 429);
}
