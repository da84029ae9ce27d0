// Idempotency key generation (see idempotency_key.h).
#include "api/idempotency_key.h"

namespace hotline::api {

std::string make_idempotency_key(domain::RandomSource& random) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key;
  for (int word = 0; word < 4; ++word) {
    const std::uint32_t bits = random.next_u32();
    for (int shift = 28; shift >= 0; shift -= 4) {
      key += kHex[(bits >> shift) & 0xf];
    }
  }
  return key;
}

bool is_idempotency_key(std::string_view text) {
  return text.size() == 32 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace hotline::api
