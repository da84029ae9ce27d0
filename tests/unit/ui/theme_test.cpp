// The palettes meet WCAG 2.1 contrast for every text colour on the background it is drawn on, and 长辈版
// meets the MIIT 2021 sizes.
#include <catch2/catch.hpp>

#include "ui/text_size.h"
#include "ui/theme.h"

using namespace hotline;

namespace {

void check_palette(const ui::Palette& p, float minimum) {
  CHECK(ui::contrast_ratio(p.text, p.card) >= minimum);
  CHECK(ui::contrast_ratio(p.text, p.background) >= minimum);
  CHECK(ui::contrast_ratio(p.text, p.field) >= minimum);
  CHECK(ui::contrast_ratio(p.muted, p.card) >= minimum);
  CHECK(ui::contrast_ratio(p.muted, p.background) >= minimum);
  CHECK(ui::contrast_ratio(p.on_accent, p.accent) >= minimum);
  CHECK(ui::contrast_ratio(p.accent, p.card) >= minimum);  // secondary buttons: accent text on white
  CHECK(ui::contrast_ratio(p.error, p.card) >= minimum);
  CHECK(ui::contrast_ratio(p.success, p.card) >= minimum);
  CHECK(ui::contrast_ratio(p.warning, p.card) >= minimum);
}

}  // namespace

TEST_CASE("contrast ratios follow WCAG's formula") {
  CHECK(ui::contrast_ratio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)) == Approx(21.0f));
  CHECK(ui::contrast_ratio(IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 255, 255)) == Approx(1.0f));
  // #767676 on white is the classic 4.54:1.
  CHECK(ui::contrast_ratio(IM_COL32(0x76, 0x76, 0x76, 255), IM_COL32(255, 255, 255, 255)) ==
        Approx(4.54f).epsilon(0.01));
}

TEST_CASE("the normal palette meets 4.5:1 and the high-contrast one 7:1") {
  check_palette(ui::normal_palette(), 4.5f);
  check_palette(ui::high_contrast_palette(), 7.0f);
}

TEST_CASE("长辈版 has main text of at least 18 dp, a largest size of at least 30 dp and 60 dp targets") {
  for (const app::TextSize size : app::kAllTextSizes) {
    app::Settings settings;
    settings.text_size = size;
    settings.elderly = true;
    const ui::Theme theme = ui::make_theme(settings);
    CHECK(theme.body_px >= 18);
    CHECK(theme.heading_px >= 30);
    CHECK(theme.target_px >= 60);
    CHECK(theme.line_spacing >= 1.3f);
  }
  const ui::Theme normal = ui::make_theme(app::Settings{});
  CHECK(normal.target_px >= 48);
  CHECK(normal.body_px >= 18);
}
