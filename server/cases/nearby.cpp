// Great-circle distance and the nearby cut (see nearby.h).
#include "cases/nearby.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace hotline::server {

namespace {

constexpr double kEarthRadiusM = 6'371'008.8;  // IUGG mean radius
constexpr double kMetresPerDegree = kEarthRadiusM * std::numbers::pi / 180.0;

double radians(double degrees) {
  return degrees * std::numbers::pi / 180.0;
}

}  // namespace

double great_circle_m(domain::GeoPoint a, domain::GeoPoint b) {
  const double dlat = radians(b.lat - a.lat);
  const double dlon = radians(b.lon - a.lon);
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

GeoBox box_around(domain::GeoPoint center, double radius_m, double margin_deg) {
  const double dlat = radius_m / kMetresPerDegree + margin_deg;
  // Near the poles a radius spans every longitude; the floor keeps the box finite there.
  const double cos_lat = std::max(std::cos(radians(center.lat)), 0.01);
  const double dlon = radius_m / (kMetresPerDegree * cos_lat) + margin_deg;
  return {center.lat - dlat, center.lat + dlat, center.lon - dlon, center.lon + dlon};
}

std::vector<open311::ServiceRequest> nearest(std::vector<open311::ServiceRequest> requests, domain::GeoPoint center,
                                             int radius_m, std::size_t limit) {
  std::vector<std::pair<double, open311::ServiceRequest>> within;
  for (auto& request : requests) {
    if (!request.lat || !request.lon) {
      continue;
    }
    const double distance = great_circle_m(center, {*request.lat, *request.lon});
    if (distance <= radius_m) {
      within.emplace_back(distance, std::move(request));
    }
  }
  std::stable_sort(within.begin(), within.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<open311::ServiceRequest> out;
  for (std::size_t i = 0; i < within.size() && i < limit; ++i) {
    out.push_back(std::move(within[i].second));
  }
  return out;
}

}  // namespace hotline::server
