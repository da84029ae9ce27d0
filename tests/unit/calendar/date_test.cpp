// Civil dates: leap years, month ends, day counts around 1970/2038/2100, weekdays and the ISO form.
#include <catch2/catch.hpp>

#include "calendar/date.h"

using namespace hotline::calendar;

namespace {

Date ymd(int year, int month, int day) {
  const auto date = Date::from_ymd(year, month, day);
  REQUIRE(date.has_value());
  return *date;
}

}  // namespace

TEST_CASE("leap years follow the Gregorian 4/100/400 rule") {
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK(is_leap_year(2400));
  CHECK_FALSE(is_leap_year(2025));
  CHECK_FALSE(is_leap_year(1900));
  CHECK_FALSE(is_leap_year(2100));
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2100, 2) == 28);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 12) == 31);
  CHECK(days_in_month(2026, 13) == 0);
  CHECK(days_in_month(2026, 0) == 0);
}

TEST_CASE("only real dates in 0001..9999 can be built") {
  CHECK(Date::from_ymd(2024, 2, 29).has_value());
  CHECK(Date::from_ymd(2000, 2, 29).has_value());
  CHECK(Date::from_ymd(2025, 2, 29).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(2100, 2, 29).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(2026, 4, 31).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(2026, 0, 1).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(2026, 13, 1).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(2026, 1, 0).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(2026, 1, 32).error() == DateError::InvalidDate);
  CHECK(Date::from_ymd(0, 1, 1).error() == DateError::OutOfRange);
  CHECK(Date::from_ymd(10000, 1, 1).error() == DateError::OutOfRange);
  CHECK(Date::from_ymd(-2147483647 - 1, 1, 1).error() == DateError::OutOfRange);
}

TEST_CASE("day counts from 1970-01-01 match known values") {
  CHECK(Date().days_since_epoch() == 0);
  CHECK(ymd(1970, 1, 1).days_since_epoch() == 0);
  CHECK(ymd(1969, 12, 31).days_since_epoch() == -1);
  CHECK(ymd(1900, 3, 1).days_since_epoch() == -25508);
  CHECK(ymd(2000, 3, 1).days_since_epoch() == 11017);
  // 2^31 - 1 seconds, the end of 32-bit time_t, falls on 2038-01-19.
  CHECK(ymd(2038, 1, 19).days_since_epoch() == 2147483647 / 86400);
  CHECK(ymd(2100, 2, 28).days_since_epoch() == 47540);
  CHECK(ymd(2100, 3, 1).days_since_epoch() == 47541);
  CHECK(ymd(1, 1, 1).days_since_epoch() == -719162);
  CHECK(ymd(9999, 12, 31).days_since_epoch() == 2932896);
}

TEST_CASE("day counts convert back, one calendar day at a time, 1968 to 2102") {
  // An independent successor: next day of the month, or the 1st of the next month / year.
  int year = 1968;
  int month = 1;
  int day = 1;
  const std::int64_t first = ymd(year, month, day).days_since_epoch();
  for (std::int64_t n = first; n < first + 365 * 135; ++n) {
    const auto date = Date::from_days_since_epoch(n);
    REQUIRE(date.has_value());
    REQUIRE(date->year() == year);
    REQUIRE(date->month() == month);
    REQUIRE(date->day() == day);
    REQUIRE(date->days_since_epoch() == n);
    if (++day > days_in_month(year, month)) {
      day = 1;
      if (++month > 12) {
        month = 1;
        ++year;
      }
    }
  }
  CHECK(year == 2102);
}

TEST_CASE("day counts outside 0001..9999 are refused") {
  CHECK(Date::from_days_since_epoch(-719162).has_value());
  CHECK(Date::from_days_since_epoch(-719163).error() == DateError::OutOfRange);
  CHECK(Date::from_days_since_epoch(2932896).has_value());
  CHECK(Date::from_days_since_epoch(2932897).error() == DateError::OutOfRange);
  CHECK(Date::from_days_since_epoch(INT64_MAX).error() == DateError::OutOfRange);
  CHECK(Date::from_days_since_epoch(INT64_MIN).error() == DateError::OutOfRange);
}

TEST_CASE("weekdays use ISO numbering") {
  CHECK(ymd(1970, 1, 1).weekday() == Weekday::Thursday);
  CHECK(ymd(1969, 12, 31).weekday() == Weekday::Wednesday);
  CHECK(ymd(2000, 1, 1).weekday() == Weekday::Saturday);
  CHECK(ymd(2026, 2, 13).weekday() == Weekday::Friday);
  CHECK(ymd(2038, 1, 19).weekday() == Weekday::Tuesday);
  CHECK(ymd(2100, 1, 1).weekday() == Weekday::Friday);
  CHECK(ymd(1, 1, 1).weekday() == Weekday::Monday);
  CHECK(ymd(9999, 12, 31).weekday() == Weekday::Friday);
  CHECK(ymd(2026, 2, 14).is_weekend());
  CHECK(ymd(2026, 2, 15).is_weekend());
  CHECK_FALSE(ymd(2026, 2, 16).is_weekend());
}

TEST_CASE("day of year counts the leap day") {
  CHECK(ymd(2025, 1, 1).day_of_year() == 1);
  CHECK(ymd(2025, 3, 1).day_of_year() == 60);
  CHECK(ymd(2024, 3, 1).day_of_year() == 61);
  CHECK(ymd(2025, 12, 31).day_of_year() == 365);
  CHECK(ymd(2024, 12, 31).day_of_year() == 366);
}

TEST_CASE("adding days crosses month and year ends, and stops at the range ends") {
  CHECK(*ymd(2024, 2, 28).plus_days(1) == ymd(2024, 2, 29));
  CHECK(*ymd(2025, 2, 28).plus_days(1) == ymd(2025, 3, 1));
  CHECK(*ymd(2025, 12, 31).plus_days(1) == ymd(2026, 1, 1));
  CHECK(*ymd(2026, 1, 1).plus_days(-1) == ymd(2025, 12, 31));
  CHECK(*ymd(2026, 2, 13).plus_days(0) == ymd(2026, 2, 13));
  CHECK(*ymd(2026, 1, 31).plus_days(365) == ymd(2027, 1, 31));
  CHECK(ymd(9999, 12, 31).plus_days(1).error() == DateError::OutOfRange);
  CHECK(ymd(1, 1, 1).plus_days(-1).error() == DateError::OutOfRange);
  CHECK(ymd(2026, 1, 1).plus_days(INT64_MAX).error() == DateError::OutOfRange);
  CHECK(ymd(2026, 1, 1).plus_days(INT64_MIN).error() == DateError::OutOfRange);
}

TEST_CASE("dates order chronologically") {
  CHECK(ymd(2025, 12, 31) < ymd(2026, 1, 1));
  CHECK(ymd(2026, 1, 31) < ymd(2026, 2, 1));
  CHECK(ymd(2026, 2, 1) < ymd(2026, 2, 2));
  CHECK(ymd(2026, 2, 2) == ymd(2026, 2, 2));
}

TEST_CASE("ISO calendar dates parse strictly and format with four-digit years") {
  CHECK(*parse_iso_date("2026-02-13") == ymd(2026, 2, 13));
  CHECK(*parse_iso_date("2024-02-29") == ymd(2024, 2, 29));
  CHECK(*parse_iso_date("0001-01-01") == ymd(1, 1, 1));
  CHECK(to_iso_string(ymd(2026, 2, 13)) == "2026-02-13");
  CHECK(to_iso_string(ymd(1, 1, 1)) == "0001-01-01");
  CHECK(to_iso_string(ymd(9999, 12, 31)) == "9999-12-31");

  for (const char* bad : {"", "2026-2-13", "2026/02/13", "20260213", " 2026-02-13", "2026-02-13 ", "+026-02-13",
                          "2026-02-1x", "abcd-ef-gh", "2026-02-13T00:00", "-2026-02-1", "2026--2-13"}) {
    INFO(bad);
    REQUIRE_FALSE(parse_iso_date(bad).has_value());
    CHECK(parse_iso_date(bad).error() == DateError::Malformed);
  }
  CHECK(parse_iso_date("2025-02-29").error() == DateError::InvalidDate);
  CHECK(parse_iso_date("2026-00-10").error() == DateError::InvalidDate);
  CHECK(parse_iso_date("2026-12-32").error() == DateError::InvalidDate);
  CHECK(parse_iso_date("0000-01-01").error() == DateError::OutOfRange);
}

TEST_CASE("compact YYYYMMDD dates (ID and request numbers) must exist") {
  CHECK(parse_compact_date("20240229").value() == Date::from_ymd(2024, 2, 29).value());
  CHECK(parse_compact_date("20000229").has_value());
  CHECK(parse_compact_date("20250229").error() == DateError::InvalidDate);
  CHECK(parse_compact_date("21000229").error() == DateError::InvalidDate);
  CHECK(parse_compact_date("20251301").error() == DateError::InvalidDate);
  CHECK(parse_compact_date("20250431").error() == DateError::InvalidDate);
  CHECK(parse_compact_date("00000101").error() == DateError::OutOfRange);
  CHECK(parse_compact_date("2025031").error() == DateError::Malformed);
  CHECK(parse_compact_date("2025-3-1").error() == DateError::Malformed);
  CHECK(parse_compact_date("2025-03-01").error() == DateError::Malformed);
}
