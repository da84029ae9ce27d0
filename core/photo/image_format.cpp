// Signature sniffing: JPEG SOI, PNG signature, RIFF/WEBP, ISO-BMFF "ftyp" brands of HEIF and AVIF.
#include "photo/image_format.h"

#include <array>

namespace hotline::photo {

std::optional<ImageFormat> detect_format(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.substr(0, 3) == "\xFF\xD8\xFF"sv) {
    return ImageFormat::Jpeg;
  }
  if (bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n"sv) {
    return ImageFormat::Png;
  }
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") {
    return ImageFormat::WebP;
  }
  if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") {
    const std::string_view brand = bytes.substr(8, 4);
    if (brand == "avif" || brand == "avis") {
      return ImageFormat::Avif;
    }
    static constexpr std::array kHeifBrands = {"heic"sv, "heix"sv, "hevc"sv, "hevx"sv,
                                               "heim"sv, "heis"sv, "mif1"sv, "msf1"sv};
    for (const std::string_view heif : kHeifBrands) {
      if (brand == heif) {
        return ImageFormat::Heif;
      }
    }
  }
  return std::nullopt;
}

std::string_view format_name(ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg:
      return "JPEG";
    case ImageFormat::Png:
      return "PNG";
    case ImageFormat::WebP:
      return "WebP";
    case ImageFormat::Heif:
      return "HEIF";
    case ImageFormat::Avif:
      return "AVIF";
  }
  return "JPEG";
}

std::string_view content_type(ImageFormat format) {
  switch (format) {
    case ImageFormat::Jpeg:
      return "image/jpeg";
    case ImageFormat::Png:
      return "image/png";
    case ImageFormat::WebP:
      return "image/webp";
    case ImageFormat::Heif:
      return "image/heif";
    case ImageFormat::Avif:
      return "image/avif";
  }
  return "application/octet-stream";
}

}  // namespace hotline::photo
