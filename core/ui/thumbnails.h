// Photo previews as Dear ImGui 1.92 user textures: created from the prepared photo's thumbnail pixels,
// uploaded by whichever renderer backend runs (GL, WebGL, SDL's software renderer), destroyed when the
// photo leaves the form.
#pragma once

#include <imgui.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

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
  // Call once per frame after drawing: textures not asked for this frame are released.
  void end_frame();
  // The context they were registered with is gone, and its backend destroyed them: they are dropped.
  void forget();

 private:
  struct Entry {
    std::unique_ptr<ImTextureData> texture;
    bool used = false;
  };
  std::map<std::string, Entry> live_;
  std::vector<std::unique_ptr<ImTextureData>> dying_;  // waiting for the backend to destroy them
};

}  // namespace hotline::ui
