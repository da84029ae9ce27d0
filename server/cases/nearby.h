// Nearby open requests ("already reported?"): great-circle distances and the nearest-first cut.
#pragma once

#include <cstddef>
#include <vector>

#include "domain/attachment.h"
#include "open311/service_request.h"

namespace hotline::server {

inline constexpr int kMaxNearbyRadiusM = 5000;
inline constexpr std::size_t kMaxNearbyRequests = 20;

// Metres along the Earth's surface (haversine on the mean radius; under 0.5 % off the ellipsoid).
double great_circle_m(domain::GeoPoint a, domain::GeoPoint b);

// A latitude/longitude box holding every point within radius_m of the center: the database's
// prefilter, widened by `margin_deg` on each side.
struct GeoBox {
  double min_lat = 0;
  double max_lat = 0;
  double min_lon = 0;
  double max_lon = 0;
};
GeoBox box_around(domain::GeoPoint center, double radius_m, double margin_deg);

// The requests whose published coordinates lie within radius_m of the center, nearest first (ties:
// the given order), at most `limit`. Judged on the public, rounded coordinates only, so the answer
// tells nothing about a place that the public view does not already show.
std::vector<open311::ServiceRequest> nearest(std::vector<open311::ServiceRequest> requests, domain::GeoPoint center,
                                             int radius_m, std::size_t limit);

}  // namespace hotline::server
