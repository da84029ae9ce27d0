// Reading the holiday folder (see holiday_folder.h).
#include "native/system/holiday_folder.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace hotline::native {

base::Expected<calendar::HolidayCalendar, std::string> load_holiday_folder(const std::string& dir) {
  calendar::HolidayCalendar holidays;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".json") {
      continue;
    }
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      return base::unexpected("cannot read holiday file " + entry.path().string());
    }
    auto added = holidays.add_year(text);
    if (!added) {
      return base::unexpected("holiday file " + entry.path().string() + ": " + added.error().detail);
    }
  }
  if (ec) {
    return base::unexpected("cannot read holiday folder " + dir + ": " + ec.message());
  }
  if (holidays.years().empty()) {
    // Without a year's schedule no deadline can be counted in working days: better to stop at start.
    return base::unexpected("no holiday file (<year>.json) in " + dir);
  }
  return holidays;
}

}  // namespace hotline::native
