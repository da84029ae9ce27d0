// PNG IHDR (size, colour type) and whether a tRNS chunk adds transparency.
#include "photo/byte_reader.h"
#include "photo/header.h"

namespace hotline::photo {
namespace {

// Palette and grey PNGs carry transparency in a tRNS chunk, which must come before the image data.
bool has_transparency_chunk(const ByteReader& in) {
  std::uint64_t at = 33;  // signature (8) + IHDR chunk (25)
  while (true) {
    const auto length = in.u32(at);
    const auto type = in.slice(at + 4, 4);
    if (!length || !type || *type == "IDAT" || *type == "IEND") {
      return false;
    }
    if (*type == "tRNS") {
      return true;
    }
    at += std::uint64_t{*length} + 12;
  }
}

}  // namespace

base::Expected<Header, PhotoError> read_png_header(std::string_view bytes) {
  const ByteReader in(bytes, ByteOrder::Big);
  const auto length = in.u32(8);
  const auto type = in.slice(12, 4);
  const auto width = in.u32(16), height = in.u32(20);
  const auto colour_type = in.u8(25);
  if (!length || !type || !width || !height || !colour_type) {
    return base::unexpected(make_error(PhotoErrorCode::Malformed, {{"format", "PNG"}, {"reason", "truncated"}}));
  }
  // The spec caps each dimension at 2^31 - 1 and forbids zero.
  if (*type != "IHDR" || *length != 13 || *width == 0 || *height == 0 || *width > 0x7FFFFFFFu ||
      *height > 0x7FFFFFFFu) {
    return base::unexpected(make_error(PhotoErrorCode::Malformed, {{"format", "PNG"}, {"reason", "bad_ihdr"}}));
  }
  Header header;
  header.width = *width;
  header.height = *height;
  header.has_alpha = *colour_type == 4 || *colour_type == 6 || has_transparency_chunk(in);
  return header;
}

}  // namespace hotline::photo
