// Maps working-day arithmetic onto the citizen-facing deadline phases and their catalog messages.
#include "calendar/deadline_status.h"

#include <string>
#include <utility>

namespace hotline::calendar {
namespace {

constexpr std::int64_t kSecondsPerHour = 3600;

// Rounded up so that a screen never shows "0 hours" for time that remains or has passed.
std::int64_t whole_hours(std::int64_t seconds) {
  return seconds <= 0 ? 1 : (seconds + kSecondsPerHour - 1) / kSecondsPerHour;
}

base::Message message(std::string key, std::string param, std::int64_t value) {
  return base::Message{std::move(key), {{std::move(param), std::to_string(value)}}};
}

DeadlineStatus unknown(const DeadlineError& error) {
  return DeadlineStatus{DeadlinePhase::Unknown, 0, 0, deadline_error_message(error)};
}

DeadlineStatus overdue_status(const Overdue& overdue) {
  const std::int64_t hours = whole_hours(overdue.seconds);
  DeadlineStatus status{DeadlinePhase::Overdue, overdue.working_days, hours, {}};
  if (overdue.working_days == 0) {
    status.message = message("calendar.overdue.hours", "hours", hours);
  } else {
    status.message = message(overdue.working_days == 1 ? "calendar.overdue.one_day" : "calendar.overdue.days", "days",
                             overdue.working_days);
  }
  return status;
}

}  // namespace

base::Message deadline_error_message(const DeadlineError& error) {
  switch (error.kind) {
    case DeadlineErrorKind::UnknownYear:
      return message("calendar.unknown_year", "year", error.year);
    case DeadlineErrorKind::NegativeWorkingDays:
    case DeadlineErrorKind::OutOfRange:
      break;
  }
  return base::Message{"calendar.deadline_unavailable", {}};
}

DeadlineStatus deadline_status(const HolidayCalendar& calendar, Instant now, Instant due) {
  if (now >= due) {
    const auto overdue = overdue_by(calendar, now, due);
    return overdue ? overdue_status(*overdue) : unknown(overdue.error());
  }
  const auto left = working_days_left(calendar, now, due);
  if (!left) {
    return unknown(left.error());
  }
  if (*left == 0) {
    const std::int64_t hours = whole_hours(due.unix_seconds() - now.unix_seconds());
    return DeadlineStatus{DeadlinePhase::DueToday, 0, hours, message("calendar.remaining.today", "hours", hours)};
  }
  return DeadlineStatus{DeadlinePhase::OnTime, *left, 0,
                        message(*left == 1 ? "calendar.remaining.one_day" : "calendar.remaining.days", "days", *left)};
}

}  // namespace hotline::calendar
