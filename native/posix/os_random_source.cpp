// OS random numbers (see os_random_source.h).
#include "native/posix/os_random_source.h"

#include <unistd.h>

#include <cstdlib>

namespace hotline::posix {

std::uint32_t OsRandomSource::next_u32() {
  std::uint32_t value = 0;
  // getentropy only fails for requests above 256 bytes or without any entropy source; an idempotency
  // key or query code from a predictable source would be worse than stopping.
  if (getentropy(&value, sizeof value) != 0) {
    std::abort();
  }
  return value;
}

}  // namespace hotline::posix
