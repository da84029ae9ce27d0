// Shanghai wall-clock conversions: a fixed UTC+08:00 offset applied to Unix seconds.
#include "calendar/shanghai_time.h"

#include <cstdio>

namespace hotline::calendar {
namespace {

// Floor division, so that instants before 1970 fall on the right day.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

Instant in_range(std::int64_t unix_seconds) {
  // Callers compute values inside the range by construction.
  return Instant::from_unix_seconds(unix_seconds).value();
}

}  // namespace

LocalDateTime to_shanghai(Instant instant) {
  const std::int64_t local = instant.unix_seconds() + kShanghaiUtcOffsetSeconds;
  const std::int64_t days = floor_div(local, kSecondsPerDay);
  const auto second_of_day = static_cast<int>(local - days * kSecondsPerDay);
  LocalDateTime out;
  out.date = Date::from_days_since_epoch(days).value();  // the Instant range maps onto the Date range
  out.hour = second_of_day / 3600;
  out.minute = second_of_day / 60 % 60;
  out.second = second_of_day % 60;
  return out;
}

Date shanghai_date(Instant instant) {
  return to_shanghai(instant).date;
}

Instant shanghai_midnight(Date date) {
  return in_range(date.days_since_epoch() * kSecondsPerDay - kShanghaiUtcOffsetSeconds);
}

base::Expected<Instant, LocalTimeError> shanghai_end_of_day(Date date) {
  const auto next = date.plus_days(1);
  if (!next) {
    return base::unexpected(LocalTimeError::OutOfRange);
  }
  return shanghai_midnight(*next);
}

base::Expected<Instant, LocalTimeError> from_shanghai(Date date, int hour, int minute, int second) {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return base::unexpected(LocalTimeError::InvalidTime);
  }
  return in_range(shanghai_midnight(date).unix_seconds() + hour * 3600 + minute * 60 + second);
}

static_assert(kShanghaiUtcOffsetSeconds == 8 * 3600, "the suffix below spells the offset");

std::string to_iso8601_shanghai(Instant instant) {
  const LocalDateTime local = to_shanghai(instant);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d+08:00", to_iso_string(local.date).c_str(), local.hour,
                local.minute, local.second);
  return buffer;
}

}  // namespace hotline::calendar
