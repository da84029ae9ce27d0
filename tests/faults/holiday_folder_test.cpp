// load_holiday_folder: the shipped schedules load; an empty folder, a missing one and a bad file are
// refused with the folder or file named.
#include <catch2/catch.hpp>

#include <fstream>

#include "native/system/holiday_folder.h"
#include "server_process.h"

using namespace hotline;

TEST_CASE("the shipped holiday folder loads every year") {
  auto holidays = native::load_holiday_folder(HOTLINE_ASSETS_SOURCE_DIR "/holidays");
  REQUIRE(holidays.has_value());
  CHECK(holidays->has_year(2025));
  CHECK(holidays->has_year(2026));
}

TEST_CASE("a holiday folder that cannot be used is named") {
  integration::TempDir dir;
  auto empty = native::load_holiday_folder(dir.path().string());
  REQUIRE_FALSE(empty.has_value());
  CHECK(empty.error() == "no holiday file (<year>.json) in " + dir.path().string());

  auto missing = native::load_holiday_folder(dir.file("nowhere"));
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().find("cannot read holiday folder " + dir.file("nowhere")) == 0);

  std::ofstream(dir.file("2027.json")) << "{\"year\": 2027";
  auto bad = native::load_holiday_folder(dir.path().string());
  REQUIRE_FALSE(bad.has_value());
  CHECK(bad.error().find("holiday file " + dir.file("2027.json") + ": ") == 0);
}
