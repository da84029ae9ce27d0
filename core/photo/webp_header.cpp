// WebP: the first RIFF chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended, canvas size).
#include "photo/byte_reader.h"
#include "photo/header.h"

namespace hotline::photo {
namespace {

PhotoError malformed(const char* reason) {
  return make_error(PhotoErrorCode::Malformed, {{"format", "WebP"}, {"reason", reason}});
}

}  // namespace

base::Expected<Header, PhotoError> read_webp_header(std::string_view bytes) {
  const ByteReader in(bytes, ByteOrder::Little);
  const auto chunk = in.slice(12, 4);
  if (!chunk) {
    return base::unexpected(malformed("truncated"));
  }
  constexpr std::uint64_t kData = 20;  // RIFF header (12) + chunk header (8)
  Header header;
  if (*chunk == "VP8 ") {
    // 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height (2 scale bits above).
    const auto start = in.slice(kData + 3, 3);
    const auto width = in.u16(kData + 6), height = in.u16(kData + 8);
    if (!start || !width || !height) {
      return base::unexpected(malformed("truncated"));
    }
    if (*start != std::string_view("\x9D\x01\x2A", 3)) {
      return base::unexpected(malformed("bad_vp8"));
    }
    header.width = *width & 0x3FFFu;
    header.height = *height & 0x3FFFu;
  } else if (*chunk == "VP8L") {
    // Signature 0x2F, then 14 bits width-1, 14 bits height-1, 1 bit alpha.
    const auto signature = in.u8(kData);
    const auto bits = in.u32(kData + 1);
    if (!signature || !bits) {
      return base::unexpected(malformed("truncated"));
    }
    if (*signature != 0x2F) {
      return base::unexpected(malformed("bad_vp8l"));
    }
    header.width = (*bits & 0x3FFFu) + 1;
    header.height = ((*bits >> 14) & 0x3FFFu) + 1;
    header.has_alpha = ((*bits >> 28) & 1u) != 0;
  } else if (*chunk == "VP8X") {
    // Flags byte (alpha = 0x10), 3 reserved bytes, then 24-bit canvas width-1 and height-1.
    const auto flags = in.u8(kData);
    const auto low_w = in.u16(kData + 4), low_h = in.u16(kData + 7);
    const auto high_w = in.u8(kData + 6), high_h = in.u8(kData + 9);
    if (!flags || !low_w || !high_w || !low_h || !high_h) {
      return base::unexpected(malformed("truncated"));
    }
    header.width = (std::uint32_t{*high_w} << 16 | *low_w) + 1;
    header.height = (std::uint32_t{*high_h} << 16 | *low_h) + 1;
    header.has_alpha = (*flags & 0x10) != 0;
  } else {
    return base::unexpected(malformed("unknown_chunk"));
  }
  if (header.width == 0 || header.height == 0) {
    return base::unexpected(malformed("zero_size"));
  }
  return header;
}

}  // namespace hotline::photo
