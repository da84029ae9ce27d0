// The operating system's cryptographic random generator, for query codes and tokens.
#pragma once

#include <string>

#include "domain/random_source.h"

namespace hotline::server {

class OsRandom : public domain::RandomSource {
 public:
  std::uint32_t next_u32() override;
};

// 128 random bits as 32 lowercase hex digits (request tokens).
std::string random_hex_token(domain::RandomSource& random);

}  // namespace hotline::server
