// Inspection of a picked file without decoding it: real type, size, orientation and EXIF facts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.h"
#include "photo/exif.h"
#include "photo/image_format.h"
#include "photo/photo_error.h"

namespace hotline::photo {

struct InspectLimits {
  std::uint64_t max_bytes = 30ull << 20;  // phones write 3-8 MB; 30 MiB leaves room for 50 MP modes
  // Decompression-bomb guard, checked on the header before any decode: 50 MP covers 48/50 MP phone
  // sensors and keeps the decoded RGB under 150 MB in a browser tab.
  std::uint64_t max_pixels = 50'000'000;
};

struct ImageInfo {
  ImageFormat format = ImageFormat::Jpeg;
  std::string content_type;  // sniffed from the bytes, never taken from the file name
  std::uint32_t width = 0;   // as stored in the file, before EXIF orientation
  std::uint32_t height = 0;
  std::uint64_t byte_size = 0;
  bool has_alpha = false;
  int orientation = 1;  // EXIF orientation 1..8; 1 when absent
  ExifData exif;
  std::optional<PhotoError> metadata_error;  // EXIF present but unreadable: ignored, image still usable

  // The size as displayed, i.e. with orientations 5..8 swapping width and height.
  std::uint32_t display_width() const { return orientation >= 5 ? height : width; }
  std::uint32_t display_height() const { return orientation >= 5 ? width : height; }
};

// Errors: Empty, FileTooLarge, NotAnImage, UnsupportedFormat (HEIF, AVIF), Malformed, TooManyPixels.
base::Expected<ImageInfo, PhotoError> inspect(std::string_view bytes, const InspectLimits& limits = {});

}  // namespace hotline::photo
