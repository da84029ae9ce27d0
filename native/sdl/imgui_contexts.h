// Dear ImGui contexts over one font atlas that outlives them: a kiosk draws each citizen's visit in a
// fresh context, so no text buffer, open popup, scroll position or widget id of the last visit survives
// by construction, while the glyphs rasterised so far are kept. The app's own textures (photo previews)
// are created and destroyed with the current context's renderer backend, and go with its context.
#pragma once

#include <functional>
#include <memory>

struct ImFontAtlas;
struct ImGuiContext;
struct ImTextureData;

namespace hotline::sdl {

class ImGuiContexts {
 public:
  // The platform and renderer backends of one context (ImGui_ImplXxx_Init and _Shutdown), run with that
  // context current, and the renderer backend's public ImGui_ImplXxx_UpdateTexture.
  struct Backends {
    std::function<void()> init;
    std::function<void()> shutdown;
    std::function<void(ImTextureData*)> update_texture;
  };

  // Creates the atlas and the first context with its backends; that context is current from now on.
  explicit ImGuiContexts(Backends backends);
  // Destroys the app's textures, shuts the backends down (their GPU objects and textures go), then the
  // context, then the atlas.
  ~ImGuiContexts();
  ImGuiContexts(const ImGuiContexts&) = delete;
  ImGuiContexts& operator=(const ImGuiContexts&) = delete;

  // Call right before ImGui::NewFrame: no context owns the shared atlas, so its frame update is ours.
  void new_frame();
  // Replaces the current context by a fresh one over the same atlas, configured as it was (config
  // flags, default font, cursor blink); call between frames. The app's textures are destroyed and the
  // old context's backends shut down first, taking every texture they uploaded: the atlas keeps its
  // pixels and is uploaded again by the new context's first frame, photo previews go with the visit.
  void renew();

  ImGuiContext* current() const { return context_; }
  ImFontAtlas& atlas() const { return *atlas_; }

 private:
  // The ui::TextureService of every context (imgui_contexts.cpp).
  class Textures;

  // The current context, just created: the shells' settings, the backends and the texture service.
  void start_context();

  Backends backends_;
  ImFontAtlas* atlas_ = nullptr;
  ImGuiContext* context_ = nullptr;
  int frame_count_ = 0;  // the atlas's frames, strictly increasing across contexts
  std::unique_ptr<Textures> textures_;
};

}  // namespace hotline::sdl
