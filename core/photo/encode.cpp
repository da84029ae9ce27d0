// JPEG and PNG encoding with stb_image_write into memory.
#include "photo/encode.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

namespace hotline::photo {
namespace {

void append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

}  // namespace

Image flatten_on_white(const Image& image) {
  Image out = make_image(image.width, image.height, 3);
  if (out.pixels.empty()) {
    return out;
  }
  const std::uint8_t* in = image.pixels.data();
  std::uint8_t* to = out.pixels.data();
  const std::size_t pixels = std::size_t{image.width} * image.height;
  for (std::size_t i = 0; i < pixels; ++i, in += 4, to += 3) {
    const unsigned alpha = in[3];
    for (int c = 0; c < 3; ++c) {
      to[c] = static_cast<std::uint8_t>((in[c] * alpha + 255 * (255 - alpha) + 127) / 255);
    }
  }
  return out;
}

std::optional<std::string> encode_jpeg(const Image& image, int quality) {
  if (image.channels == 4) {
    return encode_jpeg(flatten_on_white(image), quality);
  }
  std::string out;
  if (image.pixels.empty() ||
      !stbi_write_jpg_to_func(&append, &out, static_cast<int>(image.width), static_cast<int>(image.height),
                              image.channels, image.pixels.data(), quality)) {
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> encode_png(const Image& image) {
  std::string out;
  if (image.pixels.empty() ||
      !stbi_write_png_to_func(&append, &out, static_cast<int>(image.width), static_cast<int>(image.height),
                              image.channels, image.pixels.data(), static_cast<int>(image.stride()))) {
    return std::nullopt;
  }
  return out;
}

}  // namespace hotline::photo
