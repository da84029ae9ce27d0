// The source of randomness for secrets such as query codes, injected so core stays deterministic in tests.
#pragma once

#include <cstdint>
#include <string>

namespace hotline::domain {

// Platforms implement this with a cryptographically secure generator (crypto.getRandomValues in the
// browser, the OS generator natively); tests pass a scripted fake. Never a seeded PRNG in production.
class RandomSource {
 public:
  virtual ~RandomSource() = default;
  virtual std::uint32_t next_u32() = 0;
};

// 128 random bits as 32 lowercase hex digits: request tokens and idempotency keys.
std::string random_hex_128(RandomSource& random);

}  // namespace hotline::domain
