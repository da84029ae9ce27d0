// QA only (HOTLINE_FIXED_CLOCK): a random source that gives the same numbers on every run from the same
// seed, so repeated runs hand out the same query codes and screenshots of them compare pixel for pixel.
#pragma once

#include <cstdint>

#include "domain/random_source.h"

namespace hotline::server {

// SplitMix64 over a counter: well mixed, and nothing secret (never used without the fixed clock).
class RepeatableRandom : public domain::RandomSource {
 public:
  explicit RepeatableRandom(std::uint64_t seed) : state_(seed) {}
  std::uint32_t next_u32() override;

 private:
  std::uint64_t state_;
};

}  // namespace hotline::server
