// The app's screens drawn headless (Dear ImGui with no renderer) with the real staged assets.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "ui/app.h"
#include "ui/fonts.h"

using namespace hotline;

namespace {

struct HeadlessContext {
  HeadlessContext() {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = ImVec2(720, 1280);
  }
  ~HeadlessContext() { ImGui::DestroyContext(); }
  void frame(ui::App& app) {
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
  }
};

ui::App load_app() {
  auto resources = ui::load_resources(HOTLINE_APP_ASSETS_DIR);
  INFO((resources ? std::string() : resources.error()));
  REQUIRE(resources.has_value());
  return ui::App(std::move(resources).value());
}

}  // namespace

TEST_CASE("the UI font covers every catalog string in every language") {
  HeadlessContext context;
  ui::App app = load_app();
  std::string error;
  REQUIRE(app.init_fonts(1.0f, error));
  const auto problems = app.glyph_coverage_problems();
  for (const auto& p : problems) {
    UNSCOPED_INFO(p);
  }
  CHECK(problems.empty());
}

TEST_CASE("missing_glyphs reports characters outside the subset") {
  HeadlessContext context;
  ui::App app = load_app();
  std::string error;
  REQUIRE(app.init_fonts(1.0f, error));
  const ImFont& font = *ImGui::GetIO().FontDefault;
  CHECK(ui::missing_glyphs(font, "福州 12345").empty());
  // Thai (U+0E01) is outside the subset: no CJK font subset of ours carries it.
  CHECK(ui::missing_glyphs(font, "a\u0E01b") == std::vector<char32_t>{U'\u0E01'});
}

TEST_CASE("the first screen draws in a window titled by the catalog") {
  HeadlessContext context;
  ui::App app = load_app();
  std::string error;
  REQUIRE(app.init_fonts(1.0f, error));
  context.frame(app);
  context.frame(app);
  const ImDrawData* draw = ImGui::GetDrawData();
  REQUIRE(draw != nullptr);
  CHECK(draw->TotalVtxCount > 100);  // title, buttons and a wrapped paragraph produce many quads
  CHECK(app.strings().tr("app.title") == "12345 便民服务");
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
