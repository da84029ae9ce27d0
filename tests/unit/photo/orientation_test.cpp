// All eight EXIF orientations: real JPEGs come out upright, and the pixel mapping itself.
#include <catch2/catch.hpp>

#include <array>

#include "fixture_files.h"
#include "photo/orientation.h"
#include "photo/prepare.h"

using namespace hotline::photo;
using photo_test::read_fixture;

namespace {

// The colour nearest to a pixel among the four quadrant colours of the fixtures.
std::string colour_at(const Image& image, std::uint32_t x, std::uint32_t y) {
  const std::uint8_t* p = image.at(x, y);
  const auto high = [](std::uint8_t v) { return v > 127; };
  if (high(p[0]) && high(p[1]) && high(p[2])) {
    return "white";
  }
  if (high(p[0])) {
    return "red";
  }
  if (high(p[1])) {
    return "green";
  }
  return high(p[2]) ? "blue" : "black";
}

Image image_3x2() {
  // Pixels numbered 1..6 in reading order, one channel value each (RGB, value in R).
  Image image = make_image(3, 2, 3);
  for (std::uint8_t i = 0; i < 6; ++i) {
    image.pixels.data()[i * 3] = static_cast<std::uint8_t>(i + 1);
    image.pixels.data()[i * 3 + 1] = image.pixels.data()[i * 3 + 2] = 0;
  }
  return image;
}

std::vector<int> reading_order(const Image& image) {
  std::vector<int> values;
  for (std::uint32_t y = 0; y < image.height; ++y) {
    for (std::uint32_t x = 0; x < image.width; ++x) {
      values.push_back(image.at(x, y)[0]);
    }
  }
  return values;
}

}  // namespace

TEST_CASE("JPEGs in all 8 EXIF orientations are prepared upright") {
  for (int n = 1; n <= 8; ++n) {
    INFO("orientation " << n);
    const auto photo =
        prepare(read_fixture("orientation_" + std::to_string(n) + ".jpg"), PhotoSettings{}, LocationConsent::Withheld);
    REQUIRE(photo.has_value());
    CHECK(photo->record.width == 64u);
    CHECK(photo->record.height == 48u);
    // Decode what would be uploaded: no orientation tag any more, so stored == displayed.
    const auto info = inspect(photo->bytes);
    REQUIRE(info.has_value());
    CHECK(info->orientation == 1);
    const Image& thumb = photo->thumbnail;
    REQUIRE(thumb.width == 64u);
    CHECK(colour_at(thumb, 8, 6) == "red");
    CHECK(colour_at(thumb, 56, 6) == "green");
    CHECK(colour_at(thumb, 8, 42) == "blue");
    CHECK(colour_at(thumb, 56, 42) == "white");
  }
}

TEST_CASE("apply_orientation maps every pixel of a 3x2 image") {
  // Stored:  1 2 3     expected display for each orientation, in reading order.
  //          4 5 6
  const std::array<std::vector<int>, 9> expected = {{
      {},
      {1, 2, 3, 4, 5, 6},
      {3, 2, 1, 6, 5, 4},
      {6, 5, 4, 3, 2, 1},
      {4, 5, 6, 1, 2, 3},
      {1, 4, 2, 5, 3, 6},
      {4, 1, 5, 2, 6, 3},
      {6, 3, 5, 2, 4, 1},
      {3, 6, 2, 5, 1, 4},
  }};
  for (int n = 1; n <= 8; ++n) {
    INFO("orientation " << n);
    const Image out = apply_orientation(image_3x2(), n);
    CHECK(out.width == (n >= 5 ? 2u : 3u));
    CHECK(out.height == (n >= 5 ? 3u : 2u));
    CHECK(reading_order(out) == expected[static_cast<std::size_t>(n)]);
  }
  CHECK(reading_order(apply_orientation(image_3x2(), 0)) == expected[1]);
  CHECK(reading_order(apply_orientation(image_3x2(), 42)) == expected[1]);
}
