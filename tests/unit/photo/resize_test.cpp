// Resampling: target sizes, flat colours stay exact, detail averages out, alpha does not bleed.
#include <catch2/catch.hpp>

#include <algorithm>

#include "photo/resize.h"

using namespace hotline::photo;

namespace {

Image filled(std::uint32_t width, std::uint32_t height, std::vector<std::uint8_t> colour) {
  Image image = make_image(width, height, static_cast<int>(colour.size()));
  for (std::size_t i = 0; i < image.byte_count(); ++i) {
    image.pixels.data()[i] = colour[i % colour.size()];
  }
  return image;
}

}  // namespace

TEST_CASE("fit_within keeps the aspect ratio and never upscales") {
  CHECK(fit_within(4000, 3000, 1600) == std::pair<std::uint32_t, std::uint32_t>{1600, 1200});
  CHECK(fit_within(3000, 4000, 1600) == std::pair<std::uint32_t, std::uint32_t>{1200, 1600});
  CHECK(fit_within(4032, 3024, 1600) == std::pair<std::uint32_t, std::uint32_t>{1600, 1200});
  CHECK(fit_within(1000, 800, 1600) == std::pair<std::uint32_t, std::uint32_t>{1000, 800});
  CHECK(fit_within(10000, 10, 1600) == std::pair<std::uint32_t, std::uint32_t>{1600, 2});
  CHECK(fit_within(100000, 1, 1600) == std::pair<std::uint32_t, std::uint32_t>{1600, 1});
}

TEST_CASE("a flat colour stays exactly flat at any scale") {
  for (const auto& [w, h] : {std::pair{97u, 61u}, {40u, 30u}, {13u, 7u}, {200u, 150u}}) {
    const auto out = resize(filled(401, 301, {12, 200, 99}), w, h);
    REQUIRE(out.has_value());
    CHECK(out->width == w);
    CHECK(out->height == h);
    bool flat = true;
    for (std::size_t i = 0; i < out->byte_count(); i += 3) {
      flat = flat && out->pixels.data()[i] == 12 && out->pixels.data()[i + 1] == 200 && out->pixels.data()[i + 2] == 99;
    }
    CHECK(flat);
  }
}

TEST_CASE("a one-pixel checkerboard shrinks to its mean grey, without aliasing") {
  Image board = make_image(300, 200, 3);
  for (std::uint32_t y = 0; y < 200; ++y) {
    for (std::uint32_t x = 0; x < 300; ++x) {
      std::fill_n(board.pixels.data() + y * board.stride() + x * 3, 3, (x + y) % 2 ? 255 : 0);
    }
  }
  const auto out = resize(std::move(board), 120, 80);
  REQUIRE(out.has_value());
  for (std::uint32_t y = 2; y < 78; y += 5) {
    for (std::uint32_t x = 2; x < 118; x += 5) {
      CHECK(int{out->at(x, y)[0]} == Approx(128).margin(8));
    }
  }
}

TEST_CASE("the left half stays dark and the right half light") {
  Image halves = make_image(1000, 10, 3);
  for (std::uint32_t y = 0; y < 10; ++y) {
    for (std::uint32_t x = 0; x < 1000; ++x) {
      std::fill_n(halves.pixels.data() + y * halves.stride() + x * 3, 3, x < 500 ? 20 : 230);
    }
  }
  const auto out = resize(std::move(halves), 100, 1);
  REQUIRE(out.has_value());
  CHECK(int{out->at(10, 0)[0]} == 20);
  CHECK(int{out->at(90, 0)[0]} == 230);
  CHECK(out->at(49, 0)[0] < out->at(50, 0)[0]);
}

TEST_CASE("transparent pixels do not darken the opaque ones next to them") {
  // Left half opaque white, right half fully transparent black.
  Image image = make_image(64, 8, 4);
  for (std::uint32_t y = 0; y < 8; ++y) {
    for (std::uint32_t x = 0; x < 64; ++x) {
      std::uint8_t* p = image.pixels.data() + y * image.stride() + x * 4;
      const bool opaque = x < 32;
      p[0] = p[1] = p[2] = opaque ? 255 : 0;
      p[3] = opaque ? 255 : 0;
    }
  }
  const auto out = resize(std::move(image), 20, 2);  // 3.2x: box shrink by 3, then the cubic filter
  REQUIRE(out.has_value());
  int partial = 0;
  for (std::uint32_t x = 0; x < out->width; ++x) {
    const std::uint8_t* p = out->at(x, 0);
    if (p[3] > 8 && p[3] < 247) {
      ++partial;
      INFO("x " << x << " alpha " << int{p[3]});
      CHECK(int{p[0]} >= 245);  // still white, not grey
    }
  }
  CHECK(partial > 0);
  CHECK(int{out->at(2, 0)[3]} == 255);
  CHECK(int{out->at(18, 0)[3]} == 0);
}

TEST_CASE("degenerate requests give nothing instead of crashing") {
  CHECK_FALSE(resize(Image{}, 10, 10).has_value());
  CHECK_FALSE(resize(filled(4, 4, {1, 2, 3}), 0, 4).has_value());
  const auto up = resize(filled(4, 4, {1, 2, 3}), 9, 9);  // upscaling works too (not used by prepare)
  REQUIRE(up.has_value());
  CHECK(int{up->at(8, 8)[2]} == 3);
}
