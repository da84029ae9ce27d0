// What the app frame draws around a change of screen: one route per frame, and item ids that do not
// depend on the language.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <vector>

#include "ui/app.h"
#include "ui/headless_imgui.h"
#include "ui/test_app.h"

using namespace hotline;

namespace {

// Presses and releases at an item's centre, drawing a frame after each.
void tap(test::HeadlessImGui& imgui, test::TestApp& app, const ui::Item& item, const std::function<void()>& each) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(item.center().x, item.center().y);
  io.AddMouseButtonEvent(0, true);
  app.frame(imgui);
  each();
  io.AddMouseButtonEvent(0, false);
  app.frame(imgui);
  each();
  io.AddMousePosEvent(-1, -1);
  for (int i = 0; i < 3; ++i) {
    app.frame(imgui);
    each();
  }
}

}  // namespace

TEST_CASE("back never draws the next screen under the last screen's title") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app.model().wizard().start_request(domain::RequestType::Complaint);
  app.frame(imgui);
  app.frame(imgui);
  const ui::ItemRegistry& items = app.view.items();
  REQUIRE(items.find("选择类别", ui::Role::Heading) != nullptr);
  const ui::Item* back = items.find("返回", ui::Role::Button);
  REQUIRE(back != nullptr);
  int frames = 0;
  tap(imgui, app, *back, [&] {
    INFO("frame " << frames << "\n" << items.describe());
    // Home's title and home's request types come and go together.
    CHECK((items.find("12345 便民服务", ui::Role::Heading) != nullptr) ==
          (items.find("投诉", ui::Role::Button) != nullptr));
    CHECK((items.find("选择类别", ui::Role::Heading) != nullptr) == (items.find("投诉", ui::Role::Button) == nullptr));
    ++frames;
  });
  CHECK(app.model().route().screen == app::Screen::Home);
  CHECK(items.find("12345 便民服务", ui::Role::Heading) != nullptr);
}

TEST_CASE("review's buttons keep their ids when the language changes") {
  test::HeadlessImGui imgui(ImVec2(390, 844));
  test::TestApp app;
  app::AppModel& model = app.model();
  app::RequestWizard& wizard = model.wizard();
  wizard.start_request(domain::RequestType::Complaint);
  wizard.choose_service("BJ-0101");
  wizard.use_address();
  wizard.set_field(domain::Field::Address, "鼓楼区五四路158号");
  wizard.set_field(domain::Field::Description, "路灯不亮已经三天了，晚上很黑。");
  wizard.set_field(domain::Field::ContactName, "林晓");
  wizard.set_field(domain::Field::Mobile, "12345");
  wizard.set_field(domain::Field::ResidentId, "12345");
  model.open(app::Screen::Review);
  wizard.next();  // the wrong mobile and ID number stay on review, each with a way back to its step
  REQUIRE(model.route().screen == app::Screen::Review);
  const auto change_ids = [&](const char* label) {
    app.frame(imgui);
    app.frame(imgui);
    std::vector<ImGuiID> ids;
    for (const ui::Item& item : app.view.items().items()) {
      if (item.role == ui::Role::Button && item.label == label) {
        ids.push_back(item.id);
      }
    }
    return ids;
  };
  const std::vector<ImGuiID> chinese = change_ids("去修改");
  REQUIRE(chinese.size() == 2);
  CHECK(chinese[0] != chinese[1]);
  app::Settings settings = model.preferences().settings();
  settings.language = text::Language::En;
  model.preferences().set_settings(settings);
  CHECK(change_ids("Change it") == chinese);
}
