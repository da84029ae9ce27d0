// Loading of the shipped holiday files and literal parsing for the calendar tests.
#include "calendar_test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "calendar/iso_timestamp.h"

namespace hotline::calendar::test {

std::string read_holiday_file(int year) {
  const std::string path = std::string(HOTLINE_SOURCE_DIR) + "/assets/holidays/" + std::to_string(year) + ".json";
  INFO("holiday file " << path);
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

namespace {

HolidayCalendar load_shipped() {
  HolidayCalendar calendar;
  for (const int year : {2025, 2026}) {
    const auto added = calendar.add_year(read_holiday_file(year));
    INFO((added ? std::string() : added.error().detail));
    REQUIRE(added.has_value());
  }
  return calendar;
}

}  // namespace

const HolidayCalendar& shipped_calendar() {
  static const HolidayCalendar calendar = load_shipped();
  return calendar;
}

Date day(std::string_view iso) {
  const auto parsed = parse_iso_date(iso);
  INFO("date literal " << iso);
  REQUIRE(parsed.has_value());
  return *parsed;
}

Instant at(std::string_view iso8601) {
  const auto parsed = parse_iso8601_timestamp(iso8601);
  INFO("timestamp literal " << iso8601);
  REQUIRE(parsed.has_value());
  return *parsed;
}

}  // namespace hotline::calendar::test
