// The eight EXIF orientations as source-coordinate mappings (TIFF 6.0 / EXIF 2.32 tag 0x0112).
#include "photo/orientation.h"

#include <cstring>

namespace hotline::photo {

Image apply_orientation(Image image, int orientation) {
  if (orientation < 2 || orientation > 8) {
    return image;
  }
  const std::uint32_t w = image.width, h = image.height;
  const bool swaps = orientation >= 5;
  Image out = make_image(swaps ? h : w, swaps ? w : h, image.channels);
  if (out.pixels.empty()) {
    return image;
  }
  const std::size_t channels = static_cast<std::size_t>(image.channels);
  for (std::uint32_t y = 0; y < out.height; ++y) {
    std::uint8_t* row = out.pixels.data() + y * out.stride();
    for (std::uint32_t x = 0; x < out.width; ++x) {
      // (sx, sy): the stored pixel that is displayed at (x, y).
      std::uint32_t sx = x, sy = y;
      switch (orientation) {
        case 2:  // mirrored horizontally
          sx = w - 1 - x;
          break;
        case 3:  // rotated 180
          sx = w - 1 - x, sy = h - 1 - y;
          break;
        case 4:  // mirrored vertically
          sy = h - 1 - y;
          break;
        case 5:  // transposed
          sx = y, sy = x;
          break;
        case 6:  // needs 90 degrees clockwise
          sx = y, sy = h - 1 - x;
          break;
        case 7:  // transversed
          sx = w - 1 - y, sy = h - 1 - x;
          break;
        case 8:  // needs 90 degrees counter-clockwise
          sx = w - 1 - y, sy = x;
          break;
        default:
          break;
      }
      std::memcpy(row + x * channels, image.at(sx, sy), channels);
    }
  }
  return out;
}

}  // namespace hotline::photo
