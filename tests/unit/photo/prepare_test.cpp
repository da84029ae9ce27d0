// prepare(): the upload is small, upright, metadata-free, described correctly, location only on consent.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixture_files.h"
#include "photo/encode.h"
#include "photo/prepare.h"
#include "photo/sha256.h"

using namespace hotline::photo;
using photo_test::jpeg_markers;
using photo_test::png_chunks;
using photo_test::read_fixture;
namespace base = hotline::base;

namespace {

PreparedPhoto prepared(const std::string& bytes, const PhotoSettings& settings = {},
                       LocationConsent consent = LocationConsent::Withheld, PlatformDecoder* platform = nullptr) {
  auto photo = prepare(bytes, settings, consent, platform);
  INFO((photo ? std::string() : std::string(photo.error().name())));
  REQUIRE(photo.has_value());
  return std::move(photo).value();
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

// Stands in for a browser decoder: solid grey pixels of the header's size, counting its calls.
class FakeDecoder final : public PlatformDecoder {
 public:
  explicit FakeDecoder(bool fail) : fail_(fail) {}
  bool can_decode(ImageFormat) const override { return true; }
  base::Expected<DecodedImage, PhotoError> decode(std::string_view, const ImageInfo& info) override {
    ++calls;
    if (fail_) {
      return base::unexpected(make_error(PhotoErrorCode::DecodeFailed));
    }
    DecodedImage decoded{make_image(info.width, info.height, info.has_alpha ? 4 : 3), true};
    std::fill_n(decoded.image.pixels.data(), decoded.image.byte_count(), std::uint8_t{128});
    return decoded;
  }
  int calls = 0;

 private:
  bool fail_;
};

}  // namespace

TEST_CASE("the record describes the uploaded bytes") {
  const PreparedPhoto photo = prepared(read_fixture("camera_mm.jpg"));
  const auto& record = photo.record;
  CHECK(record.content_type == "image/jpeg");
  CHECK(record.byte_size == photo.bytes.size());
  CHECK(record.sha256 == sha256_hex(photo.bytes));
  CHECK(record.sha256 != sha256_hex(read_fixture("camera_mm.jpg")));
  CHECK(record.width == 240u);  // orientation 6: the 320x240 stored photo stands upright
  CHECK(record.height == 320u);
  CHECK(record.captured_at == "2024-05-01T10:20:30+08:00");
  CHECK(record.media_url.empty());
  const auto info = inspect(photo.bytes);
  REQUIRE(info.has_value());
  CHECK(info->width == 240u);
  CHECK(info->height == 320u);
}

TEST_CASE("location leaves only with the citizen's consent") {
  const std::string bytes = read_fixture("camera_mm.jpg");
  CHECK_FALSE(prepared(bytes).record.location.has_value());
  const PreparedPhoto shared = prepared(bytes, {}, LocationConsent::Shared);
  REQUIRE(shared.record.location.has_value());
  CHECK(shared.record.location->lat == Approx(26.074508).margin(1e-6));
  CHECK(shared.record.location->lon == Approx(119.296494).margin(1e-6));
  // Consent cannot invent a location the photo does not have.
  CHECK_FALSE(prepared(read_fixture("orientation_1.jpg"), {}, LocationConsent::Shared).record.location.has_value());
}

TEST_CASE("the upload carries no EXIF, XMP, ICC profile or comment") {
  const std::string original = read_fixture("metadata_rich.jpg");
  REQUIRE(contains(original, "secret comment"));  // the fixture really has all of them
  REQUIRE(contains(original, "ICC_PROFILE"));
  REQUIRE(contains(original, "http://ns.adobe.com/xap/"));
  const PreparedPhoto photo = prepared(original, {}, LocationConsent::Shared);
  const auto markers = jpeg_markers(photo.bytes);
  REQUIRE_FALSE(markers.empty());
  for (const unsigned char marker : markers) {
    INFO("marker " << std::hex << int{marker});
    CHECK((marker == 0xE0 || marker < 0xE0 || (marker > 0xEF && marker != 0xFE)));
  }
  for (const char* needle : {"Exif", "ICC_PROFILE", "http://ns.adobe.com", "secret comment", "Apple", "iPhone"}) {
    INFO(needle);
    CHECK_FALSE(contains(photo.bytes, needle));
  }
}

TEST_CASE("large photos are downscaled to the long-edge setting, thumbnails to theirs") {
  PhotoSettings settings;
  settings.max_edge = 100;
  settings.thumbnail_edge = 32;
  const PreparedPhoto photo = prepared(read_fixture("camera_ii.jpg"), settings);
  CHECK(photo.record.width == 100u);
  CHECK(photo.record.height == 75u);
  CHECK(photo.record.captured_at == "2019-12-31T23:59:58+08:00");  // no offset in the photo: fallback
  CHECK(photo.thumbnail.width == 32u);
  CHECK(photo.thumbnail.height == 24u);
  CHECK(photo.thumbnail.channels == 4);
  // Small photos are not upscaled.
  const PreparedPhoto small = prepared(read_fixture("camera_ii.jpg"));
  CHECK(small.record.width == 320u);
  CHECK(small.record.height == 240u);
}

TEST_CASE("a screenshot PNG stays PNG when that is smaller, without text chunks") {
  const PreparedPhoto photo = prepared(read_fixture("screenshot.png"));
  CHECK(photo.record.content_type == "image/png");
  CHECK(photo.record.width == 200u);
  CHECK(photo.record.height == 120u);
  CHECK_FALSE(photo.record.captured_at.has_value());
  CHECK(png_chunks(photo.bytes) == std::vector<std::string>{"IHDR", "IDAT", "IEND"});
}

TEST_CASE("a PNG with alpha keeps its transparency as PNG; as JPEG it would be flattened on white") {
  const PreparedPhoto photo = prepared(read_fixture("alpha.png"));
  CHECK(photo.record.content_type == "image/png");
  const auto info = inspect(photo.bytes);
  REQUIRE(info.has_value());
  CHECK(info->has_alpha);
  const Image flat = flatten_on_white(photo.thumbnail);
  REQUIRE(flat.channels == 3);
  // 50% red over white.
  CHECK(int{flat.at(0, 0)[0]} == 255);
  CHECK(int{flat.at(0, 0)[1]} == Approx(128).margin(2));
}

TEST_CASE("a photograph-like PNG is uploaded as the smaller JPEG") {
  // Noise compresses badly as PNG.
  Image noise = make_image(96, 64, 3);
  std::uint32_t state = 12345;
  for (std::size_t i = 0; i < noise.byte_count(); ++i) {
    state = state * 1103515245u + 12345u;
    noise.pixels.data()[i] = static_cast<std::uint8_t>(state >> 24);
  }
  const auto png = encode_png(noise);
  REQUIRE(png.has_value());
  const PreparedPhoto photo = prepared(*png);
  CHECK(photo.record.content_type == "image/jpeg");
  CHECK(photo.bytes.size() < png->size());
}

TEST_CASE("WebP needs a platform decoder; a failing platform decoder falls back to the portable one") {
  const std::string webp = read_fixture("lossy.webp");
  const auto portable_only = prepare(webp, {}, LocationConsent::Withheld);
  REQUIRE_FALSE(portable_only.has_value());
  CHECK(portable_only.error().code == PhotoErrorCode::UnsupportedFormat);

  FakeDecoder browser(false);
  const PreparedPhoto photo = prepared(webp, {}, LocationConsent::Withheld, &browser);
  CHECK(browser.calls == 1);
  CHECK(photo.record.content_type == "image/jpeg");
  CHECK(photo.record.width == 64u);

  FakeDecoder broken(true);
  const PreparedPhoto fallback = prepared(read_fixture("orientation_6.jpg"), {}, LocationConsent::Withheld, &broken);
  CHECK(broken.calls == 1);
  CHECK(fallback.record.width == 64u);  // portable decode, orientation applied by the pipeline
  CHECK(fallback.record.height == 48u);
}

TEST_CASE("a platform decoder that already rotated is not rotated again") {
  FakeDecoder browser(false);
  const PreparedPhoto photo = prepared(read_fixture("orientation_6.jpg"), {}, LocationConsent::Withheld, &browser);
  CHECK(photo.record.width == 48u);  // the fake returns the stored size and says it applied orientation
  CHECK(photo.record.height == 64u);
}

TEST_CASE("truncated and broken files give typed errors, never a crash") {
  const std::string jpeg = read_fixture("camera_ii.jpg");
  for (const std::size_t length : {jpeg.size() / 2, jpeg.size() - 10, std::size_t{700}, std::size_t{20}}) {
    INFO("length " << length);
    const auto photo = prepare(std::string_view(jpeg).substr(0, length), {}, LocationConsent::Withheld);
    if (photo) {
      CHECK(photo->record.width == 320u);  // stb_image fills a cut-off scan with what it has
    } else {
      CHECK((photo.error().code == PhotoErrorCode::Malformed || photo.error().code == PhotoErrorCode::DecodeFailed));
    }
  }
  CHECK(prepare("", {}, LocationConsent::Withheld).error().code == PhotoErrorCode::Empty);
  CHECK(prepare(read_fixture("not_an_image.jpg"), {}, LocationConsent::Withheld).error().code ==
        PhotoErrorCode::NotAnImage);
  CHECK(prepare(read_fixture("small.heic"), {}, LocationConsent::Withheld).error().code ==
        PhotoErrorCode::UnsupportedFormat);
  // A PNG whose IDAT is missing: the header is fine, the decode is not.
  const std::string png = read_fixture("screenshot.png");
  const auto broken = prepare(png.substr(0, 33), {}, LocationConsent::Withheld);
  REQUIRE_FALSE(broken.has_value());
  CHECK(broken.error().code == PhotoErrorCode::DecodeFailed);
}

TEST_CASE("the decoder's memory budget follows the header's pixel count") {
  ImageInfo info;
  info.width = 4000;
  info.height = 3000;
  CHECK(PortableDecoder::memory_budget(info) > 4000u * 3000u * 3u);
  CHECK(PortableDecoder::memory_budget(info) < 4000u * 3000u * 16u);
}
