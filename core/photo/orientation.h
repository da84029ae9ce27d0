// Baking EXIF orientation into pixels, so viewers that ignore the tag still show the photo upright.
#pragma once

#include "photo/image.h"

namespace hotline::photo {

// Returns the image as it should be displayed for EXIF orientation 1..8 (other values: unchanged).
Image apply_orientation(Image image, int orientation);

}  // namespace hotline::photo
