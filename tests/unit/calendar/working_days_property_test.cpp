// Properties of working-day deadlines for every start date in 2025-2026 and every n in 1..15.
#include <catch2/catch.hpp>

#include "calendar/deadline_status.h"
#include "calendar/shanghai_time.h"
#include "calendar/working_days.h"
#include "calendar_test_support.h"

using namespace hotline::calendar;
using test::day;
using test::shipped_calendar;

namespace {

constexpr int kMaxWorkingDays = 15;

// A different time of day for each case, so acceptance is not always at the same hour.
Instant accepted_on(Date date, int case_index) {
  const int second_of_day = static_cast<int>((static_cast<long long>(case_index) * 7919) % kSecondsPerDay);
  return from_shanghai(date, second_of_day / 3600, second_of_day / 60 % 60, second_of_day % 60).value();
}

}  // namespace

TEST_CASE("a due date is a working day, N working days later, and the first such day") {
  const HolidayCalendar& calendar = shipped_calendar();
  int checked = 0;
  int unknown = 0;
  for (Date start = day("2025-01-01"); start <= day("2026-12-31"); start = start.plus_days(1).value()) {
    for (int n = 1; n <= kMaxWorkingDays; ++n) {
      INFO(to_iso_string(start) << " + " << n);
      const auto due = add_working_days(calendar, start, n);
      if (!due) {
        // Only a count that runs into 2027, where no schedule is known, may fail.
        REQUIRE(due.error().kind == DeadlineErrorKind::UnknownYear);
        REQUIRE(due.error().year == 2027);
        REQUIRE(*working_days_between(calendar, start, day("2026-12-31")) < n);
        ++unknown;
        continue;
      }
      REQUIRE(start < *due);
      REQUIRE(*calendar.is_working_day(*due));
      REQUIRE(*working_days_between(calendar, start, *due) == n);
      REQUIRE(*working_days_between(calendar, start, due->plus_days(-1).value()) == n - 1);
      ++checked;
    }
  }
  CHECK(checked > 10000);
  CHECK(unknown > 0);
}

TEST_CASE("the acceptance day never counts and longer deadlines end later") {
  const HolidayCalendar& calendar = shipped_calendar();
  for (Date start = day("2025-01-01"); start <= day("2026-11-30"); start = start.plus_days(1).value()) {
    INFO(to_iso_string(start));
    const Date first = *add_working_days(calendar, start, 1);
    for (int n = 1; n < kMaxWorkingDays; ++n) {
      const Date due = *add_working_days(calendar, start, n);
      REQUIRE(*add_working_days(calendar, first, n - 1) == due);
      REQUIRE(due < *add_working_days(calendar, start, n + 1));
    }
  }
}

TEST_CASE("due instants end the due day in Shanghai and show N working days left at acceptance") {
  const HolidayCalendar& calendar = shipped_calendar();
  int case_index = 0;
  for (Date start = day("2025-01-01"); start <= day("2026-11-30"); start = start.plus_days(1).value()) {
    for (int n = 1; n <= kMaxWorkingDays; ++n) {
      INFO(to_iso_string(start) << " + " << n);
      const Instant accepted = accepted_on(start, ++case_index);
      const auto due = due_instant(calendar, accepted, n);
      REQUIRE(due.has_value());
      REQUIRE(*due == shanghai_end_of_day(*add_working_days(calendar, start, n)).value());
      REQUIRE(to_shanghai(*due).hour == 0);
      REQUIRE(to_shanghai(*due).minute == 0);
      REQUIRE(to_shanghai(*due).second == 0);
      REQUIRE(*working_days_left(calendar, accepted, *due) == n);
      const DeadlineStatus status = deadline_status(calendar, accepted, *due);
      REQUIRE(status.phase == DeadlinePhase::OnTime);
      REQUIRE(status.working_days == n);
      REQUIRE(overdue_by(calendar, *due, *due)->working_days >= 0);
    }
  }
}
