// The system IME's text being composed (SDL_TEXTEDITING: pinyin, or characters not yet chosen), shown
// at the cursor of the field being edited until SDL_TEXTINPUT commits it. Only the commit reaches the
// field (through Dear ImGui's input queue, once), so composing neither doubles nor loses characters.
#pragma once

#include <string>

union SDL_Event;
struct ImGuiContext;
struct ImGuiViewport;
struct ImGuiPlatformImeData;

namespace hotline::sdl {

class ImeComposition {
 public:
  // `scale`: window pixels per layout pixel (a kiosk's `scale`), for where the IME's own window goes.
  explicit ImeComposition(float scale = 1);

  // Takes an SDL event before Dear ImGui's backend sees it; true when it was the IME's (an editing
  // event, or a key pressed while composing: Backspace then edits the pinyin, not the field).
  bool handle(const SDL_Event& event);
  // Inside a frame, after the app drew: the composition over the field at its cursor.
  void draw() const;
  // After a frame: SDL's text input runs while a field is edited (and its IME window sits at the
  // cursor, placed by the backend in window pixels), and stops otherwise, dropping an unfinished
  // composition.
  void follow_focus();

  const std::string& text() const { return text_; }

 private:
  using PlaceFn = void (*)(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData*);
  // The backend's placement with the cursor scaled from layout to window pixels.
  static void place_scaled(ImGuiContext* context, ImGuiViewport* viewport, ImGuiPlatformImeData* data);

  std::string text_;
  bool started_ = false;
  float scale_ = 1;
  PlaceFn backend_place_ = nullptr;
};

}  // namespace hotline::sdl
