// identity.json on the real server: a host's signed identity answered with the verified name and
// mobile; a forged or expired one answered 401 and logged with its reason, never with the token.
#include <catch2/catch.hpp>

#include <chrono>

#include "api_helpers.h"
#include "jwt_signing.h"

using namespace hotline::integration;

namespace {

const std::string kSecret = "e-fuzhou-and-12345-share-this-secret-0001";

std::int64_t now_unix() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

nlohmann::json claims() {
  return {{"iss", "efuzhou"},        {"aud", "hotline-12345"}, {"iat", now_unix()},
          {"exp", now_unix() + 300}, {"name", "王明"},         {"mobile", "13812345678"}};
}

ServerOptions with_identity(const TempDir& dir) {
  ServerOptions options{dir.file("h.db")};
  options.extra_config =
      R"("identity": {"hs256_secret": ")" + kSecret + R"(", "issuer": "efuzhou", "audience": "hotline-12345"})";
  return options;
}

}  // namespace

TEST_CASE("identity.json answers a verified token's name and mobile") {
  TempDir dir;
  ServerProcess server(dir, with_identity(dir));
  auto c = server.client();
  const auto token = make_token({{"alg", "HS256"}, {"typ", "JWT"}}, claims(), kSecret);
  const auto res = post_form(c, "/open311/v2/identity.json", {{"api_key", kWebKey}, {"token", token}});
  REQUIRE(res->status == 200);
  CHECK(json_of(res) == nlohmann::json({{"name", "王明"}, {"mobile", "13812345678"}}));
}

TEST_CASE("identity.json refuses a forged, unsigned or expired token with a log line naming the reason") {
  TempDir dir;
  ServerProcess server(dir, with_identity(dir));
  auto c = server.client();
  const auto forged = make_token({{"alg", "HS256"}}, claims(), "not-the-shared-secret-at-all-000000");
  auto expired_claims = claims();
  expired_claims["iat"] = now_unix() - 4000;
  expired_claims["exp"] = now_unix() - 3600;
  for (const auto& token :
       {forged, make_token({{"alg", "none"}}, claims(), ""), make_token({{"alg", "HS256"}}, expired_claims, kSecret)}) {
    const auto res = post_form(c, "/open311/v2/identity.json", {{"api_key", kWebKey}, {"token", token}});
    REQUIRE(res->status == 401);
    CHECK(res->body.find("王明") == std::string::npos);
  }
  const std::string log = server.error_log();
  CHECK(log.find("identity token ignored from 127.0.0.1: signature does not match") != std::string::npos);
  CHECK(log.find("identity token ignored from 127.0.0.1: algorithm is not HS256") != std::string::npos);
  CHECK(log.find("identity token ignored from 127.0.0.1: expired or too old") != std::string::npos);
  CHECK(log.find(forged) == std::string::npos);
  CHECK(log.find("13812345678") == std::string::npos);
}

TEST_CASE("identity.json without an identity key configured takes no token") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto token = make_token({{"alg", "HS256"}}, claims(), kSecret);
  const auto res = post_form(c, "/open311/v2/identity.json", {{"api_key", kWebKey}, {"token", token}});
  CHECK(res->status == 404);
  CHECK(server.error_log().find("identity token ignored: no identity key configured") != std::string::npos);
}
