// ImGui's display and pointer in layout pixels (see layout_scale.h).
#include "native/sdl/layout_scale.h"

#include <SDL.h>
#include <imgui.h>
// The input queue: pointer positions reach it from SDL events and from the backend's own polling in
// its NewFrame (docs/architecture.md, "Dear ImGui").
#include <imgui_internal.h>

namespace hotline::sdl {

void LayoutScale::before_frame() const {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(io.DisplaySize.x / scale_, io.DisplaySize.y / scale_);
  io.DisplayFramebufferScale = ImVec2(io.DisplayFramebufferScale.x * scale_, io.DisplayFramebufferScale.y * scale_);
  ImVector<ImGuiInputEvent>& queue = ImGui::GetCurrentContext()->InputEventsQueue;
  for (int i = scaled_events_; i < queue.Size; ++i) {
    if (queue[i].Type == ImGuiInputEventType_MousePos && queue[i].MousePos.PosX != -FLT_MAX) {
      queue[i].MousePos.PosX /= scale_;
      queue[i].MousePos.PosY /= scale_;
    }
  }
}

void LayoutScale::after_frame() {
  scaled_events_ = ImGui::GetCurrentContext()->InputEventsQueue.Size;
}

std::optional<float> display_dpi() {
  // Asked before any window exists (its size depends on the answer): video is started for the question.
  const bool started = SDL_WasInit(SDL_INIT_VIDEO) != 0;
  if (!started && SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
    return std::nullopt;
  }
  float diagonal = 0;
  const bool known = SDL_GetDisplayDPI(0, &diagonal, nullptr, nullptr) == 0 && diagonal > 0;
  if (!started) {
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
  }
  return known ? std::optional(diagonal) : std::nullopt;
}

}  // namespace hotline::sdl
