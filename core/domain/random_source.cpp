// Random identifiers drawn from a RandomSource.
#include "domain/random_source.h"

namespace hotline::domain {

std::string random_hex_128(RandomSource& random) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(32);
  for (int word = 0; word < 4; ++word) {
    const std::uint32_t bits = random.next_u32();
    for (int shift = 28; shift >= 0; shift -= 4) {
      out += kHex[(bits >> shift) & 0xf];
    }
  }
  return out;
}

}  // namespace hotline::domain
