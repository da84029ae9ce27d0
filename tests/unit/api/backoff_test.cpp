// Exponential backoff with equal jitter, cap, and Retry-After.
#include <catch2/catch.hpp>

#include "api/backoff.h"

using hotline::api::backoff_delay_ms;
using hotline::api::BackoffPolicy;

TEST_CASE("delays double, stay within [d/2, d], and stop at the cap") {
  const BackoffPolicy p{1000, 60'000, 2.0};
  const std::int64_t steps[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
  for (int attempt = 1; attempt <= 9; ++attempt) {
    const std::int64_t d = steps[attempt - 1];
    INFO(attempt);
    CHECK(backoff_delay_ms(p, attempt, 0) == d - d / 2);
    CHECK(backoff_delay_ms(p, attempt, 0xffffffffu) <= d);
    CHECK(backoff_delay_ms(p, attempt, 0xffffffffu) >= d / 2);
    CHECK(backoff_delay_ms(p, attempt, static_cast<std::uint32_t>(d / 2)) == d);
  }
}

TEST_CASE("jitter spreads retries") {
  const BackoffPolicy p{10'000, 60'000, 2.0};
  std::int64_t low = backoff_delay_ms(p, 1, 1);
  std::int64_t high = backoff_delay_ms(p, 1, 4999);
  CHECK(high - low == 4998);
}

TEST_CASE("huge attempt counts neither overflow nor exceed the cap") {
  const BackoffPolicy p{2000, 300'000, 2.0};
  CHECK(backoff_delay_ms(p, 10'000, 12345) <= 300'000);
  CHECK(backoff_delay_ms(p, 10'000, 12345) >= 150'000);
}

TEST_CASE("Retry-After raises the delay") {
  const BackoffPolicy p{1000, 60'000, 2.0};
  CHECK(backoff_delay_ms(p, 1, 0, 30) == 30'000);
  CHECK(backoff_delay_ms(p, 7, 0, 1) == 30'000);
}
