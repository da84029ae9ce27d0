// Civil date arithmetic (days-from-civil and back), weekdays, and the ISO 8601 calendar date form.
#include "calendar/date.h"

#include <cstdio>

#include "calendar/fixed_digits.h"

namespace hotline::calendar {
bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    return 0;
  }
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

base::Expected<Date, DateError> Date::from_ymd(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear) {
    return base::unexpected(DateError::OutOfRange);
  }
  if (day < 1 || day > days_in_month(year, month)) {
    return base::unexpected(DateError::InvalidDate);
  }
  return Date(year, month, day);
}

base::Expected<Date, DateError> Date::from_days_since_epoch(std::int64_t days) {
  constexpr std::int64_t kMinDays = days_from_civil(kMinYear, 1, 1);
  constexpr std::int64_t kMaxDays = days_from_civil(kMaxYear, 12, 31);
  if (days < kMinDays || days > kMaxDays) {
    return base::unexpected(DateError::OutOfRange);
  }
  const std::int64_t shifted = days + detail::kDaysFromMarch0000ToEpoch;
  const std::int64_t era = shifted / detail::kDaysPer400Years;  // shifted >= 0 within the supported range
  const std::int64_t day_of_era = shifted - era * detail::kDaysPer400Years;
  const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date(year, month, day);
}

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday (ISO 4).
  const std::int64_t days = days_since_epoch();
  const std::int64_t from_monday = ((days % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(from_monday + 1);
}

bool Date::is_weekend() const {
  const Weekday w = weekday();
  return w == Weekday::Saturday || w == Weekday::Sunday;
}

int Date::day_of_year() const {
  return static_cast<int>(days_since_epoch() - days_from_civil(year_, 1, 1)) + 1;
}

base::Expected<Date, DateError> Date::plus_days(std::int64_t days) const {
  // Any count beyond the whole supported span lands out of range; clamping keeps the sum from overflowing.
  constexpr std::int64_t kSpan = 4000000;
  if (days > kSpan || days < -kSpan) {
    return base::unexpected(DateError::OutOfRange);
  }
  return from_days_since_epoch(days_since_epoch() + days);
}

namespace {

base::Expected<Date, DateError> date_from_fields(std::string_view y, std::string_view m, std::string_view d) {
  const auto year = detail::parse_fixed_digits(y);
  const auto month = detail::parse_fixed_digits(m);
  const auto day = detail::parse_fixed_digits(d);
  if (!year || !month || !day) {
    return base::unexpected(DateError::Malformed);
  }
  if (*year == 0) {
    return base::unexpected(DateError::OutOfRange);
  }
  return Date::from_ymd(*year, *month, *day);
}

}  // namespace

base::Expected<Date, DateError> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return base::unexpected(DateError::Malformed);
  }
  return date_from_fields(text.substr(0, 4), text.substr(5, 2), text.substr(8, 2));
}

base::Expected<Date, DateError> parse_compact_date(std::string_view text) {
  if (text.size() != 8) {
    return base::unexpected(DateError::Malformed);
  }
  return date_from_fields(text.substr(0, 4), text.substr(4, 2), text.substr(6, 2));
}

std::string to_iso_string(Date date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year(), date.month(), date.day());
  return buffer;
}

}  // namespace hotline::calendar
