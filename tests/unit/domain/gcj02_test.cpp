// GCJ-02 <-> WGS-84 against the reference point published with the datum's open implementations
// (coordtransform, Hutool's CoordinateUtil): WGS-84 39.915 N 116.404 E is GCJ-02 39.91640428150164 N
// 116.41024449916938 E.
#include <catch2/catch.hpp>

#include <cmath>

#include "domain/gcj02.h"

using Catch::WithinAbs;
using hotline::domain::gcj02_to_wgs84;
using hotline::domain::GeoPoint;
using hotline::domain::outside_gcj02_area;
using hotline::domain::wgs84_to_gcj02;

TEST_CASE("WGS-84 to GCJ-02 matches the published reference point in Beijing") {
  const GeoPoint gcj = wgs84_to_gcj02({39.915, 116.404});
  CHECK_THAT(gcj.lat, WithinAbs(39.91640428150164, 1e-12));
  CHECK_THAT(gcj.lon, WithinAbs(116.41024449916938, 1e-12));
}

TEST_CASE("GCJ-02 to WGS-84 recovers the reference point to a millimetre") {
  const GeoPoint wgs = gcj02_to_wgs84({39.91640428150164, 116.41024449916938});
  CHECK_THAT(wgs.lat, WithinAbs(39.915, 1e-8));
  CHECK_THAT(wgs.lon, WithinAbs(116.404, 1e-8));
}

TEST_CASE("in Fuzhou the offset is hundreds of metres and the round trip is exact") {
  const GeoPoint wgs{26.0806, 119.2968};  // Gulou district
  const GeoPoint gcj = wgs84_to_gcj02(wgs);
  const double north_m = (gcj.lat - wgs.lat) * 111'320.0;
  const double east_m = (gcj.lon - wgs.lon) * 111'320.0 * std::cos(wgs.lat * 3.14159265358979 / 180.0);
  const double offset_m = std::hypot(north_m, east_m);
  CHECK(offset_m > 200.0);
  CHECK(offset_m < 1'000.0);
  const GeoPoint back = gcj02_to_wgs84(gcj);
  CHECK_THAT(back.lat, WithinAbs(wgs.lat, 1e-9));
  CHECK_THAT(back.lon, WithinAbs(wgs.lon, 1e-9));
}

TEST_CASE("outside mainland China's box the coordinates are left alone") {
  const GeoPoint london{51.5007, -0.1246};
  CHECK(outside_gcj02_area(london));
  CHECK(wgs84_to_gcj02(london) == london);
  CHECK(gcj02_to_wgs84(london) == london);
  CHECK_FALSE(outside_gcj02_area({26.0806, 119.2968}));
}
