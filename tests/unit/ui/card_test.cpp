// Cards through a local draw-list splitter: they nest, each keeps its padding free on both sides, and
// each background is drawn under its own content.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "ui/headless_imgui.h"
#include "ui/test_app.h"
#include "ui/widgets.h"

using namespace hotline;

TEST_CASE("a card inside a card is narrower by both paddings and both are drawn whole") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  const ui::Theme theme = ui::make_theme(app.model().preferences().settings());
  ui::ItemRegistry items;
  ui::ItemActions actions;
  float outside = 0;
  float outer = 0;
  float inner = 0;
  float after = 0;
  int vertices_in_cards = 0;
  imgui.frame([&] {
    ui::Ui ui{theme, items, actions, app.model().preferences().strings()};
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(390, 844));
    ImGui::Begin("cards", nullptr, ImGuiWindowFlags_NoDecoration);
    outside = ui::content_width(ui);
    const int vertices_before = ImGui::GetWindowDrawList()->VtxBuffer.Size;
    {
      const ui::Card card(ui);
      outer = ui::content_width(ui);
      {
        const ui::Card nested(ui);
        inner = ui::content_width(ui);
        ui::paragraph(ui, "内容");
      }
    }
    vertices_in_cards = ImGui::GetWindowDrawList()->VtxBuffer.Size - vertices_before;
    after = ui::content_width(ui);
    ImGui::End();
  });
  CHECK(outer == Approx(outside - 2 * theme.padding));
  CHECK(inner == Approx(outer - 2 * theme.padding));
  CHECK(after == Approx(outside));
  // Two backgrounds and the text, merged back into the window's list.
  CHECK(vertices_in_cards > 0);
}
