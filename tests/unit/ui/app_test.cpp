// The app's screens drawn headless (Dear ImGui with no window) with the real staged assets and the
// system's Noto Sans CJK, glyphs loaded on demand as on the kiosk.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ui/app.h"
#include "ui/finger_tap.h"
#include "ui/font_file_glyph_source.h"
#include "ui/glyph_coverage.h"
#include "ui/headless_imgui.h"
#include "ui/test_app.h"
#include "ui/text_size.h"

using namespace hotline;

namespace {

ImFont& ui_font() {
  return *ImGui::GetIO().FontDefault;
}

}  // namespace

TEST_CASE("the system CJK font covers every catalog string in every language") {
  test::HeadlessImGui imgui;
  test::TestApp app;
  for (const text::Language language : text::kAllLanguages) {
    const text::Catalog* catalog = app.model().preferences().strings().catalog(language);
    for (const auto& key : catalog->keys()) {
      INFO(text::language_tag(language) << "/" << key);
      CHECK(ui::missing_glyphs(ui_font(), 18.0f, *catalog->find(key)).empty());
    }
  }
}

TEST_CASE("rare characters of names and addresses are drawn, outside the BMP too") {
  test::HeadlessImGui imgui;
  test::TestApp app;
  CHECK(ui::missing_glyphs(ui_font(), 18.0f, "堃 喆 䶮 𠮷").empty());
  // U+0378 is unassigned: no font has it.
  CHECK(ui::missing_glyphs(ui_font(), 18.0f, "a\u0378b") == std::vector<char32_t>{U'\u0378'});
}

TEST_CASE("characters drawn with the missing box are counted once") {
  test::HeadlessImGui imgui;
  test::TestApp app;
  app.frame(imgui);
  CHECK(ui::missing_glyph_count(*ImGui::GetIO().Fonts) == 0);
  app.model().wizard().start_request(domain::RequestType::Complaint);
  app.model().wizard().set_field(domain::Field::Description, "福州 \u0378 𠮷 \u0378");
  app.model().open(app::Screen::Describe);
  app.frame(imgui);
  app.frame(imgui);
  CHECK(ui::missing_glyph_count(*ImGui::GetIO().Fonts) == 1);
}

TEST_CASE("a new text size applies on the next frame and rasterises glyphs at that size") {
  test::HeadlessImGui imgui;
  test::TestApp app;
  const auto has_glyph_at = [](ui::TextSize size) {
    return ui_font().GetFontBaked(ui::text_size_px(size))->IsGlyphLoaded(U'诉');
  };
  app.frame(imgui);
  CHECK(has_glyph_at(ui::TextSize::Normal));
  CHECK_FALSE(has_glyph_at(ui::TextSize::ExtraLarge));
  const std::size_t normal_atlas = ui::atlas_texture_bytes(*ImGui::GetIO().Fonts);

  app::Settings settings = app.model().preferences().settings();
  settings.text_size = ui::TextSize::ExtraLarge;
  app.model().preferences().set_settings(settings);
  CHECK_FALSE(has_glyph_at(ui::TextSize::ExtraLarge));  // nothing is rasterised ahead of drawing
  app.frame(imgui);
  CHECK(has_glyph_at(ui::TextSize::ExtraLarge));
  CHECK(ui::atlas_texture_bytes(*ImGui::GetIO().Fonts) >= normal_atlas);
  CHECK(ui::missing_glyph_count(*ImGui::GetIO().Fonts) == 0);
}

TEST_CASE("the home screen registers its title, the four request types and its buttons") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app.frame(imgui);
  const ui::ItemRegistry& items = app.view.items();
  CHECK(items.find("12345 便民服务", ui::Role::Heading) != nullptr);
  for (const char* label : {"咨询", "投诉", "建议", "求助", "我的诉求", "用编号查询诉求"}) {
    INFO(label << "\n" << items.describe());
    const ui::Item* item = items.find(label, ui::Role::Button);
    REQUIRE(item != nullptr);
    CHECK(item->visible);
    // Touch targets of at least 48 px (MIIT and WCAG 2.5.5 ask for more than a fingertip).
    CHECK(item->max.y - item->min.y >= 48);
  }
  CHECK(items.shows("2 个工作日内答复"));
}

TEST_CASE("a tap on a registered button runs its action") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app.frame(imgui);
  const ui::Item* complaint = app.view.items().find("投诉", ui::Role::Button);
  REQUIRE(complaint != nullptr);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(complaint->center().x, complaint->center().y);
  io.AddMouseButtonEvent(0, true);
  app.frame(imgui);
  io.AddMouseButtonEvent(0, false);
  app.frame(imgui);
  CHECK(app.model().route().screen == app::Screen::Category);
  CHECK(app.model().wizard().form().type == domain::RequestType::Complaint);
  app.frame(imgui);
  CHECK(app.view.items().find("返回", ui::Role::Button) != nullptr);
  CHECK(app.view.items().find("选择类别", ui::Role::Heading) != nullptr);
}

TEST_CASE("a finger that moves scrolls the screen instead of tapping what it started on") {
  test::HeadlessImGui imgui(ImVec2(390, 500));
  test::TestApp app;
  app.frame(imgui);
  const ui::Item* complaint = app.view.items().find("投诉", ui::Role::Button);
  REQUIRE(complaint != nullptr);
  const float start_y = complaint->min.y;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(complaint->center().x, complaint->center().y);
  io.AddMouseButtonEvent(0, true);
  app.frame(imgui);
  for (int step = 1; step <= 6; ++step) {
    io.AddMousePosEvent(complaint->center().x, complaint->center().y - 20.0f * static_cast<float>(step));
    app.frame(imgui);
  }
  io.AddMouseButtonEvent(0, false);
  app.frame(imgui);
  CHECK(app.model().route().screen == app::Screen::Home);
  const ui::Item* moved = app.view.items().find("投诉", ui::Role::Button);
  REQUIRE(moved != nullptr);
  CHECK(moved->min.y < start_y - 60);
}

TEST_CASE("a finger that moves and comes back before it is lifted has scrolled, not tapped") {
  test::HeadlessImGui imgui(ImVec2(390, 500));
  test::TestApp app;
  app.frame(imgui);
  const ui::Item* complaint = app.view.items().find("投诉", ui::Role::Button);
  REQUIRE(complaint != nullptr);
  const ImVec2 at = complaint->center();
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(at.x, at.y);
  io.AddMouseButtonEvent(0, true);
  app.frame(imgui);
  // Away and back: the screen follows the finger, so the button is under it again when it is lifted.
  for (const float dy : {-20.0f, -40.0f, -60.0f, -40.0f, -20.0f, 0.0f}) {
    io.AddMousePosEvent(at.x, at.y + dy);
    app.frame(imgui);
  }
  const ui::Item* under = app.view.items().find("投诉", ui::Role::Button);
  REQUIRE(under != nullptr);
  CHECK((at.x > under->min.x && at.x < under->max.x && at.y > under->min.y && at.y < under->max.y));
  io.AddMouseButtonEvent(0, false);
  app.frame(imgui);
  app.frame(imgui);
  CHECK(app.model().route().screen == app::Screen::Home);
}

TEST_CASE("a tap on a multi-line field edits it until a tap elsewhere, without the field taking the keys back") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app.model().wizard().start_request(domain::RequestType::Complaint);
  app.model().open(app::Screen::Describe);
  const auto frames = [&](int count) {
    for (int i = 0; i < count; ++i) {
      app.frame(imgui);
    }
  };
  frames(2);
  const ui::Item* field = app.view.items().find("问题描述", ui::Role::TextField);
  REQUIRE(field != nullptr);
  const ImVec2 at = field->center();
  ui::queue_finger_tap(at);
  frames(6);
  CHECK(ImGui::GetIO().WantTextInput);  // the multi-line editor has taken the keyboard
  ImGui::GetIO().AddInputCharactersUTF8("井盖松动");
  frames(3);
  CHECK(app.model().wizard().form().description == "井盖松动");
  // A tap on the help text above ends the editing; the field stays as it is.
  ui::queue_finger_tap(ImVec2(at.x, field->min.y - 40));
  frames(6);
  CHECK_FALSE(ImGui::GetIO().WantTextInput);
  CHECK(app.model().wizard().form().description == "井盖松动");
  ImGui::GetIO().AddInputCharactersUTF8("X");
  frames(3);
  CHECK(app.model().wizard().form().description == "井盖松动");
}

TEST_CASE("a font file that cannot be read is reported with its path") {
  test::HeadlessImGui imgui;
  ui::FontFileGlyphSource glyphs("/nonexistent/font.ttc");
  const auto font = glyphs.add_font(*ImGui::GetIO().Fonts);
  REQUIRE_FALSE(font.has_value());
  CHECK(font.error().problem == ui::GlyphProblem::NoFontFile);
  CHECK(font.error().detail.find("/nonexistent/font.ttc") != std::string::npos);
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

namespace {

// The browser's side of text editing, scripted: records the fields of each frame, types when told.
struct FakeTextInput : platform::TextInput {
  std::vector<platform::TextFieldInfo> building;
  std::vector<platform::TextFieldInfo> fields;
  std::string editing_id;
  std::optional<std::string> typed;

  void begin_frame() override { building.clear(); }
  void field(const platform::TextFieldInfo& info) override { building.push_back(info); }
  void end_frame() override { fields = building; }
  std::string editing() const override { return editing_id; }
  std::optional<std::string> take_text(std::string_view id) override {
    if (id != editing_id) {
      return std::nullopt;
    }
    return std::exchange(typed, std::nullopt);
  }
};

}  // namespace

TEST_CASE("with a platform text input, fields report where they are and take the text typed there") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  FakeTextInput input;
  app.view.set_text_input(&input);
  app.model().wizard().start_request(domain::RequestType::Complaint);
  app.model().open(app::Screen::Contact);
  app.frame(imgui);
  REQUIRE(input.fields.size() == 3);
  CHECK(input.fields[0].id == "name");
  CHECK(input.fields[0].label == "姓名");
  CHECK(input.fields[1].id == "mobile");
  CHECK_FALSE(input.fields[1].multiline);
  CHECK(input.fields[2].password);  // the ID number is never shown in clear
  CHECK(input.fields[1].height >= 48);
  CHECK(input.fields[1].y > input.fields[0].y);
  // The item registry has the same fields as text boxes, for the scenario runner and screen readers.
  const ui::Item* mobile = app.view.items().find("手机号码", ui::Role::TextField);
  REQUIRE(mobile != nullptr);
  CHECK(mobile->min.y == Approx(input.fields[1].y));

  input.editing_id = "mobile";
  input.typed = "1380013800";
  app.frame(imgui);
  CHECK(app.model().wizard().form().mobile == "1380013800");
  CHECK(input.fields[1].text == "1380013800");
}
