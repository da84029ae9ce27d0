// Per-client-address token buckets: submissions (a clear 429 instead of an overloaded centre) and
// failed query codes and operator tokens (a wall for a brute force).
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
  // Whether `address` has a token at `now`, without taking it; when not, the seconds until it has.
  bool has_token(const std::string& address, Clock::time_point now, int* retry_after_seconds);

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  void forget_idle(Clock::time_point now);
  // The address's bucket refilled up to `now`; the caller holds the mutex.
  Bucket& refilled(const std::string& address, Clock::time_point now);
  int seconds_until_token(const Bucket& bucket) const;

  RateLimit limit_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
  Clock::time_point last_sweep_{};
};

}  // namespace hotline::server
