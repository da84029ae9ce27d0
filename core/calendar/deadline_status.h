// What a citizen screen shows about a deadline: on time / due today / overdue, as catalog keys.
#pragma once

#include <cstdint>

#include "base/message.h"
#include "calendar/holiday_calendar.h"
#include "calendar/instant.h"
#include "calendar/working_days.h"

namespace hotline::calendar {

enum class DeadlinePhase {
  OnTime,    // at least one working day left after today
  DueToday,  // the deadline ends today and has not passed
  Overdue,   // the deadline has passed
  Unknown,   // no holiday data for a year involved: the screen says so instead of guessing
};

struct DeadlineStatus {
  DeadlinePhase phase = DeadlinePhase::Unknown;
  int working_days = 0;    // OnTime: working days left after today; Overdue: working days overdue
  std::int64_t hours = 0;  // DueToday: hours left; Overdue: hours overdue; both rounded up, at least 1
  base::Message message;   // a key of assets/i18n/<lang>/calendar.json
};

// Never fails: a computation error becomes the Unknown phase with its explanatory message.
DeadlineStatus deadline_status(const HolidayCalendar& calendar, Instant now, Instant due);

// The message explaining why a deadline cannot be computed ("calendar.unknown_year" with {year}, ...),
// also for screens that compute due dates themselves.
base::Message deadline_error_message(const DeadlineError& error);

}  // namespace hotline::calendar
