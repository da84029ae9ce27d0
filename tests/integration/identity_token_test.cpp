// The identity token verifier (server/cases/identity_token.h) and its configuration key: a token is
// believed only when signed with the shared secret under HS256, in time, for this audience.
#include <catch2/catch.hpp>

#include <fstream>

#include "cases/identity_token.h"
#include "jwt_signing.h"
#include "server_config.h"
#include "server_process.h"

using hotline::integration::make_token;
using hotline::server::IdentityTokenError;
using hotline::server::verify_identity_token;

namespace {

constexpr std::int64_t kNow = 1'796'000'000;  // 2026-11-30
const std::string kSecret = "e-fuzhou-and-12345-share-this-secret-0001";

hotline::server::IdentityTokenConfig config() {
  return {kSecret, "efuzhou", "hotline-12345"};
}

nlohmann::json claims() {
  return {{"iss", "efuzhou"},  {"aud", "hotline-12345"}, {"iat", kNow - 5},
          {"exp", kNow + 300}, {"name", "王明"},         {"mobile", "+86 138-1234-5678"}};
}

const nlohmann::json kHeader = {{"alg", "HS256"}, {"typ", "JWT"}};

IdentityTokenError error_of(const std::string& token) {
  const auto result = verify_identity_token(token, config(), kNow);
  REQUIRE_FALSE(result);
  return result.error();
}

nlohmann::json with(nlohmann::json base, const std::string& name, const nlohmann::json& value) {
  base[name] = value;
  return base;
}

}  // namespace

TEST_CASE("a token signed with the shared secret gives the verified name and the normalised mobile") {
  const auto identity = verify_identity_token(make_token(kHeader, claims(), kSecret), config(), kNow);
  REQUIRE(identity);
  CHECK(identity->name == "王明");
  CHECK(identity->mobile == "13812345678");
  // aud may be a list naming this deployment among others.
  CHECK(verify_identity_token(make_token(kHeader, with(claims(), "aud", {"other", "hotline-12345"}), kSecret), config(),
                              kNow));
}

TEST_CASE("a forged signature, a changed claim or another secret is refused") {
  const std::string token = make_token(kHeader, claims(), kSecret);
  CHECK(error_of(make_token(kHeader, claims(), kSecret + "x")) == IdentityTokenError::Signature);
  // The claims of another citizen under the genuine signature.
  const std::string other = make_token(kHeader, with(claims(), "name", "李四"), kSecret);
  const auto dot = token.find('.');
  const auto last = token.rfind('.');
  CHECK(error_of(token.substr(0, dot) + other.substr(dot, other.rfind('.') - dot) + token.substr(last)) ==
        IdentityTokenError::Signature);
  CHECK(error_of(token.substr(0, last + 1)) == IdentityTokenError::Signature);
  CHECK(error_of(token.substr(0, token.size() - 2)) == IdentityTokenError::Signature);
  // Not configured: nothing verifies.
  CHECK_FALSE(verify_identity_token(token, {}, kNow));
}

TEST_CASE("the algorithm is pinned to HS256: none and every other algorithm are refused") {
  CHECK(error_of(make_token({{"alg", "none"}}, claims(), "")) == IdentityTokenError::Algorithm);
  CHECK(error_of(make_token({{"alg", "none"}}, claims(), kSecret)) == IdentityTokenError::Algorithm);
  CHECK(error_of(make_token({{"alg", "HS512"}}, claims(), kSecret)) == IdentityTokenError::Algorithm);
  CHECK(error_of(make_token({{"alg", "RS256"}}, claims(), kSecret)) == IdentityTokenError::Algorithm);
  CHECK(error_of(make_token({{"alg", "hs256"}}, claims(), kSecret)) == IdentityTokenError::Algorithm);
  CHECK(error_of(make_token({{"typ", "JWT"}}, claims(), kSecret)) == IdentityTokenError::Algorithm);
  CHECK(error_of(make_token({{"alg", "HS256"}, {"crit", {"exp"}}}, claims(), kSecret)) ==
        IdentityTokenError::Algorithm);
}

TEST_CASE("expired, too old, issued in the future or not yet valid tokens are refused") {
  const auto token = [](const nlohmann::json& c) { return make_token(kHeader, c, kSecret); };
  CHECK(error_of(token(with(claims(), "exp", kNow - 61))) == IdentityTokenError::Expired);
  CHECK(verify_identity_token(token(with(claims(), "exp", kNow - 30)), config(), kNow));  // within the leeway
  CHECK(error_of(token(with(claims(), "iat", kNow - 700))) == IdentityTokenError::Expired);
  CHECK(error_of(token(with(claims(), "iat", kNow + 120))) == IdentityTokenError::NotYetValid);
  CHECK(error_of(token(with(claims(), "nbf", kNow + 120))) == IdentityTokenError::NotYetValid);
  CHECK(error_of(token(with(claims(), "exp", "tomorrow"))) == IdentityTokenError::Expired);
  auto no_exp = claims();
  no_exp.erase("exp");
  CHECK(error_of(token(no_exp)) == IdentityTokenError::Expired);
}

TEST_CASE("issuer and audience must be the configured ones") {
  const auto token = [](const nlohmann::json& c) { return make_token(kHeader, c, kSecret); };
  CHECK(error_of(token(with(claims(), "iss", "wechat"))) == IdentityTokenError::Issuer);
  CHECK(error_of(token(with(claims(), "aud", "another-app"))) == IdentityTokenError::Audience);
  CHECK(error_of(token(with(claims(), "aud", nlohmann::json::array()))) == IdentityTokenError::Audience);
}

TEST_CASE("the name and mobile must be what the contact step takes") {
  const auto token = [](const nlohmann::json& c) { return make_token(kHeader, c, kSecret); };
  CHECK(error_of(token(with(claims(), "mobile", "12345"))) == IdentityTokenError::Claims);
  CHECK(error_of(token(with(claims(), "mobile", "02812345678"))) == IdentityTokenError::Claims);
  CHECK(error_of(token(with(claims(), "mobile", 13812345678LL))) == IdentityTokenError::Claims);
  CHECK(error_of(token(with(claims(), "name", "   "))) == IdentityTokenError::Claims);
  CHECK(error_of(token(with(claims(), "name", std::string(51, 'a')))) == IdentityTokenError::Claims);
  CHECK(error_of(token(with(claims(), "name", "王\x01明"))) == IdentityTokenError::Claims);
}

TEST_CASE("what is not a token at all is refused without reading it") {
  for (const char* bad : {"", "abc", "a.b", "a.b.c.d", "eyJhbGciOiJIUzI1NiJ9=.e30.", "!!.??.**"}) {
    CAPTURE(bad);
    CHECK(error_of(bad) == IdentityTokenError::Malformed);
  }
  // Longer than any token a host passes: refused before it is decoded.
  const std::string valid = make_token(kHeader, claims(), kSecret);
  CHECK(error_of(valid + std::string(5000, 'A')) == IdentityTokenError::Malformed);
}

TEST_CASE("the identity key of the configuration: secret, issuer and audience, or a clear refusal") {
  hotline::integration::TempDir dir;
  const auto load = [&](const std::string& identity, std::string& error) {
    std::ofstream(dir.file("c.json")) << R"({"api_keys": [{"client": "web", "key": "web-key-123", "channel": "web"}])"
                                      << identity << "}";
    hotline::server::ServerConfig config;
    const bool ok = hotline::server::load_config_file(dir.file("c.json"), config, error);
    return ok ? std::optional(config.identity) : std::nullopt;
  };
  std::string error;
  const auto none = load("", error);
  REQUIRE(none);
  CHECK(none->secret.empty());
  const auto set = load(R"(, "identity": {"hs256_secret": ")" + kSecret +
                            R"(", "issuer": "efuzhou", "audience": "hotline-12345", "max_age_s": 120})",
                        error);
  REQUIRE(set);
  CHECK(set->secret == kSecret);
  CHECK(set->issuer == "efuzhou");
  CHECK(set->audience == "hotline-12345");
  CHECK(set->max_age_s == 120);
  CHECK(set->leeway_s == 60);
  CHECK_FALSE(load(R"(, "identity": {"hs256_secret": "short", "issuer": "efuzhou", "audience": "x"})", error));
  CHECK(error.find("hs256_secret (32+ characters)") != std::string::npos);
  CHECK_FALSE(load(R"(, "identity": {"hs256_secret": ")" + kSecret + R"(", "issuer": "efuzhou"})", error));
  CHECK(error.find("audience") != std::string::npos);
}
