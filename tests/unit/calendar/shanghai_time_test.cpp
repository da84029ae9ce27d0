// Instants and Shanghai wall-clock time: the +08:00 offset, midnight boundaries, range ends, formatting.
#include <catch2/catch.hpp>

#include "calendar/shanghai_time.h"
#include "calendar_test_support.h"

using namespace hotline::calendar;
using test::day;

namespace {

Instant unix_time(std::int64_t value) {
  const auto instant = Instant::from_unix_seconds(value);
  REQUIRE(instant.has_value());
  return *instant;
}

LocalDateTime local(std::string_view date, int hour, int minute, int second) {
  return LocalDateTime{day(date), hour, minute, second};
}

}  // namespace

TEST_CASE("Shanghai time is UTC+08:00") {
  CHECK(to_shanghai(Instant()) == local("1970-01-01", 8, 0, 0));
  CHECK(to_shanghai(unix_time(1770998400 - 1)) == local("2026-02-13", 23, 59, 59));
  CHECK(to_shanghai(unix_time(1770998400)) == local("2026-02-14", 0, 0, 0));
  CHECK(to_shanghai(unix_time(2147483647)) == local("2038-01-19", 11, 14, 7));
}

TEST_CASE("instants before 1970 fall on the right Shanghai day") {
  CHECK(to_shanghai(unix_time(-1)) == local("1970-01-01", 7, 59, 59));
  CHECK(to_shanghai(unix_time(-8 * 3600)) == local("1970-01-01", 0, 0, 0));
  CHECK(to_shanghai(unix_time(-8 * 3600 - 1)) == local("1969-12-31", 23, 59, 59));
}

TEST_CASE("the Instant range is exactly the Shanghai days 0001-01-01 .. 9999-12-31") {
  CHECK(to_shanghai(unix_time(Instant::kMinUnixSeconds)) == local("0001-01-01", 0, 0, 0));
  CHECK(to_shanghai(unix_time(Instant::kMaxUnixSeconds)) == local("9999-12-31", 23, 59, 59));
  CHECK(Instant::from_unix_seconds(Instant::kMinUnixSeconds - 1).error().unix_seconds == Instant::kMinUnixSeconds - 1);
  CHECK_FALSE(Instant::from_unix_seconds(Instant::kMaxUnixSeconds + 1).has_value());
  CHECK_FALSE(Instant::from_unix_seconds(INT64_MIN).has_value());
  CHECK_FALSE(Instant::from_unix_seconds(INT64_MAX).has_value());
}

TEST_CASE("Shanghai wall-clock times convert to instants") {
  CHECK(shanghai_midnight(day("2026-02-14")).unix_seconds() == 1770998400);
  CHECK(shanghai_midnight(day("1970-01-01")).unix_seconds() == -8 * 3600);
  CHECK(from_shanghai(day("2026-02-13"), 20, 0, 0)->unix_seconds() == 1770984000);
  CHECK(*from_shanghai(day("2026-02-13"), 23, 59, 59) == unix_time(1770998400 - 1));
  CHECK(*shanghai_end_of_day(day("2026-02-13")) == shanghai_midnight(day("2026-02-14")));
  CHECK(*shanghai_end_of_day(day("2025-12-31")) == shanghai_midnight(day("2026-01-01")));
  CHECK(shanghai_end_of_day(day("9999-12-31")).error() == LocalTimeError::OutOfRange);
  CHECK(from_shanghai(day("2026-02-13"), 24, 0, 0).error() == LocalTimeError::InvalidTime);
  CHECK(from_shanghai(day("2026-02-13"), 23, 60, 0).error() == LocalTimeError::InvalidTime);
  CHECK(from_shanghai(day("2026-02-13"), 23, 59, 60).error() == LocalTimeError::InvalidTime);
  CHECK(from_shanghai(day("2026-02-13"), -1, 0, 0).error() == LocalTimeError::InvalidTime);
}

TEST_CASE("wall-clock conversion round-trips over 2025-2026") {
  const std::int64_t start = shanghai_midnight(day("2025-01-01")).unix_seconds();
  const std::int64_t end = shanghai_midnight(day("2027-01-01")).unix_seconds();
  for (std::int64_t s = start; s < end; s += 7919) {  // a prime step visits every time of day
    const LocalDateTime wall = to_shanghai(unix_time(s));
    const auto back = from_shanghai(wall.date, wall.hour, wall.minute, wall.second);
    REQUIRE(back.has_value());
    REQUIRE(back->unix_seconds() == s);
    REQUIRE(shanghai_date(unix_time(s)) == wall.date);
  }
}

TEST_CASE("instants format as ISO 8601 with +08:00") {
  CHECK(to_iso8601_shanghai(Instant()) == "1970-01-01T08:00:00+08:00");
  CHECK(to_iso8601_shanghai(unix_time(1770998400 - 1)) == "2026-02-13T23:59:59+08:00");
  CHECK(to_iso8601_shanghai(unix_time(2147483647)) == "2038-01-19T11:14:07+08:00");
  CHECK(to_iso8601_shanghai(unix_time(Instant::kMinUnixSeconds)) == "0001-01-01T00:00:00+08:00");
  CHECK(to_iso8601_shanghai(unix_time(Instant::kMaxUnixSeconds)) == "9999-12-31T23:59:59+08:00");
}
