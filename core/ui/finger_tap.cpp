// A tap through Dear ImGui's input queue (see finger_tap.h).
#include "ui/finger_tap.h"

#include <cfloat>

namespace hotline::ui {

void queue_finger_tap(ImVec2 at) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(at.x, at.y);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

}  // namespace hotline::ui
