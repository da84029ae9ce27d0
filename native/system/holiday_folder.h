// The holiday schedules the app ships (assets/holidays/<year>.json), read from their folder.
#pragma once

#include <string>

#include "base/expected.h"
#include "calendar/holiday_calendar.h"

namespace hotline::native {

// Every *.json file of `dir`; an error names the file or the folder that could not be used.
base::Expected<calendar::HolidayCalendar, std::string> load_holiday_folder(const std::string& dir);

}  // namespace hotline::native
