// The parts of the ImGui + SDL2 bring-up that the OpenGL and the software window share.
#pragma once

struct SDL_Window;

namespace hotline::sdl {

// Creates the ImGui context with the kiosk's settings (no layout persisted between citizens).
void create_imgui_context();

// Hands pending SDL events to ImGui; sets `quit_requested` on a quit or a close of `window`.
// Returns how many events there were.
int forward_events(SDL_Window* window, bool& quit_requested);

}  // namespace hotline::sdl
