// The requests queued between frames and taken once by the frame that acts on them.
#include "ui/item_actions.h"

namespace hotline::ui {

void ItemActions::focus(ImGuiID id) {
  if (id != focused_) {
    focused_ = id;
    scroll_to_ = id;
  }
}

bool ItemActions::take_activation(ImGuiID id) {
  if (id == 0 || id != activate_) {
    return false;
  }
  activate_ = 0;
  return true;
}

bool ItemActions::take_back() {
  const bool back = back_;
  back_ = false;
  return back;
}

ImGuiID ItemActions::take_scroll_request() {
  const ImGuiID id = scroll_to_;
  scroll_to_ = 0;
  return id;
}

}  // namespace hotline::ui
