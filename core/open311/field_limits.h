// Value bounds of GeoReport v2 request fields, shared by the JSON and form decoders.
#pragma once

#include <cstddef>

namespace hotline::open311 {

inline constexpr std::size_t kMaxDescriptionChars = 4000;  // code points
// WGS84: anything outside is a broken value, not a place.
inline constexpr double kMaxLatitude = 90;
inline constexpr double kMaxLongitude = 180;

}  // namespace hotline::open311
