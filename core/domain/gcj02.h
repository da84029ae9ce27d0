// China's GCJ-02 map datum (the coordinates of Chinese map apps and of hosts such as WeChat and
// Alipay) converted to and from the WGS-84 that Open311 carries: pure math, no I/O.
#pragma once

#include "domain/attachment.h"

namespace hotline::domain {

// Outside mainland China's bounding box GCJ-02 equals WGS-84 (no offset is applied there).
bool outside_gcj02_area(const GeoPoint& point);

// The published GCJ-02 offset (hundreds of metres) added to a WGS-84 point.
GeoPoint wgs84_to_gcj02(const GeoPoint& wgs84);

// The inverse: the WGS-84 point whose GCJ-02 image is `gcj02`, found by fixed-point iteration to
// within 1e-9 degrees (a few millimetres); the offset has no closed-form inverse.
GeoPoint gcj02_to_wgs84(const GeoPoint& gcj02);

}  // namespace hotline::domain
