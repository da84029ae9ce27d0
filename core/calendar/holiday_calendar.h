// The public-holiday schedule (days off and adjusted working days) of each year, parsed from JSON.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "calendar/date.h"

namespace hotline::calendar {

// No holiday data for this year: working days cannot be known (never guessed as "no holidays").
struct UnknownYear {
  int year;
};

enum class HolidayDataErrorKind {
  MalformedJson,         // not JSON at all
  Schema,                // missing or unexpected field, wrong JSON type
  BadYear,               // "year" outside 1..9999
  BadDate,               // not a real "YYYY-MM-DD" date
  DateOutsideYear,       // a date of another year than "year"
  ReversedRange,         // "from" after "to"
  DaysOffAllWeekend,     // a holiday whose days off are all Saturdays and Sundays changes nothing: a typo
  DayListedTwice,        // overlapping holidays, or a working day repeated
  OffAndWorking,         // the same day is both a day off and an adjusted working day
  WorkingDayNotWeekend,  // an adjusted working day must be a Saturday or Sunday
  YearAlreadyLoaded,     // two files for the same year
};

struct HolidayDataError {
  HolidayDataErrorKind kind;
  std::string detail;  // for logs and data maintainers: the field or date concerned
};

enum class DayType {
  Workday,             // Monday..Friday, not a holiday
  Weekend,             // Saturday or Sunday, not worked
  DayOff,              // a public holiday or a bridging day off (放假)
  AdjustedWorkingDay,  // a weekend day worked in exchange (调休上班)
};

// Holiday schedules of any number of years; each year comes from one JSON text
// (assets/holidays/<year>.json, format in assets/holidays/README.md). Callers read the files.
class HolidayCalendar {
 public:
  static base::Expected<HolidayCalendar, HolidayDataError> parse(std::string_view year_json);

  // Adds the years of `other`; a year present in both is an error and leaves this calendar unchanged.
  base::Expected<void, HolidayDataError> merge(const HolidayCalendar& other);
  // parse() then merge().
  base::Expected<void, HolidayDataError> add_year(std::string_view year_json);

  bool has_year(int year) const { return years_.count(year) != 0; }
  std::vector<int> years() const;

  base::Expected<DayType, UnknownYear> day_type(Date date) const;
  // True on workdays and adjusted working days.
  base::Expected<bool, UnknownYear> is_working_day(Date date) const;

 private:
  // Every day of the year resolved at parse time, indexed by day of year - 1 (the last slot is unused
  // in common years).
  using YearDays = std::array<DayType, 366>;

  std::map<int, YearDays> years_;
};

}  // namespace hotline::calendar
