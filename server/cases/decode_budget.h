// The memory all concurrent photo decodes may hold: each decode takes a lease for what its pixels
// will cost before it starts, and gives it back when it is done; a decode that does not fit is refused
// (the client retries after a moment) rather than queued behind a pile of others.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>

namespace hotline::server {

struct DecodeLimits {
  // A 12 MP phone photo (4032 x 3024) twice over; the app itself uploads at most 1600 px on the long edge.
  std::uint64_t max_photo_pixels = 24'000'000;
  // All the photos of one request or reply together: nine 11 MP photos.
  std::uint64_t max_request_pixels = 100'000'000;
  // What every decode running at once may hold (estimated as kBytesPerPixel per pixel).
  std::uint64_t max_decode_bytes = 512ull << 20;
};

// Decoded RGBA (4 bytes) plus the decoder's own copy of the rows and the resized output.
inline constexpr std::uint64_t kBytesPerPixel = 8;

class DecodeBudget {
 public:
  explicit DecodeBudget(std::uint64_t max_bytes) : max_bytes_(max_bytes) {}

  class Lease {
   public:
    Lease(DecodeBudget& budget, std::uint64_t bytes) : budget_(&budget), bytes_(bytes) {}
    Lease(Lease&& other) noexcept : budget_(other.budget_), bytes_(other.bytes_) { other.budget_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (budget_ != nullptr) {
        budget_->give_back(bytes_);
      }
    }

   private:
    DecodeBudget* budget_;
    std::uint64_t bytes_;
  };

  // A lease for `bytes`, or nullopt when the decodes running now leave too little.
  std::optional<Lease> try_take(std::uint64_t bytes);

 private:
  void give_back(std::uint64_t bytes);
  std::uint64_t max_bytes_;
  std::mutex mutex_;
  std::uint64_t in_use_ = 0;
};

}  // namespace hotline::server
