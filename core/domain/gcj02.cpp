// GCJ-02 <-> WGS-84: the offset formula published with the datum's open implementations (Krasovsky
// 1940 ellipsoid, sine-series distortion), and its inverse by iteration.
#include "domain/gcj02.h"

#include <cmath>
#include <numbers>

namespace hotline::domain {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kSemiMajorAxis = 6378245.0;  // Krasovsky 1940
constexpr double kEccentricitySq = 0.00669342162296594323;

double lat_distortion(double x, double y) {
  double d = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
  d += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  d += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  d += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return d;
}

double lon_distortion(double x, double y) {
  double d = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
  d += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  d += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  d += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return d;
}

}  // namespace

bool outside_gcj02_area(const GeoPoint& point) {
  return point.lon < 72.004 || point.lon > 137.8347 || point.lat < 0.8293 || point.lat > 55.8271;
}

GeoPoint wgs84_to_gcj02(const GeoPoint& wgs84) {
  if (outside_gcj02_area(wgs84)) {
    return wgs84;
  }
  const double x = wgs84.lon - 105.0;
  const double y = wgs84.lat - 35.0;
  const double rad_lat = wgs84.lat / 180.0 * kPi;
  double magic = std::sin(rad_lat);
  magic = 1 - kEccentricitySq * magic * magic;
  const double sqrt_magic = std::sqrt(magic);
  const double d_lat =
      (lat_distortion(x, y) * 180.0) / ((kSemiMajorAxis * (1 - kEccentricitySq)) / (magic * sqrt_magic) * kPi);
  const double d_lon = (lon_distortion(x, y) * 180.0) / (kSemiMajorAxis / sqrt_magic * std::cos(rad_lat) * kPi);
  return {wgs84.lat + d_lat, wgs84.lon + d_lon};
}

GeoPoint gcj02_to_wgs84(const GeoPoint& gcj02) {
  if (outside_gcj02_area(gcj02)) {
    return gcj02;
  }
  // The offset changes slowly with position: subtracting the offset at the current guess converges
  // by about three orders of magnitude per step.
  GeoPoint guess = gcj02;
  for (int i = 0; i < 10; ++i) {
    const GeoPoint image = wgs84_to_gcj02(guess);
    const double d_lat = image.lat - gcj02.lat;
    const double d_lon = image.lon - gcj02.lon;
    guess.lat -= d_lat;
    guess.lon -= d_lon;
    if (std::abs(d_lat) < 1e-10 && std::abs(d_lon) < 1e-10) {
      break;
    }
  }
  return guess;
}

}  // namespace hotline::domain
