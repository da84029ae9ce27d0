// The kiosk's on-screen keyboard: shown for digit and letter fields only, its keys registered by name,
// a tapped key edits the field as typed text does (validation included), and the field keeps its focus.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <string>

#include "ui/finger_tap.h"
#include "ui/headless_imgui.h"
#include "ui/kiosk/kiosk_view.h"
#include "ui/onscreen_keyboard.h"
#include "ui/test_app.h"

using namespace hotline;

namespace {

struct KioskApp {
  test::HeadlessImGui imgui{ImVec2(540, 960)};
  test::TestApp app;
  ui::OnScreenKeyboard keyboard;

  // `with_keyboard` false: the app as phones run it.
  explicit KioskApp(bool with_keyboard = true) {
    if (with_keyboard) {
      app.view.set_keyboard(&keyboard);
    }
    app.model().wizard().start_request(domain::RequestType::Complaint);
    app.model().open(app::Screen::Contact);
    frames(2);
  }

  void frames(int count) {
    for (int i = 0; i < count; ++i) {
      app.frame(imgui);
    }
  }

  const ui::Item* find(const std::string& label, ui::Role role = ui::Role::Button) {
    return app.view.items().find(label, role);
  }

  // A finger on the item's centre, as the scenario runner taps.
  void tap(const std::string& label, ui::Role role = ui::Role::Button) {
    const ui::Item* item = find(label, role);
    INFO(label << "\n" << app.view.items().describe());
    REQUIRE(item != nullptr);
    ui::queue_finger_tap(item->center());
    frames(6);
  }
};

}  // namespace

TEST_CASE("the keyboard shows for the mobile field, not for the name") {
  KioskApp kiosk;
  CHECK(kiosk.find("1") == nullptr);
  kiosk.tap("姓名", ui::Role::TextField);
  CHECK(kiosk.find("1") == nullptr);
  kiosk.tap("手机号码", ui::Role::TextField);
  for (const char* key : {"0", "1", "5", "9", "删除", "清空", "完成"}) {
    INFO(key);
    const ui::Item* item = kiosk.find(key);
    REQUIRE(item != nullptr);
    CHECK(item->max.y - item->min.y >= 64);
    CHECK(item->max.x - item->min.x >= 64);
  }
  CHECK(kiosk.find("X") == nullptr);  // the mobile pad has digits only
  // The field being edited stays above the keys.
  const ui::Item* field = kiosk.find("手机号码", ui::Role::TextField);
  REQUIRE(field != nullptr);
  CHECK(field->max.y <= kiosk.find("1")->min.y);
}

TEST_CASE("keys type into the focused field, which keeps the focus and validates") {
  KioskApp kiosk;
  kiosk.tap("手机号码", ui::Role::TextField);
  for (const char* key : {"1", "3", "8", "0", "5", "9", "1", "0", "1", "2", "9", "删除", "3"}) {
    kiosk.tap(key);
  }
  CHECK(kiosk.app.model().wizard().form().mobile == "13805910123");
  CHECK(ImGui::GetIO().WantTextInput);
  kiosk.tap("清空");
  CHECK(kiosk.app.model().wizard().form().mobile.empty());
  kiosk.tap("2");
  kiosk.tap("完成");
  CHECK(kiosk.app.model().wizard().form().mobile == "2");
  CHECK_FALSE(ImGui::GetIO().WantTextInput);
  CHECK(kiosk.find("1") == nullptr);  // done: the keys go away
  // The form checks what the keys entered as it checks typed text.
  kiosk.tap("下一步");
  CHECK(kiosk.app.model().route().screen == app::Screen::Contact);
  CHECK_FALSE(kiosk.app.model().wizard().errors_for(domain::Field::Mobile).empty());
}

TEST_CASE("the keyboard is busy until Dear ImGui has taken every event a tapped key queued") {
  KioskApp kiosk;
  kiosk.tap("手机号码", ui::Role::TextField);
  for (const char* key : {"1", "3", "8"}) {
    kiosk.tap(key);
  }
  CHECK_FALSE(kiosk.keyboard.busy());
  // The first frame after which the keyboard no longer asks for frames, once its key was typed.
  const auto until_idle = [&kiosk](const char* key) {
    INFO(key);
    const ui::Item* item = kiosk.find(key);
    REQUIRE(item != nullptr);
    ui::queue_finger_tap(item->center());
    bool typed = false;
    for (int frame = 0; frame < 30; ++frame) {
      kiosk.frames(1);
      if (kiosk.keyboard.busy()) {
        typed = true;
      } else if (typed) {
        return;
      }
    }
    FAIL("the keyboard never asked for frames, or never stopped");
  };
  // Clear is six key events, which Dear ImGui trickles over several frames: the field is empty by the
  // time the loop may sleep.
  until_idle("清空");
  CHECK(kiosk.app.model().wizard().form().mobile.empty());
  CHECK(ImGui::GetIO().WantTextInput);
  // Done is Enter, which ends the field's editing.
  until_idle("完成");
  CHECK_FALSE(ImGui::GetIO().WantTextInput);
}

TEST_CASE("the ID number's pad has the check character X, the query code's the letters") {
  KioskApp kiosk;
  kiosk.tap("身份证号码（选填）", ui::Role::TextField);
  CHECK(kiosk.find("X") != nullptr);
  CHECK(kiosk.find("A") == nullptr);
  kiosk.tap("X");
  CHECK(kiosk.app.model().wizard().form().resident_id == "X");
  kiosk.tap("完成");

  kiosk.app.model().open(app::Screen::Lookup);
  kiosk.frames(2);
  kiosk.tap("查询码", ui::Role::TextField);
  for (const char* key : {"A", "Z", "7"}) {
    kiosk.tap(key);
  }
  CHECK(kiosk.app.model().viewer().lookup_code() == "AZ7");
}

TEST_CASE("the look-up's number pad types a receipt claim's key: digits and A-F, no other letters") {
  KioskApp kiosk;
  kiosk.app.model().open(app::Screen::Lookup);
  kiosk.frames(2);
  kiosk.tap("受理编号", ui::Role::TextField);
  for (const char* key : {"A", "B", "C", "D", "E", "F", "0", "9", "删除", "清空", "完成"}) {
    INFO(key);
    const ui::Item* item = kiosk.find(key);
    REQUIRE(item != nullptr);
    CHECK(item->max.y - item->min.y >= 64);
    CHECK(item->max.x - item->min.x >= 64);
  }
  CHECK(kiosk.find("G") == nullptr);
  CHECK(kiosk.find("X") == nullptr);
  for (const char* key : {"2", "0", "F"}) {
    kiosk.tap(key);
  }
  CHECK(kiosk.app.model().viewer().lookup_number() == "20F");
}

TEST_CASE("without a keyboard (phones) no keys are drawn") {
  KioskApp phone(false);
  phone.tap("手机号码", ui::Role::TextField);
  CHECK(ImGui::GetIO().WantTextInput);
  CHECK(phone.find("1") == nullptr);
}

TEST_CASE("the keys stay up and usable under the kiosk's time-limit dialog") {
  KioskApp kiosk;
  bool dialog = false;
  ui::kiosk::TimeLimitChoice choice = ui::kiosk::TimeLimitChoice::None;
  kiosk.app.view.set_overlay([&](ui::Ui& ui) {
    if (const auto c = dialog ? ui::kiosk::time_limit_dialog(ui, 20) : ui::kiosk::TimeLimitChoice::None;
        c != ui::kiosk::TimeLimitChoice::None) {
      choice = c;
    }
  });
  kiosk.tap("手机号码", ui::Role::TextField);
  kiosk.tap("1");
  dialog = true;
  kiosk.frames(4);
  const ui::Item* continue_button = kiosk.find("继续办理");
  REQUIRE(continue_button != nullptr);
  // The keys are still there, below the dialog and not under it, and still type into the field.
  const ui::Item* key = kiosk.find("3");
  REQUIRE(key != nullptr);
  CHECK(continue_button->max.y <= key->min.y);
  kiosk.tap("3");
  CHECK(kiosk.app.model().wizard().form().mobile == "13");
  CHECK(choice == ui::kiosk::TimeLimitChoice::None);  // a key is the app's input; the loop continues the visit
  kiosk.tap("继续办理");  // ends the field's editing, the keys go: the dialog stays under the finger
  CHECK(choice == ui::kiosk::TimeLimitChoice::Continue);
}
