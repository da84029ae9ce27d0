// A host app's signed identity of the citizen (an HS256 JSON Web Token, docs/host_bridge.md): its
// signature, algorithm, times, issuer and audience checked against the server's configuration before
// its name and mobile are believed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/expected.h"

namespace hotline::server {

// The `identity` key of the configuration (docs/server.md); an empty secret: not configured.
struct IdentityTokenConfig {
  std::string secret;    // the HMAC-SHA256 key shared with the host, 32+ bytes
  std::string issuer;    // `iss` the host writes
  std::string audience;  // `aud` naming this deployment
  int max_age_s = 600;   // how long after `iat` a token is still taken
  int leeway_s = 60;     // clock difference allowed between host and server
};

struct VerifiedIdentity {
  std::string name;
  std::string mobile;  // normalised: 11 digits
};

enum class IdentityTokenError { Malformed, Algorithm, Signature, Expired, NotYetValid, Issuer, Audience, Claims };

// Why a token was ignored, for the server's log (never the token or its claims).
const char* describe(IdentityTokenError error);

// Checks the signature first (constant-time), then `alg` is exactly HS256 (`none` and every other
// algorithm refused), `exp` is in the future, `iat` is neither in the future nor older than max_age_s,
// `nbf` (if any) has passed, `iss` and `aud` match; `name` must be a name the form takes and `mobile`
// a mainland mobile number. `now_unix` is the server's clock.
base::Expected<VerifiedIdentity, IdentityTokenError> verify_identity_token(std::string_view token,
                                                                           const IdentityTokenConfig& config,
                                                                           std::int64_t now_unix);

}  // namespace hotline::server
