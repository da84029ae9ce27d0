// What a screen reader and a keyboard get from the UI: every item of a screen named (scrolled away or
// not), activations and "back" queued from outside a frame acting as taps, a focused item scrolled into
// view and ringed, news marked for announcing, and a focus ring that stands out on every surface.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "ui/focus_ring.h"
#include "ui/headless_imgui.h"
#include "ui/item_actions.h"
#include "ui/test_app.h"
#include "ui/theme.h"

using namespace hotline;

namespace {

// A phone held sideways: little room, so the home screen's last buttons lie below the fold.
constexpr ImVec2 kShortScreen(390, 360);

std::size_t foreground_vertices() {
  return static_cast<std::size_t>(ImGui::GetForegroundDrawList()->VtxBuffer.Size);
}

}  // namespace

TEST_CASE("queued item actions are taken once, by the item they name") {
  ui::ItemActions actions;
  actions.activate(42);
  CHECK_FALSE(actions.take_activation(7));
  CHECK(actions.take_activation(42));
  CHECK_FALSE(actions.take_activation(42));
  CHECK_FALSE(actions.take_activation(0));
  CHECK_FALSE(actions.take_back());
  actions.back();
  CHECK(actions.take_back());
  CHECK_FALSE(actions.take_back());
  actions.focus(9);
  CHECK(actions.focused() == 9);
  CHECK(actions.take_scroll_request() == 9);
  CHECK(actions.take_scroll_request() == 0);
  actions.focus(9);  // the same item again: already scrolled to
  CHECK(actions.take_scroll_request() == 0);
}

TEST_CASE("scrolling to show an item moves it inside the view with a margin, and not when it is inside") {
  ui::Item item;
  item.min = ImVec2(0, 500);
  item.max = ImVec2(100, 560);
  CHECK(ui::scroll_to_show(item, ImVec2(0, 100), ImVec2(390, 800), 10) == 0);
  CHECK(ui::scroll_to_show(item, ImVec2(0, 100), ImVec2(390, 400), 10) == Approx(170));
  CHECK(ui::scroll_to_show(item, ImVec2(0, 520), ImVec2(390, 900), 10) == Approx(-30));
  // Taller than the view: its top is shown.
  CHECK(ui::scroll_to_show(item, ImVec2(0, 100), ImVec2(390, 130), 10) == Approx(390));
}

TEST_CASE("items scrolled out of view keep their names and roles, in reading order") {
  test::HeadlessImGui imgui(kShortScreen);
  test::TestApp app;
  app.frame(imgui);
  const ui::ItemRegistry& items = app.view.items();
  INFO(items.describe());
  const ui::Item* settings = items.find("设置（字体大小、长辈版、语言）", ui::Role::Button);
  REQUIRE(settings != nullptr);
  CHECK_FALSE(settings->visible);
  const ui::Item* consultation = items.find("咨询", ui::Role::Button);
  REQUIRE(consultation != nullptr);
  CHECK(consultation < settings);  // layout order is reading order
  for (const ui::Item& item : items.items()) {
    CHECK_FALSE(item.label.empty());
  }
}

TEST_CASE("an activation queued for a button acts as a tap on it, scrolled out of view or not") {
  test::HeadlessImGui imgui(kShortScreen);
  test::TestApp app;
  app.frame(imgui);
  const ui::Item* settings = app.view.items().find("设置（字体大小、长辈版、语言）", ui::Role::Button);
  REQUIRE(settings != nullptr);
  REQUIRE_FALSE(settings->visible);
  app.view.actions().activate(settings->id);
  app.frame(imgui);
  CHECK(app.model().route().screen == app::Screen::Settings);
  app.frame(imgui);
  // "Back" from the page (Escape on the mirror) returns, as the top bar's back button does.
  app.view.actions().back();
  app.frame(imgui);
  CHECK(app.model().route().screen == app::Screen::Home);
}

TEST_CASE("a focused item out of view is scrolled into view and ringed") {
  test::HeadlessImGui imgui(kShortScreen);
  test::TestApp app;
  app.frame(imgui);
  const std::size_t unringed = foreground_vertices();
  const ImGuiID id = app.view.items().find("用编号查询诉求", ui::Role::Button)->id;
  REQUIRE_FALSE(app.view.items().find("用编号查询诉求", ui::Role::Button)->visible);
  app.view.actions().focus(id);
  app.frame(imgui);
  CHECK(app.view.animating());  // the scroll shows on the next frame
  app.frame(imgui);
  const ui::Item* lookup = app.view.items().find("用编号查询诉求", ui::Role::Button);
  REQUIRE(lookup != nullptr);
  CHECK(lookup->visible);
  CHECK(lookup->max.y <= kShortScreen.y);
  CHECK(foreground_vertices() > unringed);
  CHECK(app.model().route().screen == app::Screen::Home);  // focusing is not activating
  app.view.actions().focus(0);
  app.frame(imgui);
  CHECK(foreground_vertices() == unringed);
}

TEST_CASE("field errors and notices are marked as news to announce, the screen's texts are not") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app.model().wizard().start_request(domain::RequestType::Complaint);
  app.model().open(app::Screen::Contact);
  app.frame(imgui);
  app.model().wizard().next();
  app.frame(imgui);
  const ui::ItemRegistry& items = app.view.items();
  INFO(items.describe());
  bool error_live = false;
  for (const ui::Item& item : items.items()) {
    if (item.label.find("⚠") != std::string::npos) {
      error_live = item.live;
      CHECK(item.live);
    }
    if (item.role == ui::Role::Heading) {
      CHECK_FALSE(item.live);
    }
  }
  CHECK(error_live);
}

TEST_CASE("the focus ring's two tones stand out 3:1 on every surface of both palettes") {
  for (const ui::Palette& p : {ui::normal_palette(), ui::high_contrast_palette()}) {
    for (const ImU32 surface : {p.background, p.card, p.field, p.accent}) {
      const float best = std::max(ui::contrast_ratio(p.text, surface), ui::contrast_ratio(p.card, surface));
      CHECK(best >= 3.0f);
    }
    CHECK(ui::contrast_ratio(p.text, p.card) >= 3.0f);  // and against each other
  }
}

TEST_CASE("groups nest in the order they open, and every item knows its innermost group") {
  ui::ItemRegistry items;
  items.begin_frame();
  items.add_text(ui::Role::Text, "before", ImVec2(0, 0), ImVec2(10, 10));
  items.begin_group(ui::GroupRole::List, "消防");
  {
    const ui::ItemGroup entry(items, ui::GroupRole::ListItem);
    items.add_text(ui::Role::Text, "inside", ImVec2(0, 10), ImVec2(10, 20));
  }
  items.add_text(ui::Role::Text, "in the list", ImVec2(0, 20), ImVec2(10, 30));
  items.end_group();
  items.add_text(ui::Role::Text, "after", ImVec2(0, 30), ImVec2(10, 40));
  items.end_frame();
  REQUIRE(items.groups().size() == 2);
  CHECK(items.groups()[0].role == ui::GroupRole::List);
  CHECK(items.groups()[0].label == "消防");
  CHECK(items.groups()[0].parent == -1);
  CHECK(items.groups()[1].role == ui::GroupRole::ListItem);
  CHECK(items.groups()[1].parent == 0);
  REQUIRE(items.items().size() == 4);
  CHECK(items.items()[0].group == -1);
  CHECK(items.items()[1].group == 1);
  CHECK(items.items()[2].group == 0);
  CHECK(items.items()[3].group == -1);
  CHECK(ui::to_code(ui::GroupRole::RadioGroup) == "radiogroup");
}

TEST_CASE("a choice's caption names its radio group and a field's caption names the field, each read once") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app.model().open(app::Screen::Settings);
  app.frame(imgui);
  const ui::ItemRegistry& items = app.view.items();
  INFO(items.describe());
  const ui::Item* caption = items.find("语言", ui::Role::Text);
  REQUIRE(caption != nullptr);
  CHECK(caption->is_label);
  const ui::Item* chinese = items.find("简体中文", ui::Role::Radio);
  REQUIRE(chinese != nullptr);
  REQUIRE(chinese->group >= 0);
  const ui::Group& languages = items.groups()[static_cast<std::size_t>(chinese->group)];
  CHECK(languages.role == ui::GroupRole::RadioGroup);
  CHECK(languages.label == "语言");
  const ui::Item* elderly = items.find("长辈版（大字大按钮）", ui::Role::Checkbox);
  REQUIRE(elderly != nullptr);
  CHECK(elderly->group == -1);  // after the groups closed

  app.model().back();
  app.model().open(app::Screen::Lookup);
  app.frame(imgui);
  INFO(items.describe());
  std::size_t captions = 0;
  for (const ui::Item& item : items.items()) {
    if (item.role == ui::Role::TextField) {
      const ui::Item* label = items.find(item.label, ui::Role::Text);
      REQUIRE(label != nullptr);
      CHECK(label->is_label);
      ++captions;
    }
  }
  CHECK(captions == 2);  // number and query code
  const ui::Item* help =
      items.find(std::string(app.model().preferences().strings().tr("app.lookup.help")), ui::Role::Text);
  REQUIRE(help != nullptr);
  CHECK_FALSE(help->is_label);  // a help text is read as itself
}
