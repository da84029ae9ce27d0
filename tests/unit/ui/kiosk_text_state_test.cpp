// The kiosk forgets Dear ImGui's text-field state with each visit; the next visit's fields still edit.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "ui/finger_tap.h"
#include "ui/headless_imgui.h"
#include "ui/kiosk/kiosk_view.h"
#include "ui/test_app.h"

using namespace hotline;

namespace {

void tap_and_type(test::HeadlessImGui& imgui, test::TestApp& app, const char* field, const char* text) {
  app.frame(imgui);
  const ui::Item* item = app.view.items().find(field, ui::Role::TextField);
  REQUIRE(item != nullptr);
  ui::queue_finger_tap(item->center());
  for (int i = 0; i < 4; ++i) {
    app.frame(imgui);
  }
  ImGui::GetIO().AddInputCharactersUTF8(text);
  app.frame(imgui);
  app.frame(imgui);
}

}  // namespace

TEST_CASE("a field edited after the last visit's text state was forgotten") {
  test::HeadlessImGui imgui(ImVec2(540, 960));
  test::TestApp app;
  app.model().wizard().start_request(domain::RequestType::Complaint);
  app.model().open(app::Screen::Contact);
  tap_and_type(imgui, app, "手机号码", "13805910123");
  REQUIRE(app.model().wizard().form().mobile == "13805910123");
  ui::kiosk::forget_text_state();
  // The next visit edits another field first: nothing of the forgotten one is copied (it was freed).
  tap_and_type(imgui, app, "姓名", "李");
  CHECK(app.model().wizard().form().name == "李");
  CHECK(app.model().wizard().form().mobile == "13805910123");
}
