// Exponential backoff with equal jitter (see backoff.h).
#include "api/backoff.h"

#include <algorithm>

namespace hotline::api {

std::int64_t backoff_delay_ms(const BackoffPolicy& policy, int attempt, std::uint32_t random,
                              std::optional<int> retry_after_s) {
  double step = static_cast<double>(std::max<std::int64_t>(policy.initial_ms, 1));
  for (int i = 1; i < attempt && step < static_cast<double>(policy.max_ms); ++i) {
    step *= policy.multiplier;
  }
  const auto capped = static_cast<std::int64_t>(std::min(step, static_cast<double>(policy.max_ms)));
  const std::int64_t half = capped / 2;
  const std::int64_t jitter = half > 0 ? static_cast<std::int64_t>(random % static_cast<std::uint64_t>(half + 1)) : 0;
  std::int64_t delay = capped - half + jitter;
  if (retry_after_s) {
    delay = std::max<std::int64_t>(delay, static_cast<std::int64_t>(*retry_after_s) * 1000);
  }
  return delay;
}

}  // namespace hotline::api
