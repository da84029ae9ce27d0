// The parts of the ImGui + SDL2 bring-up that the OpenGL and the software window share.
#pragma once

struct SDL_Window;

namespace hotline::sdl {

class ImeComposition;

// Gives the current, just created ImGui context the shells' settings (no layout persisted between
// citizens, keyboard navigation).
void configure_imgui_context();

// Hands pending SDL events to ImGui; sets `quit_requested` on a quit or a close of `window`. `ime`
// (native shells) takes the IME's editing events first. Returns how many input or window events there
// were (wake-ups are not input).
int forward_events(SDL_Window* window, bool& quit_requested, ImeComposition* ime = nullptr);

// Kiosk mode: a touch screen shows no pointer (the ImGui backend would bring it back every frame).
void hide_cursor();

// Wakes a loop sleeping in SDL_WaitEventTimeout, from any thread (the RunQueue's waker).
void wake_event_loop();

}  // namespace hotline::sdl
