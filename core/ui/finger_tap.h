// A finger's tap as a touch screen hands it to Dear ImGui: shared by the scenario runner and the UI
// tests, so both tap exactly as a citizen does.
#pragma once

#include <imgui.h>

namespace hotline::ui {

// Down and up at one point, then gone (no hover left behind). Dear ImGui's input queue hands these to
// successive frames (a touch has no hover before its press): draw a few frames after it.
void queue_finger_tap(ImVec2 at);

}  // namespace hotline::ui
