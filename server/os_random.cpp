// getrandom(2)-backed randomness (see os_random.h).
#include "os_random.h"

#include <sys/random.h>

#include <cstdlib>

namespace hotline::server {

std::uint32_t OsRandom::next_u32() {
  std::uint32_t value = 0;
  auto* out = reinterpret_cast<unsigned char*>(&value);
  std::size_t got = 0;
  while (got < sizeof value) {
    const ssize_t n = ::getrandom(out + got, sizeof value - got, 0);
    if (n > 0) {
      got += static_cast<std::size_t>(n);
    } else if (n < 0 && errno != EINTR) {
      std::abort();  // no secure randomness: refusing to mint guessable query codes
    }
  }
  return value;
}

std::string random_hex_token(domain::RandomSource& random) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 4; ++i) {
    std::uint32_t v = random.next_u32();
    for (int j = 0; j < 8; ++j) {
      out.push_back(kHex[v & 0xF]);
      v >>= 4;
    }
  }
  return out;
}

}  // namespace hotline::server
