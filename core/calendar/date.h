// A civil date of the proleptic Gregorian calendar, its weekday and its ISO 8601 "YYYY-MM-DD" form.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/expected.h"

namespace hotline::calendar {

// ISO 8601 numbering: Monday = 1 ... Sunday = 7.
enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

enum class DateError {
  Malformed,    // not "YYYY-MM-DD"
  InvalidDate,  // well-formed but no such day (2025-02-29, 2026-13-01)
  OutOfRange,   // outside years 0001..9999
};

bool is_leap_year(int year);
// 28..31; 0 for a month outside 1..12.
int days_in_month(int year, int month);

namespace detail {
// Hinnant's civil-date algorithms count years from March 1st, so that the leap day is the last day.
inline constexpr std::int64_t kDaysPer400Years = 146097;
inline constexpr std::int64_t kDaysFromMarch0000ToEpoch = 719468;
}  // namespace detail

// Days since 1970-01-01 of any proleptic Gregorian date (Howard Hinnant's days_from_civil); the
// arguments must form a real date.
constexpr std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * detail::kDaysPer400Years + day_of_era - detail::kDaysFromMarch0000ToEpoch;
}

// A real date between 0001-01-01 and 9999-12-31: the four-digit years of ISO 8601, and the bound
// that keeps every day count far from overflow.
class Date {
 public:
  static constexpr int kMinYear = 1;
  static constexpr int kMaxYear = 9999;

  // 1970-01-01, so that records holding a date stay default-constructible.
  constexpr Date() = default;

  static base::Expected<Date, DateError> from_ymd(int year, int month, int day);
  static base::Expected<Date, DateError> from_days_since_epoch(std::int64_t days);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  std::int64_t days_since_epoch() const { return days_from_civil(year_, month_, day_); }
  Weekday weekday() const;
  bool is_weekend() const;
  // 1 for January 1st ... 365 or 366.
  int day_of_year() const;

  // The date `days` later (earlier if negative); OutOfRange past 0001-01-01 or 9999-12-31.
  base::Expected<Date, DateError> plus_days(std::int64_t days) const;

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  constexpr Date(int year, int month, int day) : year_(year), month_(month), day_(day) {}

  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
};

// Exactly "YYYY-MM-DD" (no week or ordinal dates, no surrounding spaces).
base::Expected<Date, DateError> parse_iso_date(std::string_view text);
// Exactly "YYYYMMDD", the form inside resident ID numbers and request numbers.
base::Expected<Date, DateError> parse_compact_date(std::string_view text);
std::string to_iso_string(Date date);

}  // namespace hotline::calendar
