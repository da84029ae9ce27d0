// Test double of domain::RandomSource: a deterministic sequence (xorshift), different per seed.
#pragma once

#include <cstdint>

#include "domain/random_source.h"

namespace hotline::testing {

class SequenceRandom : public domain::RandomSource {
 public:
  explicit SequenceRandom(std::uint32_t seed = 1) : state_(seed == 0 ? 1 : seed) {}
  std::uint32_t next_u32() override {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 17;
    state_ ^= state_ << 5;
    return state_;
  }

 private:
  std::uint32_t state_;
};

}  // namespace hotline::testing
