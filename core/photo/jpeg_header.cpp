// JPEG marker walk up to the frame header (SOFn), collecting the first APP1 "Exif" segment.
#include <string>

#include "photo/byte_reader.h"
#include "photo/header.h"

namespace hotline::photo {
namespace {

PhotoError malformed(std::string reason) {
  return make_error(PhotoErrorCode::Malformed, {{"format", "JPEG"}, {"reason", std::move(reason)}});
}

// SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
bool is_frame_header(std::uint8_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool is_standalone(std::uint8_t marker) {
  return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8);
}

}  // namespace

base::Expected<Header, PhotoError> read_jpeg_header(std::string_view bytes) {
  using namespace std::string_view_literals;
  const ByteReader in(bytes, ByteOrder::Big);
  Header header;
  std::uint64_t at = 2;  // after SOI
  while (true) {
    const auto prefix = in.u8(at);
    if (!prefix) {
      return base::unexpected(malformed("truncated"));
    }
    if (*prefix != 0xFF) {
      return base::unexpected(malformed("bad_marker"));
    }
    while (in.u8(at) == std::optional<std::uint8_t>(0xFF)) {
      ++at;  // fill bytes
    }
    const auto marker = in.u8(at);
    if (!marker) {
      return base::unexpected(malformed("truncated"));
    }
    ++at;
    if (is_standalone(*marker)) {
      continue;
    }
    if (*marker == 0xD9 || *marker == 0xDA) {
      return base::unexpected(malformed("no_frame_header"));
    }
    const auto length = in.u16(at);
    if (!length || *length < 2 || !in.fits(at, *length)) {
      return base::unexpected(malformed("truncated"));
    }
    const std::string_view payload = *in.slice(at + 2, *length - 2u);
    if (*marker == 0xE1 && !header.exif && payload.substr(0, 6) == "Exif\0\0"sv) {
      header.exif = payload.substr(6);
    }
    if (is_frame_header(*marker)) {
      const ByteReader frame(payload, ByteOrder::Big);
      const auto height = frame.u16(1), width = frame.u16(3);
      if (!height || !width) {
        return base::unexpected(malformed("truncated"));
      }
      if (*height == 0 || *width == 0) {
        return base::unexpected(malformed("zero_size"));  // DNL-defined height: no phone writes it
      }
      header.width = *width;
      header.height = *height;
      return header;
    }
    at += *length;
  }
}

}  // namespace hotline::photo
