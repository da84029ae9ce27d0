// ISO 8601 timestamps as Open311 sends them: any offset or Z, fractions, and typed rejections.
#include <catch2/catch.hpp>

#include "calendar/iso_timestamp.h"
#include "calendar/shanghai_time.h"

using namespace hotline::calendar;

namespace {

std::int64_t seconds_of(std::string_view text) {
  const auto instant = parse_iso8601_timestamp(text);
  INFO(text);
  REQUIRE(instant.has_value());
  return instant->unix_seconds();
}

TimestampError error_of(std::string_view text) {
  const auto instant = parse_iso8601_timestamp(text);
  INFO(text);
  REQUIRE_FALSE(instant.has_value());
  return instant.error();
}

}  // namespace

TEST_CASE("timestamps with any offset name the same instant") {
  const std::int64_t expected = 1770984000;  // 2026-02-13 20:00 in Shanghai
  for (const char* text :
       {"2026-02-13T20:00:00+08:00", "2026-02-13T12:00:00Z", "2026-02-13T12:00:00z", "2026-02-13t12:00:00Z",
        "2026-02-13T07:00:00-05:00", "2026-02-13T17:30:00+0530", "2026-02-13T20:00:00+08", "2026-02-13T12:00:00+00:00",
        "2026-02-13T12:00:00-00:00", "2026-02-14T01:45:00+13:45", "2026-02-12T23:00:00-13:00"}) {
    INFO(text);
    CHECK(seconds_of(text) == expected);
  }
}

TEST_CASE("fractions of a second are truncated") {
  CHECK(seconds_of("2026-02-13T12:00:00.999Z") == 1770984000);
  CHECK(seconds_of("2026-02-13T12:00:00,5+00:00") == 1770984000);
  CHECK(seconds_of("1969-12-31T23:59:59.999999999Z") == -1);
}

TEST_CASE("timestamps map to Unix seconds around 1970 and 2038") {
  CHECK(seconds_of("1970-01-01T00:00:00Z") == 0);
  CHECK(seconds_of("1970-01-01T08:00:00+08:00") == 0);
  CHECK(seconds_of("1969-12-31T23:59:59Z") == -1);
  CHECK(seconds_of("2038-01-19T03:14:07Z") == 2147483647);
  CHECK(seconds_of("2038-01-19T03:14:08Z") == 2147483648);
  CHECK(seconds_of("2010-04-14T06:37:38-08:00") == 1271255858);  // the Open311 GeoReport v2 example
  CHECK(seconds_of("2100-03-01T00:00:00+08:00") == 47541LL * 86400 - 8 * 3600);
}

TEST_CASE("parsed timestamps format back in Shanghai time") {
  const auto instant = parse_iso8601_timestamp("2010-04-14T06:37:38-08:00");
  REQUIRE(instant.has_value());
  CHECK(to_iso8601_shanghai(*instant) == "2010-04-14T22:37:38+08:00");
  CHECK(parse_iso8601_timestamp(to_iso8601_shanghai(*instant)).value() == *instant);
}

TEST_CASE("malformed timestamps are refused with typed errors") {
  for (const char* text :
       {"", "2026-02-13", "2026-02-13T20:00", "2026-02-13T20:00Z", "2026-02-13 20:00:00+08:00",
        "2026-02-13T20:00:00+8:00", "2026-02-13T20:00:00+08:0", "2026-02-13T20:00:00+08:00 ",
        " 2026-02-13T20:00:00+08:00", "2026-02-13T20:00:00.+08:00", "2026-02-13T2x:00:00Z", "2026-02-13T20:00:00UTC",
        "2026-02-13T20:00:00+08:00:00", "2026-02-13T20-00-00Z", "2026-2-13T20:00:00Z", "2026-02-13T20:00:00ZZ",
        "2026-02-13T20:00:00+-8:00", "2026-02-13T+1:00:00Z", "2026-02-13T20:00:00+08:00\n"}) {
    INFO(text);
    CHECK(error_of(text) == TimestampError::Malformed);
  }
}

TEST_CASE("timestamps without a zone are refused rather than guessed") {
  CHECK(error_of("2026-02-13T20:00:00") == TimestampError::MissingOffset);
  CHECK(error_of("2026-02-13T20:00:00.123") == TimestampError::MissingOffset);
}

TEST_CASE("impossible dates, times and offsets are refused") {
  CHECK(error_of("2026-02-30T00:00:00Z") == TimestampError::InvalidDate);
  CHECK(error_of("2025-02-29T00:00:00Z") == TimestampError::InvalidDate);
  CHECK(error_of("2026-02-13T24:00:00Z") == TimestampError::InvalidTime);
  CHECK(error_of("2026-02-13T23:60:00Z") == TimestampError::InvalidTime);
  CHECK(error_of("2016-12-31T23:59:60Z") == TimestampError::InvalidTime);
  CHECK(error_of("2026-02-13T20:00:00+24:00") == TimestampError::InvalidOffset);
  CHECK(error_of("2026-02-13T20:00:00+08:60") == TimestampError::InvalidOffset);
}

TEST_CASE("timestamps outside years 0001..9999 in Shanghai are out of range") {
  CHECK(seconds_of("0001-01-01T00:00:00+08:00") == Instant::kMinUnixSeconds);
  CHECK(seconds_of("9999-12-31T23:59:59+08:00") == Instant::kMaxUnixSeconds);
  CHECK(error_of("0001-01-01T00:00:00+09:00") == TimestampError::OutOfRange);
  CHECK(error_of("9999-12-31T23:59:59Z") == TimestampError::OutOfRange);
  CHECK(error_of("0000-12-31T23:59:59Z") == TimestampError::OutOfRange);
}
