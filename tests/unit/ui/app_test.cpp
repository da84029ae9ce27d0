// The app's screens drawn headless (Dear ImGui with no window) with the real staged assets and the
// system's Noto Sans CJK, glyphs loaded on demand as on the kiosk.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "ui/app.h"
#include "ui/font_file_glyph_source.h"
#include "ui/glyph_coverage.h"
#include "ui/headless_imgui.h"

using namespace hotline;

namespace {

ui::App load_app() {
  auto resources = ui::load_resources(HOTLINE_APP_ASSETS_DIR);
  INFO((resources ? std::string() : resources.error()));
  REQUIRE(resources.has_value());
  ui::App app(std::move(resources).value());
  ui::FontFileGlyphSource glyphs(HOTLINE_TEST_CJK_FONT);
  std::string error;
  INFO(error);
  REQUIRE(app.init_fonts(glyphs, error));
  return app;
}

ImFont& ui_font() {
  return *ImGui::GetIO().FontDefault;
}

}  // namespace

TEST_CASE("the system CJK font covers every catalog string in every language") {
  test::HeadlessImGui imgui;
  ui::App app = load_app();
  for (const text::Language language : text::kAllLanguages) {
    const text::Catalog* catalog = app.strings().catalog(language);
    for (const auto& key : catalog->keys()) {
      INFO(text::language_tag(language) << "/" << key);
      CHECK(ui::missing_glyphs(ui_font(), 26.0f, *catalog->find(key)).empty());
    }
  }
}

TEST_CASE("rare characters of names and addresses are drawn, outside the BMP too") {
  test::HeadlessImGui imgui;
  ui::App app = load_app();
  CHECK(ui::missing_glyphs(ui_font(), 26.0f, "堃 喆 䶮 𠮷").empty());
  // U+0378 is unassigned: no font has it.
  CHECK(ui::missing_glyphs(ui_font(), 26.0f, "a\u0378b") == std::vector<char32_t>{U'\u0378'});
}

TEST_CASE("characters drawn with the missing box are counted once") {
  test::HeadlessImGui imgui;
  ui::App app = load_app();
  const auto draw = [&app] { app.frame(); };
  imgui.frame(draw);
  CHECK(ui::missing_glyph_count(*ImGui::GetIO().Fonts) == 0);
  app.set_extra_text("福州 \u0378 𠮷 \u0378");
  imgui.frame(draw);
  imgui.frame(draw);
  CHECK(ui::missing_glyph_count(*ImGui::GetIO().Fonts) == 1);
}

TEST_CASE("a new text size applies on the next frame and rasterises glyphs at that size") {
  test::HeadlessImGui imgui;
  ui::App app = load_app();
  const auto draw = [&app] { app.frame(); };
  const auto has_glyph_at = [](ui::TextSize size) {
    return ui_font().GetFontBaked(ui::text_size_px(size))->IsGlyphLoaded(U'福');
  };
  imgui.frame(draw);
  CHECK(has_glyph_at(ui::TextSize::Normal));
  CHECK_FALSE(has_glyph_at(ui::TextSize::ExtraLarge));
  const std::size_t normal_atlas = ui::atlas_texture_bytes(*ImGui::GetIO().Fonts);

  app.set_text_size(ui::TextSize::ExtraLarge);
  CHECK_FALSE(has_glyph_at(ui::TextSize::ExtraLarge));  // nothing is rasterised ahead of drawing
  imgui.frame(draw);
  CHECK(has_glyph_at(ui::TextSize::ExtraLarge));
  CHECK(ui::atlas_texture_bytes(*ImGui::GetIO().Fonts) >= normal_atlas);
  CHECK(ui::missing_glyph_count(*ImGui::GetIO().Fonts) == 0);
}

TEST_CASE("the first screen draws in a window titled by the catalog") {
  test::HeadlessImGui imgui;
  ui::App app = load_app();
  imgui.frame([&app] { app.frame(); });
  imgui.frame([&app] { app.frame(); });
  const ImDrawData* draw = ImGui::GetDrawData();
  REQUIRE(draw != nullptr);
  CHECK(draw->TotalVtxCount > 100);  // title, buttons and a wrapped paragraph produce many quads
  CHECK(app.strings().tr("app.title") == "12345 便民服务");
}

TEST_CASE("a font file that cannot be read is reported with its path") {
  test::HeadlessImGui imgui;
  ui::FontFileGlyphSource glyphs("/nonexistent/font.ttc");
  const auto font = glyphs.add_font(*ImGui::GetIO().Fonts);
  REQUIRE_FALSE(font.has_value());
  CHECK(font.error().find("/nonexistent/font.ttc") != std::string::npos);
}

TEST_CASE("a key defined in two area catalogs is rejected") {
  auto a = text::Catalog::parse(R"({"x": "1"})");
  auto b = text::Catalog::parse(R"({"x": "2"})");
  REQUIRE((a && b));
  const auto merged = a->merge(*b);
  REQUIRE_FALSE(merged.has_value());
  CHECK(merged.error().detail.find("'x'") != std::string::npos);
}

TEST_CASE("a broken assets folder is reported, not crashed on") {
  const auto resources = ui::load_resources("/nonexistent/assets");
  REQUIRE_FALSE(resources.has_value());
  CHECK(resources.error().find("/nonexistent/assets/i18n/zh-CN") != std::string::npos);
}
