// One font atlas under a succession of Dear ImGui contexts (see imgui_contexts.h).
#include "native/sdl/imgui_contexts.h"

#include <imgui.h>
// ImFontAtlasUpdateNewFrame: Dear ImGui's documented duty for whoever owns an atlas no context owns.
#include <imgui_internal.h>

#include <set>

#include "native/sdl/imgui_sdl_glue.h"
#include "ui/imgui_memory.h"
#include "ui/texture_service.h"

namespace hotline::sdl {

// The app's textures, created and destroyed at once with the renderer backend's UpdateTexture.
class ImGuiContexts::Textures : public ui::TextureService {
 public:
  explicit Textures(std::function<void(ImTextureData*)> update) : update_(std::move(update)) {}

  void create(ImTextureData& texture) override {
    update_(&texture);
    alive_.insert(&texture);
  }

  void destroy(ImTextureData& texture) override {
    if (alive_.erase(&texture) == 0) {
      return;  // its context's backend has destroyed it already
    }
    // No frame draws it any more (a backend may wait for that before destroying).
    texture.UnusedFrames = 1;
    texture.SetStatus(ImTextureStatus_WantDestroy);
    update_(&texture);
  }

  // Before the backends shut down: the app's textures they created go too.
  void destroy_all() {
    while (!alive_.empty()) {
      destroy(**alive_.begin());
    }
  }

 private:
  std::function<void(ImTextureData*)> update_;
  std::set<ImTextureData*> alive_;  // created and not destroyed yet
};

ImGuiContexts::ImGuiContexts(Backends backends)
    : backends_(std::move(backends)), textures_(std::make_unique<Textures>(backends_.update_texture)) {
  IMGUI_CHECKVERSION();
  // What citizens type passes through ImGui's buffers: cleared when freed (kiosk and web alike).
  ui::use_zeroing_imgui_allocator();
  atlas_ = IM_NEW(ImFontAtlas)();
  context_ = ImGui::CreateContext(atlas_);
  ImGui::SetCurrentContext(context_);
  start_context();
}

ImGuiContexts::~ImGuiContexts() {
  ImGui::SetCurrentContext(context_);
  textures_->destroy_all();
  backends_.shutdown();
  ImGui::DestroyContext(context_);
  IM_DELETE(atlas_);
}

void ImGuiContexts::start_context() {
  configure_imgui_context();
  backends_.init();
  ui::attach_texture_service(textures_.get());
}

void ImGuiContexts::new_frame() {
  const bool has_textures = (ImGui::GetIO().BackendFlags & ImGuiBackendFlags_RendererHasTextures) != 0;
  ImFontAtlasUpdateNewFrame(atlas_, ++frame_count_, has_textures);
}

void ImGuiContexts::renew() {
  ImGui::SetCurrentContext(context_);
  const ImGuiIO& old = ImGui::GetIO();
  const ImGuiConfigFlags config_flags = old.ConfigFlags;
  ImFont* const font = old.FontDefault;
  const bool cursor_blink = old.ConfigInputTextCursorBlink;
  textures_->destroy_all();
  // Only this context uses the atlas now (its texture counts one user), so the backend destroys the
  // atlas's texture with the rest; the atlas marks it destroyed and asks the next renderer for it again.
  backends_.shutdown();
  // Created before the old one is freed, so it never has its address: whoever holds the context it
  // drew with (ui::App) notices the change.
  ImGuiContext* const old_context = context_;
  context_ = ImGui::CreateContext(atlas_);
  ImGui::DestroyContext(old_context);
  ImGui::SetCurrentContext(context_);
  start_context();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags = config_flags;
  io.FontDefault = font;
  io.ConfigInputTextCursorBlink = cursor_blink;
}

}  // namespace hotline::sdl
