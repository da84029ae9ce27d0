// Shared by GlWindow and SoftWindow so both shells behave alike for the app and its QA scripts.
#include "native/sdl/imgui_sdl_glue.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl2.h>

#include "native/sdl/ime_composition.h"
#include "ui/imgui_memory.h"

namespace hotline::sdl {

void configure_imgui_context() {
  ImGuiIO& io = ImGui::GetIO();
  // Kiosks are shared: window layout must not be persisted between citizens.
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

int forward_events(SDL_Window* window, bool& quit_requested, ImeComposition* ime) {
  int count = 0;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    if (event.type == SDL_USEREVENT) {
      continue;  // wake_event_loop(): the loop pumps its RunQueue and asks the model whether to draw
    }
    ++count;
    if (ime != nullptr && ime->handle(event)) {
      continue;
    }
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT || (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
                                   event.window.windowID == SDL_GetWindowID(window))) {
      quit_requested = true;
    }
  }
  return count;
}

void hide_cursor() {
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  SDL_ShowCursor(SDL_DISABLE);
}

void wake_event_loop() {
  SDL_Event event{};
  event.type = SDL_USEREVENT;
  SDL_PushEvent(&event);
}

}  // namespace hotline::sdl
