// inspect(): real type from the bytes, header dimensions, and every rejection before a decode.
#include <catch2/catch.hpp>

#include "fixture_files.h"
#include "photo/inspect.h"

using namespace hotline::photo;
using photo_test::read_fixture;

namespace {

PhotoErrorCode error_of(std::string_view bytes, const InspectLimits& limits = {}) {
  const auto info = inspect(bytes, limits);
  REQUIRE_FALSE(info.has_value());
  return info.error().code;
}

std::string be32(std::uint32_t value) {
  return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
          static_cast<char>(value)};
}

// Signature and IHDR only: enough for the header reader, nothing to decode.
std::string png_header(std::uint32_t width, std::uint32_t height) {
  return std::string("\x89PNG\r\n\x1A\n", 8) + be32(13) + "IHDR" + be32(width) + be32(height) +
         std::string("\x08\x02\x00\x00\x00", 5) + be32(0);
}

}  // namespace

TEST_CASE("a JPEG is recognised with its stored size and EXIF orientation") {
  const auto info = inspect(read_fixture("orientation_6.jpg"));
  REQUIRE(info.has_value());
  CHECK(info->format == ImageFormat::Jpeg);
  CHECK(info->content_type == "image/jpeg");
  CHECK(info->width == 48u);
  CHECK(info->height == 64u);
  CHECK(info->orientation == 6);
  CHECK(info->display_width() == 64u);
  CHECK(info->display_height() == 48u);
  CHECK(info->byte_size == read_fixture("orientation_6.jpg").size());
  CHECK_FALSE(info->metadata_error.has_value());
}

TEST_CASE("PNG size and alpha come from IHDR") {
  const auto screenshot = inspect(read_fixture("screenshot.png"));
  REQUIRE(screenshot.has_value());
  CHECK(screenshot->format == ImageFormat::Png);
  CHECK(screenshot->content_type == "image/png");
  CHECK(screenshot->width == 200u);
  CHECK(screenshot->height == 120u);
  CHECK_FALSE(screenshot->has_alpha);
  const auto alpha = inspect(read_fixture("alpha.png"));
  REQUIRE(alpha.has_value());
  CHECK(alpha->has_alpha);
  CHECK(alpha->orientation == 1);
}

TEST_CASE("WebP size is read from VP8, VP8L and VP8X first chunks") {
  for (const char* name : {"lossy.webp", "lossless.webp"}) {
    INFO(name);
    const auto info = inspect(read_fixture(name));
    REQUIRE(info.has_value());
    CHECK(info->format == ImageFormat::WebP);
    CHECK(info->content_type == "image/webp");
    CHECK(info->width == 64u);
    CHECK(info->height == 48u);
  }
  const auto extended = inspect(read_fixture("extended.webp"));
  REQUIRE(extended.has_value());
  CHECK(extended->width == 40u);
  CHECK(extended->height == 30u);
  CHECK(extended->has_alpha);
}

TEST_CASE("HEIC is recognised and reported as unsupported, naming the format") {
  const auto info = inspect(read_fixture("small.heic"));
  REQUIRE_FALSE(info.has_value());
  CHECK(info.error().code == PhotoErrorCode::UnsupportedFormat);
  CHECK(info.error().message() == hotline::base::Message{"photo.error.unsupported_format", {{"format", "HEIF"}}});
  CHECK(error_of(std::string("\0\0\0\x18"
                             "ftypavif\0\0\0\0",
                             16)) == PhotoErrorCode::UnsupportedFormat);
}

TEST_CASE("zero bytes, text renamed .jpg and unknown formats are typed errors") {
  CHECK(error_of("") == PhotoErrorCode::Empty);
  CHECK(error_of(read_fixture("not_an_image.jpg")) == PhotoErrorCode::NotAnImage);
  CHECK(error_of("GIF89a\x01\x00\x01\x00") == PhotoErrorCode::NotAnImage);
  CHECK(error_of("\xFF\xD8") == PhotoErrorCode::NotAnImage);  // SOI without a marker after it
}

TEST_CASE("a truncated JPEG header is Malformed, never a crash") {
  const std::string jpeg = read_fixture("camera_mm.jpg");
  const auto full = inspect(jpeg);
  REQUIRE(full.has_value());
  // Every cut inside the header area: Malformed until the frame header is complete, then the size.
  for (std::size_t length = 3; length < 2000; length += 7) {
    const auto info = inspect(std::string_view(jpeg).substr(0, length));
    if (info) {
      CHECK(info->width == 320u);
      CHECK(info->height == 240u);
    } else {
      CHECK(info.error().code == PhotoErrorCode::Malformed);
    }
  }
  CHECK(error_of(std::string_view(jpeg).substr(0, 100)) == PhotoErrorCode::Malformed);
  CHECK(error_of("\xFF\xD8\xFF\xD9") == PhotoErrorCode::Malformed);  // EOI before any frame
}

TEST_CASE("a 30000 x 30000 PNG header is rejected before any decode") {
  const auto info = inspect(png_header(30000, 30000));
  REQUIRE_FALSE(info.has_value());
  CHECK(info.error().code == PhotoErrorCode::TooManyPixels);
  CHECK(info.error().key() == "photo.error.too_many_pixels");
  CHECK(info.error().message().param("width") == std::optional<std::string_view>("30000"));
  // The same header within the limit is accepted: the guard is the pixel count, not the format.
  const auto small = inspect(png_header(4000, 3000));
  REQUIRE(small.has_value());
  CHECK(small->width == 4000u);
  CHECK(error_of(png_header(0, 10)) == PhotoErrorCode::Malformed);
  CHECK(error_of(png_header(0x80000000u, 1)) == PhotoErrorCode::Malformed);
}

TEST_CASE("files over the byte limit are rejected with both sizes in MB") {
  InspectLimits limits;
  limits.max_bytes = 1000;
  const std::string jpeg = read_fixture("camera_mm.jpg");
  const auto info = inspect(jpeg, limits);
  REQUIRE_FALSE(info.has_value());
  CHECK(info.error().code == PhotoErrorCode::FileTooLarge);
  CHECK(info.error().params.at(0) == hotline::base::MessageParam{"size_mb", "0.1"});
  limits.max_bytes = jpeg.size();
  CHECK(inspect(jpeg, limits).has_value());
}

TEST_CASE("truncated WebP and PNG headers are Malformed") {
  const std::string webp = read_fixture("lossy.webp");
  CHECK(error_of(webp.substr(0, 20)) == PhotoErrorCode::Malformed);
  CHECK(error_of(read_fixture("lossless.webp").substr(0, 22)) == PhotoErrorCode::Malformed);
  CHECK(error_of(read_fixture("extended.webp").substr(0, 25)) == PhotoErrorCode::Malformed);
  CHECK(error_of(read_fixture("screenshot.png").substr(0, 20)) == PhotoErrorCode::Malformed);
}
