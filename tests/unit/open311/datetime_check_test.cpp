// The loose ISO 8601 rule used for every date-time field.
#include <catch2/catch.hpp>

#include "open311/datetime_check.h"

using hotline::open311::is_loose_iso8601;

TEST_CASE("ISO 8601 shapes real servers send are accepted") {
  for (const char* text : {"2025-03-10T08:45:00+08:00", "2025-03-10T08:45:00Z", "2025-03-10T08:45:00.123-05:00",
                           "2025-03-10T08:45+0800", "2025-03-10T08:45:00+08", "2025-03-10 08:45:00", "2025-03-10",
                           "2016-12-31T23:59:60Z", "2025-03-10t08:45:00z", "2025-03-10T08:45:00,5Z"}) {
    INFO(text);
    CHECK(is_loose_iso8601(text));
  }
}

TEST_CASE("text that is no date-time is rejected") {
  for (const char* text : {"", "yesterday", "2025-3-10", "2025-13-01", "2025-00-10", "2025-03-32", "2025-03-10T24:00",
                           "2025-03-10T08:60", "2025-03-10T08", "2025-03-10T08:45:00+8", "2025-03-10T08:45:00.Z",
                           "2025-03-10T08:45:00 ", "2025-03-10X08:45", "20250310T084500Z", "2025-03-10T08:45:00+08:"}) {
    INFO(text);
    CHECK_FALSE(is_loose_iso8601(text));
  }
}
