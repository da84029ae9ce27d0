// A kiosk receipt's claim (docs/kiosk.md): the secret a kiosk sends with a submission as Claim-Secret.
// Only its SHA-256 is stored, bound to the request with the submission's idempotency key; the key and
// the secret together later find the request (POST claims.json).
#pragma once

#include <string>
#include <string_view>

#include "photo/sha256.h"

namespace hotline::server {

inline bool is_claim_secret(std::string_view text) {
  return text.size() >= 16 && text.size() <= 128 &&
         text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") ==
             std::string_view::npos;
}

inline std::string claim_hash(std::string_view secret) {
  return photo::sha256_hex(secret);
}

}  // namespace hotline::server
