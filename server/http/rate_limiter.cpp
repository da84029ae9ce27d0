// Token-bucket rate limiting per address (see rate_limiter.h).
#include "http/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace hotline::server {

RateLimiter::Bucket& RateLimiter::refilled(const std::string& address, Clock::time_point now) {
  forget_idle(now);
  auto [it, inserted] = buckets_.try_emplace(address, Bucket{limit_.burst, now});
  Bucket& bucket = it->second;
  if (!inserted) {
    const double elapsed = std::chrono::duration<double>(now - bucket.last).count();
    bucket.tokens = std::min(limit_.burst, bucket.tokens + elapsed * limit_.per_second);
    bucket.last = now;
  }
  return bucket;
}

int RateLimiter::seconds_until_token(const Bucket& bucket) const {
  return static_cast<int>(std::ceil((1.0 - bucket.tokens) / limit_.per_second));
}

bool RateLimiter::try_acquire(const std::string& address, Clock::time_point now, int* retry_after_seconds) {
  std::lock_guard lock(mutex_);
  Bucket& bucket = refilled(address, now);
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return true;
  }
  if (retry_after_seconds != nullptr) {
    *retry_after_seconds = seconds_until_token(bucket);
  }
  return false;
}

bool RateLimiter::has_token(const std::string& address, Clock::time_point now, int* retry_after_seconds) {
  std::lock_guard lock(mutex_);
  const Bucket& bucket = refilled(address, now);
  if (bucket.tokens >= 1.0) {
    return true;
  }
  if (retry_after_seconds != nullptr) {
    *retry_after_seconds = seconds_until_token(bucket);
  }
  return false;
}

// A full bucket carries no information, so idle addresses are dropped to bound memory.
void RateLimiter::forget_idle(Clock::time_point now) {
  if (now - last_sweep_ < std::chrono::seconds(60)) {
    return;
  }
  last_sweep_ = now;
  const double refill_seconds = limit_.burst / limit_.per_second;
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const double idle = std::chrono::duration<double>(now - it->second.last).count();
    it = idle > refill_seconds ? buckets_.erase(it) : std::next(it);
  }
}

}  // namespace hotline::server
