// Face lookup by family name in Debian's Noto Sans CJK collection, and robustness against non-fonts.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <vector>

#include "ui/font_collection.h"

using namespace hotline;

namespace {

std::vector<unsigned char> read_font() {
  std::ifstream in(HOTLINE_TEST_CJK_FONT, std::ios::binary);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("the SC and TC faces of the Noto Sans CJK collection are found by family name") {
  const auto font = read_font();
  // fc-query on fonts-noto-cjk 20220127: JP, KR, SC, TC, HK, then the Mono faces.
  CHECK(ui::find_face(font, "Noto Sans CJK SC") == 2);
  CHECK(ui::find_face(font, "Noto Sans CJK TC") == 3);
  CHECK(ui::find_face(font, "Noto Sans Mono CJK SC") == 7);
  CHECK_FALSE(ui::find_face(font, "Noto Sans CJK").has_value());
}

TEST_CASE("data that is not a font, or is cut short, finds no face") {
  const std::vector<unsigned char> junk(64, 0xAB);
  CHECK_FALSE(ui::find_face(junk, "Noto Sans CJK SC").has_value());
  CHECK_FALSE(ui::find_face({}, "Noto Sans CJK SC").has_value());
  auto font = read_font();
  font.resize(4096);  // the collection header survives, the name tables do not
  CHECK_FALSE(ui::find_face(font, "Noto Sans CJK SC").has_value());
}
