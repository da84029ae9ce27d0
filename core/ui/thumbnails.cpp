// User textures for photo previews, created and destroyed through the shell's TextureService.
#include "ui/thumbnails.h"

#include "ui/texture_service.h"

namespace hotline::ui {
namespace {

void release(ImTextureData& texture) {
  if (TextureService* service = texture_service()) {
    service->destroy(texture);
  }
}

}  // namespace

Thumbnails::~Thumbnails() {
  for (auto& [id, entry] : live_) {
    release(*entry.texture);
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
  if (TextureService* service = texture_service()) {
    service->create(*texture);
  }
  ImTextureData* raw = texture.get();
  live_[id] = Entry{std::move(texture), true};
  return raw;
}

void Thumbnails::forget() {
  live_.clear();
}

void Thumbnails::end_frame() {
  for (auto it = live_.begin(); it != live_.end();) {
    if (!it->second.used) {
      // Drawn in no draw list the renderer still has to draw: it goes at once.
      release(*it->second.texture);
      it = live_.erase(it);
    } else {
      it->second.used = false;
      ++it;
    }
  }
}

}  // namespace hotline::ui
