// An 8-bit interleaved pixel buffer (RGB or RGBA), the currency between decode, resize and encode.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace hotline::photo {

// Owns pixel memory from malloc or from a decoder's allocator, so a 36 MB decode is never copied.
class PixelBuffer {
 public:
  using Release = void (*)(void*);

  PixelBuffer() = default;
  // Uninitialised bytes; size() is 0 when the allocation failed.
  explicit PixelBuffer(std::size_t size)
      : data_(static_cast<std::uint8_t*>(std::malloc(size)), &std::free), size_(data_ ? size : 0) {}
  // Takes ownership of memory that must be given back with release.
  static PixelBuffer adopt(std::uint8_t* data, std::size_t size, Release release) {
    PixelBuffer buffer;
    buffer.data_ = Owned(data, release);
    buffer.size_ = data ? size : 0;
    return buffer;
  }

  std::uint8_t* data() { return data_.get(); }
  const std::uint8_t* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  using Owned = std::unique_ptr<std::uint8_t, Release>;
  Owned data_{nullptr, &std::free};
  std::size_t size_ = 0;
};

struct Image {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  int channels = 3;  // 3 = RGB, 4 = RGBA (straight, not premultiplied alpha)
  PixelBuffer pixels;

  std::size_t stride() const { return std::size_t{width} * static_cast<std::size_t>(channels); }
  std::size_t byte_count() const { return stride() * height; }
  const std::uint8_t* at(std::uint32_t x, std::uint32_t y) const { return pixels.data() + y * stride() + x * channels; }
};

// An image of the given size with uninitialised pixels (empty pixels when out of memory).
inline Image make_image(std::uint32_t width, std::uint32_t height, int channels) {
  Image image{width, height, channels, {}};
  image.pixels = PixelBuffer(image.byte_count());
  return image;
}

}  // namespace hotline::photo
