// ISO 8601 timestamp parser: strict layout, typed errors, offset applied to reach Unix seconds.
#include "calendar/iso_timestamp.h"

#include <optional>

#include "calendar/date.h"
#include "calendar/fixed_digits.h"

namespace hotline::calendar {
namespace {

// Field at `pos` of exactly `width` digits, or nullopt.
std::optional<int> digits_at(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) {
    return std::nullopt;
  }
  return detail::parse_fixed_digits(text.substr(pos, width));
}

TimestampError from_date_error(DateError error) {
  switch (error) {
    case DateError::Malformed:
      return TimestampError::Malformed;
    case DateError::InvalidDate:
      return TimestampError::InvalidDate;
    case DateError::OutOfRange:
      return TimestampError::OutOfRange;
  }
  return TimestampError::Malformed;
}

// Seconds east of UTC for "Z", "+hh:mm", "+hhmm" or "+hh" filling all of `text`.
base::Expected<std::int64_t, TimestampError> parse_offset(std::string_view text) {
  if (text.empty()) {
    return base::unexpected(TimestampError::MissingOffset);
  }
  if (text == "Z" || text == "z") {
    return std::int64_t{0};
  }
  if (text[0] != '+' && text[0] != '-') {
    return base::unexpected(TimestampError::Malformed);
  }
  const auto hours = digits_at(text, 1, 2);
  std::optional<int> minutes;
  if (text.size() == 3) {
    minutes = 0;
  } else if (text.size() == 5) {
    minutes = digits_at(text, 3, 2);
  } else if (text.size() == 6 && text[3] == ':') {
    minutes = digits_at(text, 4, 2);
  }
  if (!hours || !minutes) {
    return base::unexpected(TimestampError::Malformed);
  }
  if (*hours > 23 || *minutes > 59) {
    return base::unexpected(TimestampError::InvalidOffset);
  }
  const std::int64_t seconds = *hours * 3600 + *minutes * 60;
  return text[0] == '-' ? -seconds : seconds;
}

// Length of an optional ".123" / ",123" fraction starting at `pos`, or nullopt if it has no digits.
std::optional<std::size_t> fraction_length(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || (text[pos] != '.' && text[pos] != ',')) {
    return 0;
  }
  std::size_t end = pos + 1;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
    ++end;
  }
  if (end == pos + 1) {
    return std::nullopt;
  }
  return end - pos;
}

}  // namespace

base::Expected<Instant, TimestampError> parse_iso8601_timestamp(std::string_view text) {
  // "YYYY-MM-DDThh:mm:ss" is 19 characters; the offset or fraction follows.
  if (text.size() < 19 || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':') {
    return base::unexpected(TimestampError::Malformed);
  }
  const auto date = parse_iso_date(text.substr(0, 10));
  if (!date) {
    return base::unexpected(from_date_error(date.error()));
  }
  const auto hour = digits_at(text, 11, 2);
  const auto minute = digits_at(text, 14, 2);
  const auto second = digits_at(text, 17, 2);
  if (!hour || !minute || !second) {
    return base::unexpected(TimestampError::Malformed);
  }
  if (*hour > 23 || *minute > 59 || *second > 59) {
    return base::unexpected(TimestampError::InvalidTime);
  }
  const auto fraction = fraction_length(text, 19);
  if (!fraction) {
    return base::unexpected(TimestampError::Malformed);
  }
  const auto offset = parse_offset(text.substr(19 + *fraction));
  if (!offset) {
    return base::unexpected(offset.error());
  }
  const std::int64_t local_seconds = date->days_since_epoch() * kSecondsPerDay + *hour * 3600 + *minute * 60 + *second;
  const auto instant = Instant::from_unix_seconds(local_seconds - *offset);
  if (!instant) {
    return base::unexpected(TimestampError::OutOfRange);
  }
  return *instant;
}

}  // namespace hotline::calendar
