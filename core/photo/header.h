// Per-format header readers: dimensions (and the EXIF block) without decoding any pixel.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/expected.h"
#include "photo/photo_error.h"

namespace hotline::photo {

struct Header {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  bool has_alpha = false;
  std::optional<std::string_view> exif;  // TIFF structure, a view into the input bytes
};

// Each expects bytes whose signature detect_format() already matched; errors are Malformed.
base::Expected<Header, PhotoError> read_jpeg_header(std::string_view bytes);
base::Expected<Header, PhotoError> read_png_header(std::string_view bytes);
base::Expected<Header, PhotoError> read_webp_header(std::string_view bytes);

}  // namespace hotline::photo
