// HS256 identity tokens checked with OpenSSL's HMAC-SHA256 (docs/decisions/identity_token.md says why
// not a JWT library): nothing of a token is read before its signature matched.
#include "cases/identity_token.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/field_limits.h"
#include "domain/mobile.h"
#include "domain/text_field.h"

namespace hotline::server {

namespace {

// Tokens a host passes are a few hundred bytes; anything this long is not one.
constexpr std::size_t kMaxTokenBytes = 4096;

// RFC 7515's base64url without padding; nullopt for any other character or an impossible length.
std::optional<std::string> base64url_decode(std::string_view text) {
  if (text.size() % 4 == 1) {
    return std::nullopt;
  }
  std::string out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t bits = 0;
  int count = 0;
  for (const char c : text) {
    int value = -1;
    if (c >= 'A' && c <= 'Z') {
      value = c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      value = c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      value = c - '0' + 52;
    } else if (c == '-') {
      value = 62;
    } else if (c == '_') {
      value = 63;
    } else {
      return std::nullopt;
    }
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out.push_back(static_cast<char>((bits >> count) & 0xFF));
    }
  }
  return out;
}

std::optional<nlohmann::json> json_object(std::string_view part) {
  const auto text = base64url_decode(part);
  if (!text) {
    return std::nullopt;
  }
  auto doc = nlohmann::json::parse(*text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return std::nullopt;
  }
  return doc;
}

std::optional<std::int64_t> seconds_claim(const nlohmann::json& claims, const char* name) {
  const auto found = claims.find(name);
  if (found == claims.end() || !found->is_number()) {
    return std::nullopt;
  }
  const double value = found->get<double>();
  if (!(value > -1e15 && value < 1e15)) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(value);
}

bool audience_matches(const nlohmann::json& claims, const std::string& audience) {
  const auto aud = claims.find("aud");
  if (aud == claims.end()) {
    return false;
  }
  if (aud->is_string()) {
    return aud->get<std::string>() == audience;
  }
  if (aud->is_array()) {
    for (const auto& one : *aud) {
      if (one.is_string() && one.get<std::string>() == audience) {
        return true;
      }
    }
  }
  return false;
}

bool signature_matches(std::string_view signed_part, std::string_view signature_part, const std::string& secret) {
  const auto signature = base64url_decode(signature_part);
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int mac_length = 0;
  if (!signature || secret.empty() ||
      HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
           reinterpret_cast<const unsigned char*>(signed_part.data()), signed_part.size(), mac.data(),
           &mac_length) == nullptr) {
    return false;
  }
  return signature->size() == mac_length && CRYPTO_memcmp(signature->data(), mac.data(), mac_length) == 0;
}

base::Expected<VerifiedIdentity, IdentityTokenError> person_of(const nlohmann::json& claims) {
  const auto name = claims.find("name");
  const auto mobile = claims.find("mobile");
  if (name == claims.end() || !name->is_string() || mobile == claims.end() || !mobile->is_string()) {
    return base::unexpected(IdentityTokenError::Claims);
  }
  const std::string& name_text = name->get_ref<const std::string&>();
  const auto rule = domain::text_rule(domain::Field::ContactName, domain::ValidationRules{});
  if (!rule || domain::check_text(domain::Field::ContactName, name_text, *rule)) {
    return base::unexpected(IdentityTokenError::Claims);
  }
  auto number = domain::normalize_mobile(mobile->get_ref<const std::string&>());
  if (!number) {
    return base::unexpected(IdentityTokenError::Claims);
  }
  return VerifiedIdentity{std::string(domain::trim_space(name_text)), std::move(*number)};
}

}  // namespace

const char* describe(IdentityTokenError error) {
  switch (error) {
    case IdentityTokenError::Malformed:
      return "not a JSON Web Token";
    case IdentityTokenError::Algorithm:
      return "algorithm is not HS256";
    case IdentityTokenError::Signature:
      return "signature does not match";
    case IdentityTokenError::Expired:
      return "expired or too old";
    case IdentityTokenError::NotYetValid:
      return "issued in the future or not yet valid";
    case IdentityTokenError::Issuer:
      return "issuer does not match";
    case IdentityTokenError::Audience:
      return "audience does not match";
    case IdentityTokenError::Claims:
      return "name or mobile missing or not valid";
  }
  return "not valid";
}

base::Expected<VerifiedIdentity, IdentityTokenError> verify_identity_token(std::string_view token,
                                                                           const IdentityTokenConfig& config,
                                                                           std::int64_t now_unix) {
  using Error = IdentityTokenError;
  const auto first = token.find('.');
  const auto second = first == std::string_view::npos ? first : token.find('.', first + 1);
  if (token.size() > kMaxTokenBytes || second == std::string_view::npos ||
      token.find('.', second + 1) != std::string_view::npos) {
    return base::unexpected(Error::Malformed);
  }
  const auto header = json_object(token.substr(0, first));
  if (!header) {
    return base::unexpected(Error::Malformed);
  }
  // Pinned: the header's alg is the attacker's to write ("none", or RS256 with our secret as a key).
  const auto alg = header->find("alg");
  if (alg == header->end() || *alg != "HS256" || header->contains("crit")) {
    return base::unexpected(Error::Algorithm);
  }
  if (!signature_matches(token.substr(0, second), token.substr(second + 1), config.secret)) {
    return base::unexpected(Error::Signature);
  }
  const auto claims = json_object(token.substr(first + 1, second - first - 1));
  if (!claims) {
    return base::unexpected(Error::Malformed);
  }
  const auto exp = seconds_claim(*claims, "exp");
  const auto iat = seconds_claim(*claims, "iat");
  if (!exp || !iat || *exp + config.leeway_s <= now_unix || *iat + config.max_age_s + config.leeway_s < now_unix) {
    return base::unexpected(Error::Expired);
  }
  const auto nbf = seconds_claim(*claims, "nbf");
  if (*iat > now_unix + config.leeway_s || (nbf && *nbf > now_unix + config.leeway_s) ||
      (claims->contains("nbf") && !nbf)) {
    return base::unexpected(Error::NotYetValid);
  }
  const auto iss = claims->find("iss");
  if (iss == claims->end() || !iss->is_string() || *iss != config.issuer) {
    return base::unexpected(Error::Issuer);
  }
  if (!audience_matches(*claims, config.audience)) {
    return base::unexpected(Error::Audience);
  }
  return person_of(*claims);
}

}  // namespace hotline::server
