// Holiday schedule parsing with typed validation errors, and day lookups that report unknown years.
#include "calendar/holiday_calendar.h"

#include <initializer_list>
#include <nlohmann/json.hpp>

namespace hotline::calendar {
namespace {

using nlohmann::json;

base::Unexpected<HolidayDataError> fail(HolidayDataErrorKind kind, std::string detail) {
  return base::unexpected(HolidayDataError{kind, std::move(detail)});
}

// Refuses fields outside `allowed`, so that a misspelt "working_day" cannot silently drop data.
base::Expected<void, HolidayDataError> check_fields(const json& object, std::string_view where,
                                                    std::initializer_list<std::string_view> allowed) {
  for (const auto& item : object.items()) {
    bool known = false;
    for (const std::string_view name : allowed) {
      known = known || item.key() == name;
    }
    if (!known) {
      return fail(HolidayDataErrorKind::Schema, std::string(where) + ": unexpected field '" + item.key() + "'");
    }
  }
  return {};
}

base::Expected<Date, HolidayDataError> date_field(const json& value, int year, const std::string& where) {
  if (!value.is_string()) {
    return fail(HolidayDataErrorKind::Schema, where + ": a \"YYYY-MM-DD\" string is expected");
  }
  const auto& text = value.get_ref<const std::string&>();
  const auto date = parse_iso_date(text);
  if (!date) {
    return fail(HolidayDataErrorKind::BadDate, where + ": '" + text + "' is not a real date");
  }
  if (date->year() != year) {
    return fail(HolidayDataErrorKind::DateOutsideYear, where + ": " + text + " is not in " + std::to_string(year));
  }
  return *date;
}

// Resolves every day of one year, checking the listed exceptions to the Monday-Friday week against each other.
class YearBuilder {
 public:
  explicit YearBuilder(int year) : year_(year) {
    const Date january_first = Date::from_ymd(year, 1, 1).value();
    const int length = is_leap_year(year) ? 366 : 365;
    days_.fill(DayType::Workday);  // the 366th slot of a common year is never read
    for (int i = 0; i < length; ++i) {
      days_[static_cast<std::size_t>(i)] =
          january_first.plus_days(i).value().is_weekend() ? DayType::Weekend : DayType::Workday;
    }
  }

  base::Expected<void, HolidayDataError> add_holiday(const json& holiday, std::size_t index) {
    const std::string where = "holidays[" + std::to_string(index) + "]";
    if (!holiday.is_object()) {
      return fail(HolidayDataErrorKind::Schema, where + ": an object is expected");
    }
    if (auto fields = check_fields(holiday, where, {"name", "from", "to", "working_days"}); !fields) {
      return fields;
    }
    const auto name = holiday.find("name");
    if (name == holiday.end() || !name->is_string() || name->get_ref<const std::string&>().empty()) {
      return fail(HolidayDataErrorKind::Schema, where + ": \"name\" must be a non-empty string");
    }
    if (!holiday.contains("from") || !holiday.contains("to")) {
      return fail(HolidayDataErrorKind::Schema, where + ": \"from\" and \"to\" are required");
    }
    const auto from = date_field(holiday["from"], year_, where + ".from");
    if (!from) {
      return base::unexpected(from.error());
    }
    const auto to = date_field(holiday["to"], year_, where + ".to");
    if (!to) {
      return base::unexpected(to.error());
    }
    if (auto off = add_days_off(*from, *to, where); !off) {
      return off;
    }
    const auto working = holiday.find("working_days");
    if (working == holiday.end()) {
      return {};
    }
    if (!working->is_array()) {
      return fail(HolidayDataErrorKind::Schema, where + ".working_days: an array is expected");
    }
    for (std::size_t i = 0; i < working->size(); ++i) {
      const std::string day_where = where + ".working_days[" + std::to_string(i) + "]";
      const auto day = date_field((*working)[i], year_, day_where);
      if (!day) {
        return base::unexpected(day.error());
      }
      if (auto worked = mark(*day, DayType::AdjustedWorkingDay, day_where); !worked) {
        return worked;
      }
    }
    return {};
  }

  const std::array<DayType, 366>& days() const { return days_; }

 private:
  base::Expected<void, HolidayDataError> add_days_off(Date from, Date to, const std::string& where) {
    if (to < from) {
      return fail(HolidayDataErrorKind::ReversedRange,
                  where + ": " + to_iso_string(from) + " is after " + to_iso_string(to));
    }
    bool has_weekday = false;
    for (int i = from.day_of_year(); i <= to.day_of_year(); ++i) {
      const Date day = from.plus_days(i - from.day_of_year()).value();
      has_weekday = has_weekday || !day.is_weekend();
      if (auto off = mark(day, DayType::DayOff, where); !off) {
        return off;
      }
    }
    if (!has_weekday) {
      return fail(HolidayDataErrorKind::DaysOffAllWeekend, where + ": every day off is a Saturday or Sunday");
    }
    return {};
  }

  // Turns a regular day into `kind` (DayOff or AdjustedWorkingDay).
  base::Expected<void, HolidayDataError> mark(Date day, DayType kind, const std::string& where) {
    DayType& slot = days_[static_cast<std::size_t>(day.day_of_year() - 1)];
    const std::string iso = to_iso_string(day);
    if (slot == kind) {
      return fail(HolidayDataErrorKind::DayListedTwice, where + ": " + iso + " is listed twice");
    }
    if (slot == DayType::DayOff || slot == DayType::AdjustedWorkingDay) {
      return fail(HolidayDataErrorKind::OffAndWorking, where + ": " + iso + " is both a day off and a working day");
    }
    if (kind == DayType::AdjustedWorkingDay && !day.is_weekend()) {
      return fail(HolidayDataErrorKind::WorkingDayNotWeekend, where + ": " + iso + " is not a Saturday or Sunday");
    }
    slot = kind;
    return {};
  }

  int year_;
  std::array<DayType, 366> days_;
};

}  // namespace

base::Expected<HolidayCalendar, HolidayDataError> HolidayCalendar::parse(std::string_view year_json) {
  const json doc = json::parse(year_json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    return fail(HolidayDataErrorKind::MalformedJson, "holiday data is not valid JSON");
  }
  if (!doc.is_object()) {
    return fail(HolidayDataErrorKind::Schema, "holiday data must be a JSON object");
  }
  if (auto fields = check_fields(doc, "holiday data", {"year", "source", "holidays"}); !fields) {
    return base::unexpected(fields.error());
  }
  const auto year = doc.find("year");
  if (year == doc.end() || !year->is_number_integer()) {
    return fail(HolidayDataErrorKind::Schema, "\"year\" must be an integer");
  }
  const auto year_value = year->get<std::int64_t>();
  if (year_value < Date::kMinYear || year_value > Date::kMaxYear) {
    return fail(HolidayDataErrorKind::BadYear, "\"year\" " + std::to_string(year_value) + " is not in 1..9999");
  }
  if (const auto source = doc.find("source"); source != doc.end() && !source->is_string()) {
    return fail(HolidayDataErrorKind::Schema, "\"source\" must be a string");
  }
  const auto holidays = doc.find("holidays");
  if (holidays == doc.end() || !holidays->is_array() || holidays->empty()) {
    return fail(HolidayDataErrorKind::Schema, "\"holidays\" must be a non-empty array");
  }
  YearBuilder builder(static_cast<int>(year_value));
  for (std::size_t i = 0; i < holidays->size(); ++i) {
    if (auto added = builder.add_holiday((*holidays)[i], i); !added) {
      return base::unexpected(added.error());
    }
  }
  HolidayCalendar calendar;
  calendar.years_.emplace(static_cast<int>(year_value), builder.days());
  return calendar;
}

base::Expected<void, HolidayDataError> HolidayCalendar::merge(const HolidayCalendar& other) {
  for (const auto& entry : other.years_) {
    if (has_year(entry.first)) {
      return fail(HolidayDataErrorKind::YearAlreadyLoaded, std::to_string(entry.first) + " is already loaded");
    }
  }
  years_.insert(other.years_.begin(), other.years_.end());
  return {};
}

base::Expected<void, HolidayDataError> HolidayCalendar::add_year(std::string_view year_json) {
  auto parsed = parse(year_json);
  if (!parsed) {
    return base::unexpected(parsed.error());
  }
  return merge(*parsed);
}

std::vector<int> HolidayCalendar::years() const {
  std::vector<int> out;
  out.reserve(years_.size());
  for (const auto& entry : years_) {
    out.push_back(entry.first);
  }
  return out;
}

base::Expected<DayType, UnknownYear> HolidayCalendar::day_type(Date date) const {
  const auto year = years_.find(date.year());
  if (year == years_.end()) {
    return base::unexpected(UnknownYear{date.year()});
  }
  return year->second[static_cast<std::size_t>(date.day_of_year() - 1)];
}

base::Expected<bool, UnknownYear> HolidayCalendar::is_working_day(Date date) const {
  const auto type = day_type(date);
  if (!type) {
    return base::unexpected(type.error());
  }
  return *type == DayType::Workday || *type == DayType::AdjustedWorkingDay;
}

}  // namespace hotline::calendar
