// prepare(): resize before rotating (rotation then touches ~1/6 of the pixels), encode, hash, describe.
#include "photo/prepare.h"

#include <cstring>

#include "photo/capture_time.h"
#include "photo/encode.h"
#include "photo/orientation.h"
#include "photo/resize.h"
#include "photo/sha256.h"

namespace hotline::photo {
namespace {

base::Expected<DecodedImage, PhotoError> decode(std::string_view bytes, const ImageInfo& info,
                                                PlatformDecoder* platform) {
  PortableDecoder portable;
  if (platform && platform->can_decode(info.format)) {
    auto decoded = platform->decode(bytes, info);
    if (decoded || !portable.can_decode(info.format)) {
      return decoded;
    }
  }
  return portable.decode(bytes, info);
}

PhotoError out_of_memory(PhotoErrorCode code) {
  return make_error(code, {{"reason", "out of memory"}});
}

base::Expected<Image, PhotoError> fit(Image image, std::uint32_t max_edge) {
  const auto [width, height] = fit_within(image.width, image.height, max_edge);
  if (width == image.width && height == image.height) {
    return image;
  }
  auto resized = resize(std::move(image), width, height);
  if (!resized) {
    return base::unexpected(out_of_memory(PhotoErrorCode::DecodeFailed));
  }
  return std::move(*resized);
}

Image to_rgba(const Image& image) {
  if (image.channels == 4) {
    Image copy = make_image(image.width, image.height, 4);
    if (!copy.pixels.empty()) {
      std::memcpy(copy.pixels.data(), image.pixels.data(), image.byte_count());
    }
    return copy;
  }
  Image out = make_image(image.width, image.height, 4);
  if (out.pixels.empty()) {
    return out;
  }
  const std::uint8_t* in = image.pixels.data();
  std::uint8_t* to = out.pixels.data();
  for (std::size_t i = 0, n = std::size_t{image.width} * image.height; i < n; ++i, in += 3, to += 4) {
    to[0] = in[0], to[1] = in[1], to[2] = in[2], to[3] = 255;
  }
  return out;
}

// Screenshots compress better as PNG; photos as JPEG. PNG input gets whichever is smaller.
base::Expected<std::pair<std::string, ImageFormat>, PhotoError> encode_upload(const Image& image, ImageFormat input,
                                                                              int quality) {
  auto jpeg = encode_jpeg(image, quality);
  if (!jpeg) {
    return base::unexpected(out_of_memory(PhotoErrorCode::EncodeFailed));
  }
  if (input == ImageFormat::Png) {
    auto png = encode_png(image);
    if (png && png->size() < jpeg->size()) {
      return std::pair{std::move(*png), ImageFormat::Png};
    }
  }
  return std::pair{std::move(*jpeg), ImageFormat::Jpeg};
}

}  // namespace

base::Expected<PreparedPhoto, PhotoError> prepare(std::string_view original, const PhotoSettings& settings,
                                                  LocationConsent consent, PlatformDecoder* platform) {
  auto info = inspect(original, settings.limits);
  if (!info) {
    return base::unexpected(info.error());
  }
  auto decoded = decode(original, *info, platform);
  if (!decoded) {
    return base::unexpected(decoded.error());
  }
  const int orientation = decoded->orientation_applied ? 1 : info->orientation;
  auto scaled = fit(std::move(decoded->image), settings.max_edge);
  if (!scaled) {
    return base::unexpected(scaled.error());
  }
  const Image upright = apply_orientation(std::move(*scaled), orientation);
  auto encoded = encode_upload(upright, info->format, settings.jpeg_quality);
  if (!encoded) {
    return base::unexpected(encoded.error());
  }
  auto thumbnail = fit(to_rgba(upright), settings.thumbnail_edge);
  if (!thumbnail || thumbnail->pixels.empty()) {
    return base::unexpected(out_of_memory(PhotoErrorCode::EncodeFailed));
  }

  PreparedPhoto photo;
  photo.bytes = std::move(encoded->first);
  photo.thumbnail = std::move(*thumbnail);
  domain::Attachment& record = photo.record;
  record.content_type = std::string(content_type(encoded->second));
  record.byte_size = photo.bytes.size();
  record.width = upright.width;
  record.height = upright.height;
  record.sha256 = sha256_hex(photo.bytes);
  record.captured_at = capture_time_iso8601(info->exif, settings.fallback_utc_offset);
  if (consent == LocationConsent::Shared) {
    record.location = info->exif.gps;
  }
  return photo;
}

}  // namespace hotline::photo
