// The shipped assets/holidays files, checked day by day against the State Council lists (domain facts).
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "calendar_test_support.h"

using namespace hotline::calendar;
using test::day;
using test::shipped_calendar;

namespace {

// The lists as published, copied here independently of the JSON files.
const std::vector<std::pair<const char*, const char*>> kDaysOff = {
    {"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
    {"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"},
    {"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
    {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
    {"2026-10-01", "2026-10-07"},
};
const std::vector<const char*> kAdjustedWorkingDays = {
    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
    "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
};

std::set<Date> days_off() {
  std::set<Date> out;
  for (const auto& [from, to] : kDaysOff) {
    for (Date d = day(from); d <= day(to); d = d.plus_days(1).value()) {
      out.insert(d);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the shipped files hold 2025 and 2026 only") {
  CHECK(shipped_calendar().years() == std::vector<int>{2025, 2026});
}

TEST_CASE("each listed day off is off and each adjusted working day is worked") {
  const HolidayCalendar& calendar = shipped_calendar();
  const std::set<Date> off = days_off();
  CHECK(off.size() == 1 + 8 + 3 + 5 + 3 + 8 + 3 + 9 + 3 + 5 + 3 + 3 + 7);
  for (const Date& d : off) {
    INFO(to_iso_string(d));
    CHECK(*calendar.day_type(d) == DayType::DayOff);
    CHECK_FALSE(*calendar.is_working_day(d));
  }
  for (const char* iso : kAdjustedWorkingDays) {
    INFO(iso);
    CHECK(day(iso).is_weekend());
    CHECK(*calendar.day_type(day(iso)) == DayType::AdjustedWorkingDay);
    CHECK(*calendar.is_working_day(day(iso)));
  }
}

TEST_CASE("every other day of 2025 and 2026 follows the Monday-Friday week") {
  const HolidayCalendar& calendar = shipped_calendar();
  const std::set<Date> off = days_off();
  std::set<Date> worked;
  for (const char* iso : kAdjustedWorkingDays) {
    worked.insert(day(iso));
  }
  for (Date d = day("2025-01-01"); d <= day("2026-12-31"); d = d.plus_days(1).value()) {
    INFO(to_iso_string(d));
    const bool expected = worked.count(d) != 0 || (off.count(d) == 0 && !d.is_weekend());
    REQUIRE(*calendar.is_working_day(d) == expected);
  }
}

TEST_CASE("years around the shipped data are unknown") {
  CHECK(shipped_calendar().is_working_day(day("2024-12-31")).error().year == 2024);
  CHECK(shipped_calendar().is_working_day(day("2027-01-01")).error().year == 2027);
  CHECK(shipped_calendar().is_working_day(day("2027-06-01")).error().year == 2027);
}
