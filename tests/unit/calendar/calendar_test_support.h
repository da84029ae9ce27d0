// Shared helpers of the calendar tests: the shipped holiday files and terse date / instant literals.
#pragma once

#include <string>
#include <string_view>

#include "calendar/date.h"
#include "calendar/holiday_calendar.h"
#include "calendar/instant.h"

namespace hotline::calendar::test {

// The text of assets/holidays/<year>.json, read from the source tree.
std::string read_holiday_file(int year);
// 2025 and 2026 from the shipped files; the test fails if they do not parse.
const HolidayCalendar& shipped_calendar();

// "2026-02-13" -> Date; the test fails on a bad literal.
Date day(std::string_view iso);
// "2026-02-13T20:00:00+08:00" -> Instant; the test fails on a bad literal.
Instant at(std::string_view iso8601);

}  // namespace hotline::calendar::test
