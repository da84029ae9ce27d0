// Deadline arithmetic in working days (weekends and days off skipped, adjusted working days counted).
#pragma once

#include <cstdint>

#include "base/expected.h"
#include "calendar/date.h"
#include "calendar/holiday_calendar.h"
#include "calendar/instant.h"

namespace hotline::calendar {

enum class DeadlineErrorKind {
  UnknownYear,          // a day to count lies in a year without holiday data (`year` tells which)
  NegativeWorkingDays,  // a deadline of fewer than 0 working days
  OutOfRange,           // the count runs past 9999-12-31
};

struct DeadlineError {
  DeadlineErrorKind kind;
  int year = 0;  // UnknownYear only
};

// The day `working_days` working days after `start`. Counting starts the next day: the acceptance day
// itself never counts, whatever its type, so 1 is the first working day after `start` and 0 is `start`.
base::Expected<Date, DeadlineError> add_working_days(const HolidayCalendar& calendar, Date start, int working_days);

// The working days in (from, to]: the inverse of add_working_days; 0 when `to` is not after `from`.
base::Expected<int, DeadlineError> working_days_between(const HolidayCalendar& calendar, Date from, Date to);

// When a request accepted at `accepted_at` with a legal deadline of `working_days` is due. Convention:
// the deadline is the END of the Nth working day after the Shanghai acceptance date, 24:00 local time,
// i.e. the instant of the following midnight (00:00 +08:00 of the next day). Anything strictly before
// that instant is on time; from that instant on the request is overdue.
base::Expected<Instant, DeadlineError> due_instant(const HolidayCalendar& calendar, Instant accepted_at,
                                                   int working_days);

// The Shanghai day a deadline falls on: the day of the last second before `due` (so a due_instant()
// at 00:00 belongs to the day before). Also right for deadlines a server sends at other times of day.
Date due_day(Instant due);

// Working days after today (Shanghai) up to and including the due day. Right after acceptance this is
// the legal deadline N; on the due day itself and once overdue it is 0.
base::Expected<int, DeadlineError> working_days_left(const HolidayCalendar& calendar, Instant now, Instant due);

struct Overdue {
  // Working days after the due day that have begun by `now`: the first working day after the deadline
  // counts as 1 from its first second. 0 when only non-working days have passed since the deadline.
  int working_days = 0;
  std::int64_t seconds = 0;  // time since `due`; 0 while not overdue
};

// How late a request is at `now`; both fields are 0 before `due`.
base::Expected<Overdue, DeadlineError> overdue_by(const HolidayCalendar& calendar, Instant now, Instant due);

}  // namespace hotline::calendar
