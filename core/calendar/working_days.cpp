// Working-day counting over a HolidayCalendar, and the Shanghai end-of-day deadline convention.
#include "calendar/working_days.h"

#include "calendar/shanghai_time.h"

namespace hotline::calendar {
namespace {

base::Unexpected<DeadlineError> unknown(UnknownYear missing) {
  return base::unexpected(DeadlineError{DeadlineErrorKind::UnknownYear, missing.year});
}

base::Unexpected<DeadlineError> out_of_range() {
  return base::unexpected(DeadlineError{DeadlineErrorKind::OutOfRange});
}

}  // namespace

base::Expected<Date, DeadlineError> add_working_days(const HolidayCalendar& calendar, Date start, int working_days) {
  if (working_days < 0) {
    return base::unexpected(DeadlineError{DeadlineErrorKind::NegativeWorkingDays});
  }
  Date day = start;
  int counted = 0;
  while (counted < working_days) {
    const auto next = day.plus_days(1);
    if (!next) {
      return out_of_range();
    }
    day = *next;
    const auto working = calendar.is_working_day(day);
    if (!working) {
      return unknown(working.error());
    }
    counted += *working ? 1 : 0;
  }
  return day;
}

base::Expected<int, DeadlineError> working_days_between(const HolidayCalendar& calendar, Date from, Date to) {
  int counted = 0;
  for (Date day = from; day < to;) {
    day = day.plus_days(1).value();  // day < to <= 9999-12-31, so a next day exists
    const auto working = calendar.is_working_day(day);
    if (!working) {
      return unknown(working.error());
    }
    counted += *working ? 1 : 0;
  }
  return counted;
}

base::Expected<Instant, DeadlineError> due_instant(const HolidayCalendar& calendar, Instant accepted_at,
                                                   int working_days) {
  const auto last_day = add_working_days(calendar, shanghai_date(accepted_at), working_days);
  if (!last_day) {
    return base::unexpected(last_day.error());
  }
  const auto end = shanghai_end_of_day(*last_day);
  if (!end) {
    return out_of_range();
  }
  return *end;
}

Date due_day(Instant due) {
  const auto last_second = Instant::from_unix_seconds(due.unix_seconds() - 1);
  return shanghai_date(last_second ? *last_second : due);
}

base::Expected<int, DeadlineError> working_days_left(const HolidayCalendar& calendar, Instant now, Instant due) {
  if (now >= due) {
    return 0;
  }
  return working_days_between(calendar, shanghai_date(now), due_day(due));
}

base::Expected<Overdue, DeadlineError> overdue_by(const HolidayCalendar& calendar, Instant now, Instant due) {
  if (now < due) {
    return Overdue{};
  }
  const auto days = working_days_between(calendar, due_day(due), shanghai_date(now));
  if (!days) {
    return base::unexpected(days.error());
  }
  return Overdue{*days, now.unix_seconds() - due.unix_seconds()};
}

}  // namespace hotline::calendar
