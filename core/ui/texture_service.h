// The app's own textures (photo previews) and the renderer that holds them: the shell creates and
// destroys each one at once with its renderer backend's public ImGui_ImplXxx_UpdateTexture, and destroys
// those still alive before that backend shuts down (a kiosk's visit ends with its context).
#pragma once

struct ImTextureData;

namespace hotline::ui {

class TextureService {
 public:
  virtual ~TextureService() = default;

  // Uploads `texture` (ImTextureStatus_WantCreate): afterwards its status is OK and its TexID set.
  virtual void create(ImTextureData& texture) = 0;
  // Destroys a texture `create` uploaded, if it is still alive; `texture` may be freed afterwards.
  virtual void destroy(ImTextureData& texture) = 0;
};

// Makes `service` the current ImGui context's (nullptr: none). Kept in the context's io.UserData, the
// slot Dear ImGui leaves to the application, so it goes with the context.
void attach_texture_service(TextureService* service);
// The current context's service; nullptr without one (tests drawing without a renderer).
TextureService* texture_service();

}  // namespace hotline::ui
