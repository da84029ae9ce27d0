// Retry delays: exponential backoff with jitter, so a thousand kiosks coming back online after an
// uplink failure do not all retry in the same second.
#pragma once

#include <cstdint>
#include <optional>

namespace hotline::api {

struct BackoffPolicy {
  std::int64_t initial_ms = 2'000;
  std::int64_t max_ms = 5 * 60'000;
  double multiplier = 2.0;
};

// Delay before retry number `attempt` (1 = the first retry): the exponential step d, capped at max_ms,
// then "equal jitter" -- uniformly in [d/2, d] from `random` -- so a delay is never near zero. A
// server's Retry-After raises the delay to at least that many seconds.
std::int64_t backoff_delay_ms(const BackoffPolicy& policy, int attempt, std::uint32_t random,
                              std::optional<int> retry_after_s = std::nullopt);

}  // namespace hotline::api
