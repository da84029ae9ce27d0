// What the platform asks of an item from outside the frame (a screen reader's double tap, a key on the
// page's mirror of the items): activate it, focus it, go back. Kept until the next frame consumes it,
// so a tap and an activation reach the model through the same widget code and nowhere else.
#pragma once

#include <imgui.h>

namespace hotline::ui {

class ItemActions {
 public:
  // Queued for the next frame; a later request replaces an earlier one not yet taken.
  void activate(ImGuiID id) { activate_ = id; }
  void back() { back_ = true; }
  // The item the keyboard or screen reader is on (0: none). A new one is scrolled into view.
  void focus(ImGuiID id);

  // Called by a widget with its own id: true once when that item was activated.
  bool take_activation(ImGuiID id);
  bool take_back();
  // The focused item when it still has to be scrolled into view (once), else 0.
  ImGuiID take_scroll_request();
  ImGuiID focused() const { return focused_; }

 private:
  ImGuiID activate_ = 0;
  ImGuiID focused_ = 0;
  ImGuiID scroll_to_ = 0;
  bool back_ = false;
};

}  // namespace hotline::ui
