// User textures for photo previews, with the create / destroy handshake of 1.92's texture API.
#include "ui/thumbnails.h"

#include <imgui_internal.h>

#include <cstring>

namespace hotline::ui {

Thumbnails::~Thumbnails() {
  // The context may already be gone (tests, shutdown): only unregister while it exists.
  if (ImGui::GetCurrentContext() != nullptr) {
    for (auto& [id, entry] : live_) {
      ImGui::UnregisterUserTexture(entry.texture.get());
    }
    for (auto& texture : dying_) {
      ImGui::UnregisterUserTexture(texture.get());
    }
  }
}

ImTextureData* Thumbnails::get(const std::string& id, const photo::Image& image) {
  if (auto it = live_.find(id); it != live_.end()) {
    it->second.used = true;
    return it->second.texture.get();
  }
  if (image.width == 0 || image.height == 0 || (image.channels != 3 && image.channels != 4)) {
    return nullptr;
  }
  auto texture = std::make_unique<ImTextureData>();
  texture->Create(ImTextureFormat_RGBA32, static_cast<int>(image.width), static_cast<int>(image.height));
  auto* out = static_cast<unsigned char*>(texture->GetPixels());
  for (std::uint32_t y = 0; y < image.height; ++y) {
    for (std::uint32_t x = 0; x < image.width; ++x) {
      const std::uint8_t* in = image.at(x, y);
      out[0] = in[0];
      out[1] = in[1];
      out[2] = in[2];
      out[3] = image.channels == 4 ? in[3] : 255;
      out += 4;
    }
  }
  ImGui::RegisterUserTexture(texture.get());
  ImTextureData* raw = texture.get();
  live_[id] = Entry{std::move(texture), true};
  return raw;
}

void Thumbnails::forget() {
  live_.clear();
  dying_.clear();
}

void Thumbnails::end_frame() {
  for (auto it = live_.begin(); it != live_.end();) {
    if (!it->second.used) {
      // Backends destroy a texture once it wants it and has gone unused for a frame (which the atlas
      // counts for its own textures only).
      it->second.texture->SetStatus(ImTextureStatus_WantDestroy);
      it->second.texture->UnusedFrames = 1;
      dying_.push_back(std::move(it->second.texture));
      it = live_.erase(it);
    } else {
      it->second.used = false;
      ++it;
    }
  }
  std::erase_if(dying_, [](std::unique_ptr<ImTextureData>& texture) {
    // Never uploaded, or the backend has destroyed it: safe to free.
    if (texture->Status == ImTextureStatus_Destroyed || texture->TexID == ImTextureID_Invalid) {
      ImGui::UnregisterUserTexture(texture.get());
      return true;
    }
    return false;
  });
}

}  // namespace hotline::ui
