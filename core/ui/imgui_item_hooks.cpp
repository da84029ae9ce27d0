// Dear ImGui's item hook functions, compiled into the imgui library itself (it calls them), forwarding
// to the ItemSink attached to the context.
#include <imgui.h>
#include <imgui_internal.h>

#include "ui/item_sink.h"

namespace hotline::ui {

void attach_item_sink(ImGuiContext* context, ItemSink* sink) {
  context->TestEngine = sink;
  context->TestEngineHookItems = sink != nullptr;
}

}  // namespace hotline::ui

namespace {

hotline::ui::ItemSink* sink_of(ImGuiContext* context) {
  return static_cast<hotline::ui::ItemSink*>(context->TestEngine);
}

}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* context, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  if (auto* sink = sink_of(context); sink != nullptr && context->CurrentWindow != nullptr) {
    const ImRect& clip = context->CurrentWindow->ClipRect;
    sink->item_added(id, bb.Min, bb.Max, clip.Min, clip.Max);
  }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (auto* sink = sink_of(context)) {
    sink->item_info(id, label, flags);
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
