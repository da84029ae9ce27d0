// PNG writing via stb_image_write (Debian libstb-dev), compiled here once for the kiosk.
#include "screenshot.h"

#include <zlib.h>

#include <cstdlib>

namespace {

// stb's own deflate and its per-row filter search take ~1 s per 1170x2532 screenshot natively and ~48 s
// under ASan (the QA tours write ~80 of them); zlib's fastest level with no row filter takes ~0.1 s in
// both, and flat UI screenshots come out no larger.
unsigned char* fast_deflate(unsigned char* data, int length, int* out_length, int /*quality*/) {
  uLongf size = compressBound(static_cast<uLong>(length));
  auto* out = static_cast<unsigned char*>(std::malloc(size));
  if (out == nullptr) {
    return nullptr;
  }
  if (compress2(out, &size, data, static_cast<uLong>(length), Z_BEST_SPEED) != Z_OK) {
    std::free(out);
    return nullptr;
  }
  *out_length = static_cast<int>(size);
  return out;
}

}  // namespace

#define STBIW_ZLIB_COMPRESS fast_deflate
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace hotline::native {

bool write_png(const std::string& path, const std::vector<unsigned char>& rgba, int width, int height) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * height * 4) {
    return false;
  }
  stbi_write_force_png_filter = 0;
  return stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4) != 0;
}

}  // namespace hotline::native
