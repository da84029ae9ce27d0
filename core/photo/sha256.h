// SHA-256 (FIPS 180-4) of the uploaded bytes, so the server can verify what it received.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hotline::photo {

// Incremental hashing, for callers that receive a file in chunks.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // Finishes the hash; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> digest();
  std::string hex_digest();

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

// Lowercase hex digest of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace hotline::photo
