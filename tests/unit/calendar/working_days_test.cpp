// Working-day deadlines around the 2025/2026 Spring Festival and National Day, midnight edges, unknown years.
#include <catch2/catch.hpp>

#include "calendar/shanghai_time.h"
#include "calendar/working_days.h"
#include "calendar_test_support.h"

using namespace hotline::calendar;
using test::at;
using test::day;
using test::shipped_calendar;

namespace {

Date plus_working(std::string_view start, int n) {
  const auto due = add_working_days(shipped_calendar(), day(start), n);
  INFO(start << " + " << n << " working days");
  REQUIRE(due.has_value());
  return *due;
}

std::string due_text(std::string_view accepted_at, int n) {
  const auto due = due_instant(shipped_calendar(), at(accepted_at), n);
  INFO(accepted_at << " + " << n << " working days");
  REQUIRE(due.has_value());
  return to_iso8601_shanghai(*due);
}

void check_unknown(const hotline::base::Expected<Date, DeadlineError>& result, int year) {
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().kind == DeadlineErrorKind::UnknownYear);
  CHECK(result.error().year == year);
}

}  // namespace

TEST_CASE("counting starts the day after acceptance") {
  CHECK(plus_working("2026-03-02", 0) == day("2026-03-02"));
  CHECK(plus_working("2026-03-02", 1) == day("2026-03-03"));  // Monday -> Tuesday
  CHECK(plus_working("2026-03-06", 1) == day("2026-03-09"));  // Friday -> Monday
  CHECK(plus_working("2026-03-07", 1) == day("2026-03-09"));  // accepted on a Saturday
  CHECK(plus_working("2026-03-02", 10) == day("2026-03-16"));
  const auto negative = add_working_days(shipped_calendar(), day("2026-03-02"), -1);
  REQUIRE_FALSE(negative.has_value());
  CHECK(negative.error().kind == DeadlineErrorKind::NegativeWorkingDays);
}

TEST_CASE("Spring Festival 2025: Jan 28 - Feb 4 off, Jan 26 and Feb 8 worked") {
  CHECK(plus_working("2025-01-24", 1) == day("2025-01-26"));  // Friday -> the worked Sunday
  CHECK(plus_working("2025-01-24", 2) == day("2025-01-27"));
  CHECK(plus_working("2025-01-24", 3) == day("2025-02-05"));
  CHECK(plus_working("2025-01-27", 1) == day("2025-02-05"));
  CHECK(plus_working("2025-01-27", 4) == day("2025-02-08"));  // the worked Saturday
  CHECK(plus_working("2025-01-27", 5) == day("2025-02-10"));
  CHECK(plus_working("2025-01-30", 1) == day("2025-02-05"));  // accepted during the holiday
  CHECK(plus_working("2025-02-07", 1) == day("2025-02-08"));
}

TEST_CASE("Spring Festival 2026: Feb 15-23 off, Feb 14 and Feb 28 worked") {
  CHECK(plus_working("2026-02-13", 1) == day("2026-02-14"));
  CHECK(plus_working("2026-02-13", 2) == day("2026-02-24"));
  CHECK(plus_working("2026-02-13", 3) == day("2026-02-25"));
  CHECK(plus_working("2026-02-14", 1) == day("2026-02-24"));
  CHECK(plus_working("2026-02-27", 1) == day("2026-02-28"));
  CHECK(plus_working("2026-02-27", 2) == day("2026-03-02"));
  CHECK(plus_working("2026-02-12", 10) == day("2026-03-04"));
}

TEST_CASE("National Day 2025: Oct 1-8 off, Sep 28 and Oct 11 worked") {
  CHECK(plus_working("2025-09-26", 1) == day("2025-09-28"));
  CHECK(plus_working("2025-09-28", 2) == day("2025-09-30"));
  CHECK(plus_working("2025-09-30", 1) == day("2025-10-09"));
  CHECK(plus_working("2025-09-30", 3) == day("2025-10-11"));
  CHECK(plus_working("2025-09-30", 4) == day("2025-10-13"));
}

TEST_CASE("National Day 2026: Oct 1-7 off, Sep 20 and Oct 10 worked; Mid-Autumn Sep 25-27 off") {
  CHECK(plus_working("2026-09-18", 1) == day("2026-09-20"));
  CHECK(plus_working("2026-09-24", 1) == day("2026-09-28"));
  CHECK(plus_working("2026-09-30", 1) == day("2026-10-08"));
  CHECK(plus_working("2026-09-30", 3) == day("2026-10-10"));
  CHECK(plus_working("2026-09-30", 4) == day("2026-10-12"));
  CHECK(plus_working("2026-10-09", 1) == day("2026-10-10"));
}

TEST_CASE("counting crosses from 2025 into 2026") {
  CHECK(plus_working("2025-12-31", 1) == day("2026-01-04"));  // Jan 1-3 off, Sunday Jan 4 worked
  CHECK(plus_working("2025-12-31", 2) == day("2026-01-05"));
  CHECK(plus_working("2024-12-31", 1) == day("2025-01-02"));  // the acceptance day's year is never consulted
}

TEST_CASE("a count reaching 2027 reports the unknown year") {
  CHECK(plus_working("2026-12-30", 1) == day("2026-12-31"));
  check_unknown(add_working_days(shipped_calendar(), day("2026-12-30"), 2), 2027);
  check_unknown(add_working_days(shipped_calendar(), day("2026-12-31"), 1), 2027);
  check_unknown(add_working_days(shipped_calendar(), day("2027-03-01"), 1), 2027);
  check_unknown(add_working_days(shipped_calendar(), day("2023-12-29"), 1), 2023);
  const auto between = working_days_between(shipped_calendar(), day("2026-12-01"), day("2027-01-05"));
  REQUIRE_FALSE(between.has_value());
  CHECK(between.error().year == 2027);
  const auto due = due_instant(shipped_calendar(), at("2026-12-30T10:00:00+08:00"), 3);
  REQUIRE_FALSE(due.has_value());
  CHECK(due.error().kind == DeadlineErrorKind::UnknownYear);
  CHECK(due.error().year == 2027);
}

TEST_CASE("working days between two dates invert the addition") {
  const HolidayCalendar& calendar = shipped_calendar();
  CHECK(*working_days_between(calendar, day("2026-02-13"), day("2026-02-25")) == 3);
  CHECK(*working_days_between(calendar, day("2025-09-30"), day("2025-10-11")) == 3);
  CHECK(*working_days_between(calendar, day("2026-02-13"), day("2026-02-13")) == 0);
  CHECK(*working_days_between(calendar, day("2026-02-25"), day("2026-02-13")) == 0);
  CHECK(*working_days_between(calendar, day("2026-02-14"), day("2026-02-23")) == 0);
}

TEST_CASE("due instants are the next Shanghai midnight after the last working day") {
  // A complaint on the convenience-services list (3 working days) accepted on Friday evening before
  // Spring Festival 2026: Sat Feb 14 (worked), Tue Feb 24, Wed Feb 25.
  CHECK(due_text("2026-02-13T20:00:00+08:00", 3) == "2026-02-26T00:00:00+08:00");
  CHECK(due_text("2025-01-27T09:00:00+08:00", 2) == "2025-02-07T00:00:00+08:00");
  CHECK(due_text("2025-09-30T18:00:00+08:00", 2) == "2025-10-11T00:00:00+08:00");
  CHECK(due_text("2026-03-02T09:00:00+08:00", 0) == "2026-03-03T00:00:00+08:00");
  CHECK(due_instant(shipped_calendar(), at("2026-03-02T09:00:00+08:00"), -3).error().kind ==
        DeadlineErrorKind::NegativeWorkingDays);
}

TEST_CASE("acceptance just before and after Shanghai midnight (UTC 15:59:59 / 16:00:00)") {
  // 2026-02-13 23:59:59 in Shanghai is still Friday; one second later it is the worked Saturday.
  CHECK(due_text("2026-02-13T15:59:59Z", 3) == "2026-02-26T00:00:00+08:00");
  CHECK(due_text("2026-02-13T16:00:00Z", 3) == "2026-02-27T00:00:00+08:00");
  // Saturday 2025-09-27 is not worked, Sunday the 28th is.
  CHECK(due_text("2025-09-27T15:59:59Z", 1) == "2025-09-29T00:00:00+08:00");
  CHECK(due_text("2025-09-27T16:00:00Z", 1) == "2025-09-30T00:00:00+08:00");
}

TEST_CASE("the due day is the day before the due midnight") {
  CHECK(due_day(at("2026-02-26T00:00:00+08:00")) == day("2026-02-25"));
  CHECK(due_day(at("2026-02-26T00:00:01+08:00")) == day("2026-02-26"));
  CHECK(due_day(at("2026-02-25T17:00:00+08:00")) == day("2026-02-25"));
  CHECK(due_day(at("0001-01-01T00:00:00+08:00")) == day("0001-01-01"));
}

TEST_CASE("working days left count down to the due day") {
  const HolidayCalendar& calendar = shipped_calendar();
  const Instant due = at("2026-02-26T00:00:00+08:00");
  CHECK(*working_days_left(calendar, at("2026-02-13T20:00:00+08:00"), due) == 3);
  CHECK(*working_days_left(calendar, at("2026-02-14T10:00:00+08:00"), due) == 2);
  CHECK(*working_days_left(calendar, at("2026-02-20T10:00:00+08:00"), due) == 2);
  CHECK(*working_days_left(calendar, at("2026-02-24T10:00:00+08:00"), due) == 1);
  CHECK(*working_days_left(calendar, at("2026-02-25T10:00:00+08:00"), due) == 0);
  CHECK(*working_days_left(calendar, due, due) == 0);
  CHECK(*working_days_left(calendar, at("2026-03-10T10:00:00+08:00"), due) == 0);
  CHECK(working_days_left(calendar, at("2026-12-20T10:00:00+08:00"), at("2027-01-06T00:00:00+08:00")).error().year ==
        2027);
}

TEST_CASE("overdue requests count the working days begun since the due day") {
  const HolidayCalendar& calendar = shipped_calendar();
  const Instant due = at("2026-02-26T00:00:00+08:00");
  const Overdue before = *overdue_by(calendar, at("2026-02-25T23:59:59+08:00"), due);
  CHECK(before.working_days == 0);
  CHECK(before.seconds == 0);
  const Overdue at_due = *overdue_by(calendar, due, due);
  CHECK(at_due.working_days == 1);
  CHECK(at_due.seconds == 0);
  const Overdue later = *overdue_by(calendar, at("2026-02-28T10:00:00+08:00"), due);  // the worked Saturday
  CHECK(later.working_days == 3);
  CHECK(later.seconds == (2 * 24 + 10) * 3600);

  // Due at the end of Friday 2026-03-06: the weekend adds hours but no working days.
  const Instant friday = at("2026-03-07T00:00:00+08:00");
  const Overdue weekend = *overdue_by(calendar, at("2026-03-08T23:59:59+08:00"), friday);
  CHECK(weekend.working_days == 0);
  CHECK(weekend.seconds == 48 * 3600 - 1);
  CHECK(overdue_by(calendar, at("2026-03-09T00:00:00+08:00"), friday)->working_days == 1);

  const auto unknown = overdue_by(calendar, at("2027-01-04T10:00:00+08:00"), at("2027-01-01T00:00:00+08:00"));
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().year == 2027);
}
