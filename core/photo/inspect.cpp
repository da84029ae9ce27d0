// inspect(): sniff, limit checks on bytes and on header pixels, then the EXIF facts.
#include "photo/inspect.h"

#include "photo/header.h"
#include "photo/size_text.h"

namespace hotline::photo {
namespace {

base::Expected<Header, PhotoError> read_header(ImageFormat format, std::string_view bytes) {
  switch (format) {
    case ImageFormat::Jpeg:
      return read_jpeg_header(bytes);
    case ImageFormat::Png:
      return read_png_header(bytes);
    case ImageFormat::WebP:
      return read_webp_header(bytes);
    case ImageFormat::Heif:
    case ImageFormat::Avif:
      break;
  }
  return base::unexpected(
      make_error(PhotoErrorCode::UnsupportedFormat, {{"format", std::string(format_name(format))}}));
}

}  // namespace

base::Expected<ImageInfo, PhotoError> inspect(std::string_view bytes, const InspectLimits& limits) {
  if (bytes.empty()) {
    return base::unexpected(make_error(PhotoErrorCode::Empty));
  }
  if (bytes.size() > limits.max_bytes) {
    return base::unexpected(make_error(PhotoErrorCode::FileTooLarge, {{"size_mb", megabytes_text(bytes.size())},
                                                                      {"max_mb", megabytes_text(limits.max_bytes)}}));
  }
  const auto format = detect_format(bytes);
  if (!format) {
    return base::unexpected(make_error(PhotoErrorCode::NotAnImage));
  }
  auto header = read_header(*format, bytes);
  if (!header) {
    return base::unexpected(header.error());
  }
  const std::uint64_t pixels = std::uint64_t{header->width} * header->height;
  if (pixels > limits.max_pixels) {
    return base::unexpected(
        make_error(PhotoErrorCode::TooManyPixels, {{"width", std::to_string(header->width)},
                                                   {"height", std::to_string(header->height)},
                                                   {"max_megapixels", std::to_string(limits.max_pixels / 1'000'000)}}));
  }
  ImageInfo info;
  info.format = *format;
  info.content_type = std::string(content_type(*format));
  info.width = header->width;
  info.height = header->height;
  info.byte_size = bytes.size();
  info.has_alpha = header->has_alpha;
  if (header->exif) {
    auto exif = parse_exif(*header->exif);
    if (exif) {
      info.exif = std::move(exif).value();
      info.orientation = info.exif.orientation;
    } else {
      info.metadata_error = exif.error();
    }
  }
  return info;
}

}  // namespace hotline::photo
