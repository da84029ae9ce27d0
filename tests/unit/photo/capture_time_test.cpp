// EXIF date-time to ISO 8601: offsets, the fallback zone, and dates cameras write when unset.
#include <catch2/catch.hpp>

#include "photo/capture_time.h"

using namespace hotline::photo;

namespace {

std::optional<std::string> iso(std::optional<std::string> date_time, std::optional<std::string> offset,
                               std::string_view fallback = "+08:00") {
  ExifData exif;
  exif.date_time_original = std::move(date_time);
  exif.offset_time_original = std::move(offset);
  return capture_time_iso8601(exif, fallback);
}

}  // namespace

TEST_CASE("the camera's own offset wins over the fallback") {
  CHECK(iso("2024:05:01 10:20:30", "-05:30") == "2024-05-01T10:20:30-05:30");
  CHECK(iso("2024:05:01 10:20:30", std::nullopt) == "2024-05-01T10:20:30+08:00");
  CHECK(iso("2024:05:01 10:20:30", "garbage") == "2024-05-01T10:20:30+08:00");
  CHECK(iso("2024:05:01 10:20:30", std::nullopt, "") == "2024-05-01T10:20:30");
}

TEST_CASE("blank and impossible dates give no capture time") {
  CHECK_FALSE(iso(std::nullopt, "+08:00").has_value());
  CHECK_FALSE(iso("0000:00:00 00:00:00", std::nullopt).has_value());
  CHECK_FALSE(iso("    :  :     :  :  ", std::nullopt).has_value());
  CHECK_FALSE(iso("2023:02:29 12:00:00", std::nullopt).has_value());
  CHECK(iso("2024:02:29 12:00:00", std::nullopt) == "2024-02-29T12:00:00+08:00");
  CHECK_FALSE(iso("2100:02:29 12:00:00", std::nullopt).has_value());
  CHECK(iso("2000:02:29 12:00:00", std::nullopt).has_value());
  CHECK_FALSE(iso("2024:04:31 12:00:00", std::nullopt).has_value());
  CHECK_FALSE(iso("2024:05:01 24:00:00", std::nullopt).has_value());
  CHECK_FALSE(iso("2024-05-01 10:20:30", std::nullopt).has_value());
  CHECK_FALSE(iso("2024:05:01 10:20:3", std::nullopt).has_value());
}
