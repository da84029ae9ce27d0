// The native shell's handling of the system IME: SDL editing events show the composition without
// touching the field, and the commit reaches the field exactly once (SoftWindow headless, the same
// event path as the kiosk's).
#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "native/sdl/soft_window.h"

namespace {

class Shell {
 public:
  explicit Shell(float scale = 1) {
    std::string error;
    window_ = hotline::sdl::SoftWindow::open("ime test", 400, 200, scale, error);
    REQUIRE(window_ != nullptr);
  }

  // One frame with one text field; `focus` puts the keyboard focus in it.
  void frame(bool focus = false) {
    window_->pump_events();
    window_->render([&] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::Begin("form");
      if (focus) {
        ImGui::SetKeyboardFocusHere();
      }
      ImGui::InputText("##description", &text);
      ImGui::End();
    });
  }

  void push(Uint32 type, const char* text_utf8, SDL_Keycode key = 0) {
    SDL_Event event{};
    event.type = type;
    // The backend keeps the SDL window's id as the main viewport's handle (events name their window).
    const auto window_id =
        static_cast<Uint32>(reinterpret_cast<std::intptr_t>(ImGui::GetMainViewport()->PlatformHandle));
    if (type == SDL_TEXTEDITING) {
      event.edit.windowID = window_id;
      std::strncpy(event.edit.text, text_utf8, sizeof(event.edit.text) - 1);
    } else if (type == SDL_TEXTINPUT) {
      event.text.windowID = window_id;
      std::strncpy(event.text.text, text_utf8, sizeof(event.text.text) - 1);
    } else {
      event.key.windowID = window_id;
      event.key.keysym.sym = key;
      event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
      event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    }
    REQUIRE(SDL_PushEvent(&event) == 1);
  }

  const hotline::sdl::SoftWindow& shell() const { return *window_; }

  std::string text;

 private:
  std::unique_ptr<hotline::sdl::SoftWindow> window_;
};

}  // namespace

TEST_CASE("pinyin composed then committed reaches the field exactly once") {
  Shell shell;
  shell.frame(true);
  shell.frame();
  shell.frame();
  REQUIRE(ImGui::GetIO().WantTextInput);
  REQUIRE(SDL_IsTextInputActive());

  for (const char* composing : {"l", "lu", "lu d", "lu deng", "路灯", "路灯bu", "路灯bu liang", "路灯不亮"}) {
    shell.push(SDL_TEXTEDITING, composing);
    shell.frame();
    CHECK(shell.shell().ime().text() == composing);
    CHECK(shell.text.empty());
  }
  shell.push(SDL_TEXTINPUT, "路灯不亮");
  shell.push(SDL_TEXTEDITING, "");
  shell.frame();
  shell.frame();
  CHECK(shell.text == "路灯不亮");
  CHECK(shell.shell().ime().text().empty());
}

TEST_CASE("keys pressed while composing edit the composition, not the field") {
  Shell shell;
  shell.frame(true);
  shell.frame();
  shell.push(SDL_TEXTINPUT, "路灯");
  shell.frame();
  shell.frame();
  REQUIRE(shell.text == "路灯");
  shell.push(SDL_TEXTEDITING, "bu");
  shell.push(SDL_KEYDOWN, "", SDLK_BACKSPACE);
  shell.push(SDL_KEYUP, "", SDLK_BACKSPACE);
  shell.push(SDL_TEXTEDITING, "b");
  shell.frame();
  shell.frame();
  CHECK(shell.text == "路灯");
  CHECK(shell.shell().ime().text() == "b");
  // With nothing composed, Backspace is the field's again.
  shell.push(SDL_TEXTEDITING, "");
  shell.push(SDL_KEYDOWN, "", SDLK_BACKSPACE);
  shell.push(SDL_KEYUP, "", SDLK_BACKSPACE);
  shell.frame();
  shell.frame();
  shell.frame();
  CHECK(shell.text == "路");
}

TEST_CASE("text input runs only while a field is edited") {
  Shell shell;
  shell.frame();
  shell.frame();
  CHECK_FALSE(SDL_IsTextInputActive());
  shell.frame(true);
  shell.frame();
  shell.frame();
  CHECK(SDL_IsTextInputActive());
  // Leaving the field stops it, and drops what was being composed there.
  shell.push(SDL_TEXTEDITING, "lu");
  shell.frame();
  REQUIRE(shell.shell().ime().text() == "lu");
  ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, true);
  ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
  shell.frame();
  shell.frame();
  shell.frame();
  CHECK_FALSE(SDL_IsTextInputActive());
  CHECK(shell.shell().ime().text().empty());
  CHECK(shell.text.empty());
}

namespace {

// Where the backend was asked to put the IME's window (SDL_SetTextInputRect cannot be read back).
ImGuiPlatformImeData placed;

}  // namespace

TEST_CASE("at a kiosk's scale the IME's window is placed in window pixels, not layout pixels") {
  Shell shell(2);
  shell.frame();
  // Standing in for the SDL backend's placement, which the shell wraps (each visit's context anew).
  ImGui::GetPlatformIO().Platform_SetImeDataFn = [](ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    placed = *data;
  };
  shell.frame();
  shell.frame(true);
  shell.frame();
  const ImGuiPlatformImeData& layout = ImGui::GetCurrentContext()->PlatformImeData;
  REQUIRE(layout.WantVisible);
  REQUIRE(placed.WantVisible);
  CHECK(layout.InputPos.x > 0);
  CHECK(placed.InputPos.x == 2 * layout.InputPos.x);
  CHECK(placed.InputPos.y == 2 * layout.InputPos.y);
  CHECK(placed.InputLineHeight == 2 * layout.InputLineHeight);
}
