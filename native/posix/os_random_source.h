// domain::RandomSource from the operating system's CSPRNG (getentropy: getrandom(2) on Linux,
// crypto.getRandomValues under Emscripten).
#pragma once

#include "domain/random_source.h"

namespace hotline::posix {

class OsRandomSource : public domain::RandomSource {
 public:
  std::uint32_t next_u32() override;
};

}  // namespace hotline::posix
