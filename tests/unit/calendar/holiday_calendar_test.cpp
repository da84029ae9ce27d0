// Holiday data parsing: every typed validation error, several years, and the unknown-year rule.
#include <catch2/catch.hpp>

#include <string>

#include "calendar/holiday_calendar.h"
#include "calendar_test_support.h"

using namespace hotline::calendar;
using test::day;

namespace {

// A 2026 file whose "holidays" array is `holidays`.
std::string year_2026(const std::string& holidays) {
  return R"({"year": 2026, "source": "test", "holidays": [)" + holidays + "]}";
}

HolidayDataErrorKind error_kind(const std::string& json) {
  const auto parsed = HolidayCalendar::parse(json);
  INFO(json);
  REQUIRE_FALSE(parsed.has_value());
  CHECK_FALSE(parsed.error().detail.empty());
  return parsed.error().kind;
}

const std::string kSpring = R"({"name": "spring_festival", "from": "2026-02-15", "to": "2026-02-23",
                                "working_days": ["2026-02-14", "2026-02-28"]})";

}  // namespace

TEST_CASE("a minimal year parses and classifies its days") {
  const auto parsed = HolidayCalendar::parse(year_2026(kSpring));
  REQUIRE(parsed.has_value());
  const HolidayCalendar& calendar = *parsed;
  CHECK(calendar.years() == std::vector<int>{2026});
  CHECK(calendar.has_year(2026));
  CHECK_FALSE(calendar.has_year(2025));
  CHECK(*calendar.day_type(day("2026-02-13")) == DayType::Workday);
  CHECK(*calendar.day_type(day("2026-02-14")) == DayType::AdjustedWorkingDay);
  CHECK(*calendar.day_type(day("2026-02-15")) == DayType::DayOff);
  CHECK(*calendar.day_type(day("2026-02-23")) == DayType::DayOff);
  CHECK(*calendar.day_type(day("2026-02-24")) == DayType::Workday);
  CHECK(*calendar.day_type(day("2026-02-28")) == DayType::AdjustedWorkingDay);
  CHECK(*calendar.day_type(day("2026-03-01")) == DayType::Weekend);
  CHECK(*calendar.is_working_day(day("2026-02-14")));
  CHECK_FALSE(*calendar.is_working_day(day("2026-02-16")));
  CHECK_FALSE(*calendar.is_working_day(day("2026-03-01")));
  CHECK(*calendar.is_working_day(day("2026-12-31")));
}

TEST_CASE("a year without data is unknown, never a year without holidays") {
  const auto parsed = HolidayCalendar::parse(year_2026(kSpring));
  REQUIRE(parsed.has_value());
  for (const char* date : {"2027-01-01", "2027-01-04", "2025-12-31", "1970-01-01"}) {
    INFO(date);
    const auto working = parsed->is_working_day(day(date));
    REQUIRE_FALSE(working.has_value());
    CHECK(working.error().year == day(date).year());
    CHECK(parsed->day_type(day(date)).error().year == day(date).year());
  }
  CHECK_FALSE(HolidayCalendar().is_working_day(day("2026-02-16")).has_value());
}

TEST_CASE("several years combine, each at most once") {
  HolidayCalendar calendar;
  REQUIRE(calendar.add_year(year_2026(kSpring)).has_value());
  REQUIRE(calendar
              .add_year(R"({"year": 2025, "holidays": [{"name": "new_year", "from": "2025-01-01",
                                                            "to": "2025-01-01"}]})")
              .has_value());
  CHECK(calendar.years() == std::vector<int>{2025, 2026});
  CHECK(*calendar.day_type(day("2025-01-01")) == DayType::DayOff);
  CHECK(*calendar.day_type(day("2026-02-16")) == DayType::DayOff);

  const auto again = calendar.add_year(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02"})"));
  REQUIRE_FALSE(again.has_value());
  CHECK(again.error().kind == HolidayDataErrorKind::YearAlreadyLoaded);
  CHECK(*calendar.day_type(day("2026-03-02")) == DayType::Workday);  // the refused file changed nothing
  CHECK(calendar.add_year("{").error().kind == HolidayDataErrorKind::MalformedJson);
}

TEST_CASE("malformed JSON and wrong shapes are typed errors") {
  using Kind = HolidayDataErrorKind;
  CHECK(error_kind("") == Kind::MalformedJson);
  CHECK(error_kind("{\"year\": 2026,") == Kind::MalformedJson);
  CHECK(error_kind("[]") == Kind::Schema);
  CHECK(error_kind(R"({"holidays": []})") == Kind::Schema);
  CHECK(error_kind(R"({"year": "2026", "holidays": [{"name": "x", "from": "2026-03-02", "to": "2026-03-02"}]})") ==
        Kind::Schema);
  CHECK(error_kind(R"({"year": 2026.5, "holidays": [{"name": "x", "from": "2026-03-02", "to": "2026-03-02"}]})") ==
        Kind::Schema);
  CHECK(error_kind(R"({"year": 2026, "holidays": []})") == Kind::Schema);
  CHECK(error_kind(R"({"year": 2026, "holidays": {}})") == Kind::Schema);
  CHECK(error_kind(R"({"year": 2026, "source": 1, "holidays": [{"name": "x", "from": "2026-03-02",
                       "to": "2026-03-02"}]})") == Kind::Schema);
  CHECK(error_kind(R"({"year": 2026, "holiday": [], "holidays": [{"name": "x", "from": "2026-03-02",
                       "to": "2026-03-02"}]})") == Kind::Schema);
  CHECK(error_kind(year_2026("1")) == Kind::Schema);
  CHECK(error_kind(year_2026(R"({"from": "2026-03-02", "to": "2026-03-02"})")) == Kind::Schema);
  CHECK(error_kind(year_2026(R"({"name": "", "from": "2026-03-02", "to": "2026-03-02"})")) == Kind::Schema);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02"})")) == Kind::Schema);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": 20260302, "to": "2026-03-02"})")) == Kind::Schema);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02", "working_day": []})")) ==
        Kind::Schema);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02",
                                 "working_days": "2026-03-07"})")) == Kind::Schema);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02", "working_days": [7]})")) ==
        Kind::Schema);
}

TEST_CASE("inconsistent holiday data is refused with the matching error") {
  using Kind = HolidayDataErrorKind;
  CHECK(error_kind(R"({"year": 0, "holidays": [{"name": "x", "from": "2026-03-02", "to": "2026-03-02"}]})") ==
        Kind::BadYear);
  CHECK(error_kind(R"({"year": 10000, "holidays": [{"name": "x", "from": "2026-03-02", "to": "2026-03-02"}]})") ==
        Kind::BadYear);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-02-30", "to": "2026-03-02"})")) == Kind::BadDate);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-3-2", "to": "2026-03-02"})")) == Kind::BadDate);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2025-12-31", "to": "2026-01-02"})")) == Kind::DateOutsideYear);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-12-31", "to": "2027-01-01"})")) == Kind::DateOutsideYear);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02",
                                 "working_days": ["2027-01-02"]})")) == Kind::DateOutsideYear);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-05", "to": "2026-03-02"})")) == Kind::ReversedRange);
  // 2026-03-07/08 is a Saturday and Sunday.
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-07", "to": "2026-03-08"})")) == Kind::DaysOffAllWeekend);
  CHECK(error_kind(year_2026(kSpring + R"(, {"name": "x", "from": "2026-02-23", "to": "2026-02-24"})")) ==
        Kind::DayListedTwice);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02",
                                 "working_days": ["2026-03-07", "2026-03-07"]})")) == Kind::DayListedTwice);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-08",
                                 "working_days": ["2026-03-07"]})")) == Kind::OffAndWorking);
  CHECK(error_kind(year_2026(kSpring + R"(, {"name": "x", "from": "2026-02-13", "to": "2026-02-14"})")) ==
        Kind::OffAndWorking);
  CHECK(error_kind(year_2026(R"({"name": "x", "from": "2026-03-02", "to": "2026-03-02",
                                 "working_days": ["2026-03-06"]})")) == Kind::WorkingDayNotWeekend);
}

TEST_CASE("holiday blocks may include weekend days and the last day of the year") {
  const auto parsed = HolidayCalendar::parse(year_2026(R"({"name": "x", "from": "2026-12-25", "to": "2026-12-31"})"));
  REQUIRE(parsed.has_value());
  CHECK(*parsed->day_type(day("2026-12-26")) == DayType::DayOff);
  CHECK(*parsed->day_type(day("2026-12-31")) == DayType::DayOff);
  const auto leap = HolidayCalendar::parse(R"({"year": 2024, "holidays": [{"name": "x", "from": "2024-12-31",
                                                                            "to": "2024-12-31"}]})");
  REQUIRE(leap.has_value());
  CHECK(*leap->day_type(day("2024-12-31")) == DayType::DayOff);
  CHECK(*leap->day_type(day("2024-12-30")) == DayType::Workday);
  CHECK(*leap->day_type(day("2024-02-29")) == DayType::Workday);
}
