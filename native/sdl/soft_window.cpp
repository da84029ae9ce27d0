// SDL_Renderer (software) + imgui_impl_sdlrenderer2, which updates the glyph atlas texture in place
// (ImGuiBackendFlags_RendererHasTextures) like the OpenGL backend.
#include "native/sdl/soft_window.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl2.h>
#include <imgui_impl_sdlrenderer2.h>

#include "native/sdl/imgui_sdl_glue.h"

namespace hotline::sdl {

std::unique_ptr<SoftWindow> SoftWindow::open(const std::string& title, int width, int height, float scale,
                                             std::string& error, bool on_display, bool fullscreen) {
  if (!on_display) {
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return nullptr;
  }
  std::unique_ptr<SoftWindow> self(new SoftWindow());
  self->width_ = width;
  self->height_ = height;
  self->scale_ = scale;
  self->on_display_ = on_display;
  self->window_ = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   static_cast<int>(static_cast<float>(width) * scale + 0.5f),
                                   static_cast<int>(static_cast<float>(height) * scale + 0.5f),
                                   fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
  if (self->window_ == nullptr) {
    error = std::string("the window could not be created: ") + SDL_GetError();
    return nullptr;
  }
  self->renderer_ = SDL_CreateRenderer(self->window_, -1, SDL_RENDERER_SOFTWARE);
  if (self->renderer_ == nullptr) {
    error = std::string("the software renderer is not available: ") + SDL_GetError();
    return nullptr;
  }
  // SDL scales what the backend draws in logical pixels (the backend then leaves its clip rectangles
  // unscaled too); glyphs are rasterised at the pixel ratio from io.DisplayFramebufferScale.
  SDL_RenderSetScale(self->renderer_, scale, scale);
  SoftWindow* window = self.get();
  self->imgui_.emplace(ImGuiContexts::Backends{[window] {
                                                 ImGui_ImplSDL2_InitForSDLRenderer(window->window_, window->renderer_);
                                                 ImGui_ImplSDLRenderer2_Init(window->renderer_);
                                               },
                                               [] {
                                                 ImGui_ImplSDLRenderer2_Shutdown();
                                                 ImGui_ImplSDL2_Shutdown();
                                               },
                                               ImGui_ImplSDLRenderer2_UpdateTexture});
  return self;
}

SoftWindow::~SoftWindow() {
  imgui_.reset();
  if (renderer_ != nullptr) {
    SDL_DestroyRenderer(renderer_);
  }
  if (window_ != nullptr) {
    SDL_DestroyWindow(window_);
  }
  SDL_Quit();
}

void SoftWindow::renew_imgui_context() {
  imgui_->renew();
}

int SoftWindow::pump_events() {
  return forward_events(window_, quit_requested_, &ime_);
}

void SoftWindow::wait_for_event(int timeout_ms) {
  SDL_WaitEventTimeout(nullptr, timeout_ms);
}

void SoftWindow::render(const std::function<void()>& draw_ui, Capture* capture) {
  ImGui_ImplSDLRenderer2_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // The dummy driver has no notion of pixel density: the backend saw a window of device pixels.
  ImGuiIO& io = ImGui::GetIO();
  if (on_display_) {
    // A full-screen window takes the display's size, whatever was asked for.
    SDL_GetWindowSize(window_, &width_, &height_);
    width_ = static_cast<int>(static_cast<float>(width_) / scale_);
    height_ = static_cast<int>(static_cast<float>(height_) / scale_);
  }
  io.DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
  io.DisplayFramebufferScale = ImVec2(scale_, scale_);
  imgui_->new_frame();
  ImGui::NewFrame();
  draw_ui();
  ime_.draw();
  ImGui::Render();
  ime_.follow_focus();
  if (paint_only_captures_ && capture == nullptr) {
    // The atlas's requests are honoured as a painted frame would (glyphs added, textures created).
    for (ImTextureData* texture : ImGui::GetPlatformIO().Textures) {
      if (texture->Status != ImTextureStatus_OK) {
        ImGui_ImplSDLRenderer2_UpdateTexture(texture);
      }
    }
    return;
  }
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(clear.x * 255), static_cast<Uint8>(clear.y * 255),
                         static_cast<Uint8>(clear.z * 255), 255);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer2_RenderDrawData(ImGui::GetDrawData(), renderer_);
  if (capture != nullptr) {
    SDL_GetRendererOutputSize(renderer_, &capture->width, &capture->height);
    capture->rgba.assign(static_cast<std::size_t>(capture->width) * capture->height * 4, 0);
    SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_ABGR8888, capture->rgba.data(), capture->width * 4);
  }
  SDL_RenderPresent(renderer_);
}

}  // namespace hotline::sdl
