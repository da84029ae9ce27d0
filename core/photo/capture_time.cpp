// Validation and reformatting of EXIF date-time strings (no calendar library: libc++ 14 lacks one).
#include "photo/capture_time.h"

namespace hotline::photo {
namespace {

std::optional<int> number(std::string_view text, std::size_t at, std::size_t digits) {
  int value = 0;
  for (std::size_t i = at; i < at + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return std::nullopt;
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid_date_time(std::string_view text) {
  if (text.size() != 19 || text[4] != ':' || text[7] != ':' || text[10] != ' ' || text[13] != ':' || text[16] != ':') {
    return false;
  }
  const auto year = number(text, 0, 4), month = number(text, 5, 2), day = number(text, 8, 2);
  const auto hour = number(text, 11, 2), minute = number(text, 14, 2), second = number(text, 17, 2);
  if (!year || !month || !day || !hour || !minute || !second) {
    return false;
  }
  return *year >= 1900 && *month >= 1 && *month <= 12 && *day >= 1 && *day <= days_in_month(*year, *month) &&
         *hour <= 23 && *minute <= 59 && *second <= 59;
}

bool valid_offset(std::string_view text) {
  if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':') {
    return false;
  }
  const auto hours = number(text, 1, 2), minutes = number(text, 4, 2);
  return hours && minutes && *hours <= 14 && *minutes <= 59;
}

}  // namespace

std::optional<std::string> capture_time_iso8601(const ExifData& exif, std::string_view fallback_offset) {
  if (!exif.date_time_original || !valid_date_time(*exif.date_time_original)) {
    return std::nullopt;
  }
  std::string iso = *exif.date_time_original;
  iso[4] = '-';
  iso[7] = '-';
  iso[10] = 'T';
  if (exif.offset_time_original && valid_offset(*exif.offset_time_original)) {
    iso += *exif.offset_time_original;
  } else if (valid_offset(fallback_offset)) {
    iso += fallback_offset;
  }
  return iso;
}

}  // namespace hotline::photo
