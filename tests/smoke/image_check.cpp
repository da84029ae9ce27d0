// Checks that a screenshot shows a drawn UI, not a blank or single-colour surface.
//
// usage: image-check FILE.png [--min-colors N]
// A rendered screen with anti-aliased CJK text has hundreds of distinct colours and both light and
// dark pixels; a blank canvas, a clear-colour-only frame or a failed GL context has a handful.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: image-check FILE.png [--min-colors N]\n");
    return 2;
  }
  int min_colors = 64;
  if (argc == 4 && std::strcmp(argv[2], "--min-colors") == 0) {
    min_colors = std::atoi(argv[3]);
  }
  int width = 0;
  int height = 0;
  int channels = 0;
  unsigned char* pixels = stbi_load(argv[1], &width, &height, &channels, 4);
  if (pixels == nullptr) {
    std::fprintf(stderr, "image-check: cannot read %s: %s\n", argv[1], stbi_failure_reason());
    return 2;
  }
  std::unordered_set<unsigned> colors;
  long dark = 0;
  long light = 0;
  for (long i = 0; i < static_cast<long>(width) * height; ++i) {
    const unsigned char* p = pixels + i * 4;
    colors.insert(p[0] << 16 | p[1] << 8 | p[2]);
    const int luma = (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
    dark += luma < 80 ? 1 : 0;
    light += luma > 200 ? 1 : 0;
  }
  stbi_image_free(pixels);
  const long total = static_cast<long>(width) * height;
  std::printf("image-check: %s %dx%d, %zu colours, %.1f%% dark, %.1f%% light\n", argv[1], width, height, colors.size(),
              100.0 * dark / total, 100.0 * light / total);
  if (static_cast<int>(colors.size()) < min_colors || dark == 0 || light == 0) {
    std::fprintf(stderr, "image-check: %s looks blank (need >= %d colours and both dark and light pixels)\n", argv[1],
                 min_colors);
    return 1;
  }
  return 0;
}
