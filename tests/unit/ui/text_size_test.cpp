// Text size settings: tags as typed on the command line and the page, sizes in increasing order.
#include <catch2/catch.hpp>

#include "ui/text_size.h"

using namespace hotline;

TEST_CASE("text sizes round-trip through their tags and grow") {
  for (const ui::TextSize size : ui::kAllTextSizes) {
    CHECK(ui::parse_text_size(ui::text_size_tag(size)) == size);
  }
  CHECK_FALSE(ui::parse_text_size("huge").has_value());
  CHECK(ui::text_size_px(ui::TextSize::Normal) < ui::text_size_px(ui::TextSize::Large));
  CHECK(ui::text_size_px(ui::TextSize::Large) < ui::text_size_px(ui::TextSize::ExtraLarge));
}
