// Client-generated idempotency keys: made once per submission, before it is first stored, and sent
// with every attempt so the server creates the request exactly once.
#pragma once

#include <string>
#include <string_view>

#include "domain/random_source.h"

namespace hotline::api {

// 32 lowercase hex digits (128 bits) from a cryptographically secure source: unique across every
// device without coordination. Also a valid storage key segment.
std::string make_idempotency_key(domain::RandomSource& random);
bool is_idempotency_key(std::string_view text);

}  // namespace hotline::api
