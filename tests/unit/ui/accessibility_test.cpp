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
  app.model().start_request(domain::RequestType::Complaint);
  app.model().open(app::Screen::Contact);
  app.frame(imgui);
  app.model().next();
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
