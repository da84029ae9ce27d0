// The kiosk's on-screen keyboard for digits and Latin letters (mobile, ID number, request number, query
// code): large keys along the bottom of the screen while such a field is being edited. A tapped key
// reaches the field the way typed text does (Dear ImGui's input queue), so the field's own editing and
// validation apply; Chinese goes through the system IME instead.
#pragma once

#include <imgui.h>

namespace hotline::ui {

struct Ui;

// The keys a text field needs. `Text` (names, descriptions: Chinese) shows no keyboard. `Number` is
// the look-up's request number, which may also be a receipt claim's key: digits and A-F.
enum class Keys { Text, Digits, ResidentId, Code, Number };

class OnScreenKeyboard {
 public:
  // Before the app's window. Dear ImGui ends a field's editing at any click outside it, so a press
  // that lands on the keys is hidden from the app's window (and given back in draw()).
  void begin_frame();
  // Called by a text field being edited this frame that needs keys.
  void editing(Keys keys) { keys_ = keys; }
  // After the app's window and its overlays: the keys, when a field asked for them this frame.
  void draw(Ui& ui);
  // True while tapped keys may still wait in Dear ImGui's input queue (it trickles a key's press and
  // release over two frames): the loop must keep drawing.
  bool busy() const { return queued_events_ > 0; }

 private:
  Keys keys_ = Keys::Text;  // what this frame's field asked for
  bool shown_ = false;      // drawn in the last frame, over `area_`
  ImVec2 area_min_;
  ImVec2 area_max_;
  bool own_press_ = false;  // the press began on the keys
  // The pointer's state as Dear ImGui saw it, while it is hidden from the app's window.
  bool hidden_ = false;
  bool clicked_ = false;
  bool down_ = false;
  bool released_ = false;
  ImGuiID pressed_ = 0;  // the key under the finger
  // Events the keys queued that Dear ImGui may not have taken yet: each NewFrame takes one at least.
  int queued_events_ = 0;
};

}  // namespace hotline::ui
