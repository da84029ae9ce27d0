// SplitMix64 (see repeatable_random.h).
#include "repeatable_random.h"

namespace hotline::server {

std::uint32_t RepeatableRandom::next_u32() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return static_cast<std::uint32_t>((z ^ (z >> 31)) >> 32);
}

}  // namespace hotline::server
