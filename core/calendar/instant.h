// An instant as Unix seconds, and the hotline's time zone Asia/Shanghai that bounds its range.
#pragma once

#include <compare>
#include <cstdint>

#include "base/expected.h"
#include "calendar/date.h"

namespace hotline::calendar {

inline constexpr std::int64_t kSecondsPerDay = 86400;

// Asia/Shanghai (China Standard Time) is UTC+08:00 all year: China has observed no daylight saving
// time since 1991, so a fixed offset is exact for every date the hotline handles (and no tz database
// is needed in the browser). Instants before 1991 are still converted with +08:00.
inline constexpr std::int64_t kShanghaiUtcOffsetSeconds = 8 * 3600;

struct InstantOutOfRange {
  std::int64_t unix_seconds;
};

// Seconds since 1970-01-01T00:00:00Z, leap seconds not counted (POSIX time). The range is limited to
// 0001-01-01T00:00:00+08:00 .. 9999-12-31T23:59:59+08:00 so that every instant has a Shanghai Date;
// values from outside (a clock, the network) enter through from_unix_seconds() and are checked there.
class Instant {
 public:
  static constexpr std::int64_t kMinUnixSeconds =
      days_from_civil(Date::kMinYear, 1, 1) * kSecondsPerDay - kShanghaiUtcOffsetSeconds;
  static constexpr std::int64_t kMaxUnixSeconds =
      days_from_civil(Date::kMaxYear, 12, 31) * kSecondsPerDay + (kSecondsPerDay - 1) - kShanghaiUtcOffsetSeconds;

  // The Unix epoch.
  constexpr Instant() = default;

  static base::Expected<Instant, InstantOutOfRange> from_unix_seconds(std::int64_t seconds) {
    if (seconds < kMinUnixSeconds || seconds > kMaxUnixSeconds) {
      return base::unexpected(InstantOutOfRange{seconds});
    }
    return Instant(seconds);
  }

  std::int64_t unix_seconds() const { return seconds_; }

  friend auto operator<=>(const Instant&, const Instant&) = default;

 private:
  explicit constexpr Instant(std::int64_t seconds) : seconds_(seconds) {}

  std::int64_t seconds_ = 0;
};

}  // namespace hotline::calendar
