// Value bounds of GeoReport v2 request fields, shared by the JSON and form decoders.
#pragma once

#include <cstddef>

#include "domain/validation_rules.h"

namespace hotline::open311 {

using domain::kMaxDescriptionChars;
// WGS84: anything outside is a broken value, not a place.
inline constexpr double kMaxLatitude = 90;
inline constexpr double kMaxLongitude = 180;

}  // namespace hotline::open311
