// Test tokens: JSON Web Tokens signed with HMAC-SHA256 (or not at all), as a host app makes them.
#pragma once

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

#include <nlohmann/json.hpp>

namespace hotline::integration {

inline std::string base64url(const std::string& bytes) {
  static const char* const kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (const unsigned char c : bytes) {
    bits = (bits << 8) | c;
    count += 8;
    while (count >= 6) {
      count -= 6;
      out.push_back(kAlphabet[(bits >> count) & 63]);
    }
  }
  if (count > 0) {
    out.push_back(kAlphabet[(bits << (6 - count)) & 63]);
  }
  return out;
}

inline std::string hs256(const std::string& signed_part, const std::string& secret) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(signed_part.data()), signed_part.size(), mac, &length);
  return std::string(reinterpret_cast<const char*>(mac), length);
}

// header.claims.signature; the signature is HS256 over the first two parts with `secret`, whatever the
// header says (a forger's "none" token passes an empty secret and gets an empty signature).
inline std::string make_token(const nlohmann::json& header, const nlohmann::json& claims, const std::string& secret) {
  const std::string signed_part = base64url(header.dump()) + "." + base64url(claims.dump());
  return signed_part + "." + (secret.empty() ? std::string() : base64url(hs256(signed_part, secret)));
}

}  // namespace hotline::integration
