// The kiosk's clipboard is SDL's: what the wipe's copy("") leaves there, after a query code copied by
// the app and text copied out of a field (Dear ImGui's Ctrl+C goes to SDL through the backend).
#include <SDL.h>
#include <imgui.h>
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "native/sdl/sdl_clipboard.h"
#include "native/sdl/soft_window.h"

namespace {

std::string clipboard_text() {
  char* held = SDL_GetClipboardText();
  std::string text = held != nullptr ? held : "";
  SDL_free(held);
  return text;
}

}  // namespace

TEST_CASE("the wipe's empty copy leaves nothing on SDL's clipboard") {
  std::string error;
  auto window = hotline::sdl::SoftWindow::open("clipboard test", 400, 200, 1, error);
  REQUIRE(window != nullptr);
  hotline::sdl::SdlClipboard clipboard;

  REQUIRE(clipboard.copy("ABCDEFGH23"));
  CHECK(clipboard_text() == "ABCDEFGH23");
  window->render([] { ImGui::SetClipboardText("王秀英 13805910123"); });
  CHECK(clipboard_text() == "王秀英 13805910123");

  REQUIRE(clipboard.copy(""));
  CHECK_FALSE(SDL_HasClipboardText());
  CHECK(clipboard_text().empty());
}
