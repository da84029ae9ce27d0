// SDL2/OpenGL/ImGui bring-up and frame submission; follows Dear ImGui's example_sdl2_opengl3.
#include "native/sdl/gl_window.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>

#include "native/sdl/imgui_sdl_glue.h"

namespace hotline::sdl {

std::unique_ptr<GlWindow> GlWindow::open(const WindowConfig& config, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return nullptr;
  }
  const char* glsl_version = nullptr;
  if (config.gl == GlFlavor::WebGL) {
    glsl_version = "#version 100";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  } else {
    glsl_version = "#version 330 core";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  }
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (config.fullscreen) {
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  }
  std::unique_ptr<GlWindow> self(new GlWindow());
  self->window_ = SDL_CreateWindow(config.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, config.width,
                                   config.height, flags);
  if (self->window_ == nullptr) {
    error = std::string("the window could not be created: ") + SDL_GetError();
    return nullptr;
  }
  self->gl_context_ = SDL_GL_CreateContext(self->window_);
  if (self->gl_context_ == nullptr && config.gl == GlFlavor::WebGL) {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 2);  // SDL asks Emscripten for WebGL1
    self->gl_context_ = SDL_GL_CreateContext(self->window_);
  }
  if (self->gl_context_ == nullptr) {
    error = std::string("OpenGL is not available: ") + SDL_GetError();
    return nullptr;
  }
  SDL_GL_MakeCurrent(self->window_, self->gl_context_);
  SDL_GL_SetSwapInterval(1);

  GlWindow* window = self.get();
  self->imgui_.emplace(ImGuiContexts::Backends{[window, glsl_version] {
                                                 ImGui_ImplSDL2_InitForOpenGL(window->window_, window->gl_context_);
                                                 ImGui_ImplOpenGL3_Init(glsl_version);
                                               },
                                               [] {
                                                 ImGui_ImplOpenGL3_Shutdown();
                                                 ImGui_ImplSDL2_Shutdown();
                                               },
                                               ImGui_ImplOpenGL3_UpdateTexture});
  if (config.gl == GlFlavor::Desktop33) {
    self->ime_.emplace();
  }
  if (config.layout_scale != 1) {
    self->layout_scale_.emplace(config.layout_scale);
  }
  return self;
}

GlWindow::~GlWindow() {
  // With the GL context still current: the backend deletes its buffers, program and textures.
  imgui_.reset();
  if (gl_context_ != nullptr) {
    SDL_GL_DeleteContext(gl_context_);
  }
  if (window_ != nullptr) {
    SDL_DestroyWindow(window_);
  }
  SDL_Quit();
}

int GlWindow::pump_events() {
  return forward_events(window_, quit_requested_, ime_ ? &*ime_ : nullptr);
}

void GlWindow::wait_for_event(int timeout_ms) {
  SDL_WaitEventTimeout(nullptr, timeout_ms);
}

void GlWindow::render(const std::function<void()>& draw_ui, Capture* capture) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  if (layout_scale_) {
    layout_scale_->before_frame();
  }
  imgui_->new_frame();
  ImGui::NewFrame();
  if (layout_scale_) {
    layout_scale_->after_frame();
  }
  draw_ui();
  if (ime_) {
    ime_->draw();
  }
  ImGui::Render();
  if (ime_) {
    ime_->follow_focus();
  }
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (capture != nullptr) {
    read_back_buffer(*capture);
  }
  SDL_GL_SwapWindow(window_);
}

void GlWindow::renew_imgui_context() {
  imgui_->renew();
  if (layout_scale_) {
    layout_scale_->restart();
  }
}

void GlWindow::read_back_buffer(Capture& capture) const {
  SDL_GL_GetDrawableSize(window_, &capture.width, &capture.height);
  auto& pixels = capture.rgba;
  pixels.assign(static_cast<std::size_t>(capture.width) * capture.height * 4, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, capture.width, capture.height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL rows start at the bottom.
  const std::size_t row = static_cast<std::size_t>(capture.width) * 4;
  for (int y = 0; y < capture.height / 2; ++y) {
    std::swap_ranges(pixels.begin() + y * row, pixels.begin() + (y + 1) * row,
                     pixels.begin() + (capture.height - 1 - y) * row);
  }
}

void GlWindow::resize(int width, int height) {
  SDL_SetWindowSize(window_, width, height);
}

void GlWindow::window_size(int& width, int& height) const {
  SDL_GetWindowSize(window_, &width, &height);
}

}  // namespace hotline::sdl
