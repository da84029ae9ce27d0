// The receiving end of Dear ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE, part of the MIT core): what a
// context reports about each item it lays out, handed to whoever attached itself to the context.
#pragma once

#include <imgui.h>

struct ImGuiContext;

namespace hotline::ui {

class ItemSink {
 public:
  virtual ~ItemSink() = default;
  // Every item with an id or a rectangle, as it is laid out; `clip` is the visible part of its window.
  virtual void item_added(ImGuiID id, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max) = 0;
  // The label (may end in "##id") and status of an interactive item (ImGuiItemStatusFlags).
  virtual void item_info(ImGuiID id, const char* label, int status_flags) = 0;
};

// Routes the context's hooks to `sink` (nullptr detaches).
void attach_item_sink(ImGuiContext* context, ItemSink* sink);

}  // namespace hotline::ui
