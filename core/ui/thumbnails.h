// Photo previews as Dear ImGui 1.92 textures the app owns: created from the prepared photo's thumbnail
// pixels, uploaded at once by the shell's renderer backend (GL, WebGL, SDL's software renderer) through
// the context's TextureService, destroyed when the photo leaves the screen.
#pragma once

#include <imgui.h>

#include <map>
#include <memory>
#include <string>

#include "photo/image.h"

namespace hotline::ui {

class Thumbnails {
 public:
  Thumbnails() = default;
  ~Thumbnails();
  Thumbnails(const Thumbnails&) = delete;
  Thumbnails& operator=(const Thumbnails&) = delete;

  // The texture of photo `id`, created from `image` on first use (nullptr when it has no pixels).
  ImTextureData* get(const std::string& id, const photo::Image& image);
  // Call once per frame after drawing: textures not asked for this frame are destroyed.
  void end_frame();
  // The context they were created with is gone, its renderer destroyed them: they are dropped.
  void forget();

 private:
  struct Entry {
    std::unique_ptr<ImTextureData> texture;
    bool used = false;
  };
  std::map<std::string, Entry> live_;
};

}  // namespace hotline::ui
