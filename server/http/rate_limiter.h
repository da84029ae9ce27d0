// Per-client-address token buckets for submissions (a clear 429 instead of an overloaded centre).
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace hotline::server {

struct RateLimit {
  double per_second = 1.0;  // sustained submissions per address
  double burst = 20.0;      // bucket size
};

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  explicit RateLimiter(RateLimit limit) : limit_(limit) {}

  // Takes one token for `address` at `now`; false (and the seconds until a token is back) when empty.
  bool try_acquire(const std::string& address, Clock::time_point now, int* retry_after_seconds);

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  void forget_idle(Clock::time_point now);

  RateLimit limit_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
  Clock::time_point last_sweep_{};
};

}  // namespace hotline::server
