// Idempotency key generation (see idempotency_key.h).
#include "api/idempotency_key.h"

namespace hotline::api {

std::string make_idempotency_key(domain::RandomSource& random) {
  return domain::random_hex_128(random);
}

bool is_idempotency_key(std::string_view text) {
  return text.size() == 32 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace hotline::api
