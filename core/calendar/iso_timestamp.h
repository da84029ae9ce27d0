// Parsing of ISO 8601 / RFC 3339 timestamps with any UTC offset or "Z" (Open311 dates).
#pragma once

#include <string_view>

#include "base/expected.h"
#include "calendar/instant.h"

namespace hotline::calendar {

enum class TimestampError {
  Malformed,      // not date "T" time offset
  InvalidDate,    // no such calendar day
  InvalidTime,    // hour > 23, minute > 59, second > 59 (leap seconds have no Unix time)
  MissingOffset,  // local time without "Z" or "+hh:mm": ambiguous, so refused rather than guessed
  InvalidOffset,  // offset hours > 23 or minutes > 59
  OutOfRange,     // outside the Instant range (years 0001..9999)
};

// Accepts "YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm|+hhmm|+hh)", with 't' and 'z' also allowed
// (RFC 3339). Fractions of a second are truncated toward the past.
base::Expected<Instant, TimestampError> parse_iso8601_timestamp(std::string_view text);

}  // namespace hotline::calendar
