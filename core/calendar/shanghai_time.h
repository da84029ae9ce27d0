// Conversions between instants and Shanghai wall-clock time, and the "+08:00" ISO 8601 form.
#pragma once

#include <string>

#include "base/expected.h"
#include "calendar/date.h"
#include "calendar/instant.h"

namespace hotline::calendar {

// A wall-clock time in Asia/Shanghai (UTC+08:00, see kShanghaiUtcOffsetSeconds).
struct LocalDateTime {
  Date date;
  int hour = 0;    // 0..23
  int minute = 0;  // 0..59
  int second = 0;  // 0..59

  friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
};

enum class LocalTimeError {
  InvalidTime,  // hour, minute or second out of range (24:00 and leap second 60 included)
  OutOfRange,   // after 9999-12-31T23:59:59+08:00
};

LocalDateTime to_shanghai(Instant instant);
Date shanghai_date(Instant instant);
// 00:00:00 Shanghai time of `date` (always representable: the Instant range starts at a Shanghai midnight).
Instant shanghai_midnight(Date date);
// The instant at which `date` ends in Shanghai: the next midnight, i.e. "24:00" of that day. Fails only
// for 9999-12-31, whose end is past the Instant range.
base::Expected<Instant, LocalTimeError> shanghai_end_of_day(Date date);
base::Expected<Instant, LocalTimeError> from_shanghai(Date date, int hour, int minute, int second);

// "2026-02-13T20:00:00+08:00": the form the hotline shows and sends (Open311 dates carry a time zone).
std::string to_iso8601_shanghai(Instant instant);

}  // namespace hotline::calendar
