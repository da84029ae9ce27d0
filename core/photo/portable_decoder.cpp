// PortableDecoder: stb_image with a per-thread allocation budget (its allocator hooks are macros).
#include <cstdlib>
#include <cstring>
#include <string>

#include "photo/decoder.h"

namespace hotline::photo {
namespace {

// Allocation accounting for the decode running on this thread; stb_image only sees these hooks.
struct Budget {
  std::uint64_t limit = 0;
  std::uint64_t used = 0;
};
thread_local Budget budget;

// Each block carries its size in front, so free and realloc can give the bytes back to the budget.
constexpr std::size_t kHeader = 16;

void* guarded_malloc(std::size_t size) {
  if (size > budget.limit - budget.used || size > budget.limit) {
    return nullptr;
  }
  auto* block = static_cast<unsigned char*>(std::malloc(size + kHeader));
  if (!block) {
    return nullptr;
  }
  std::memcpy(block, &size, sizeof size);
  budget.used += size;
  return block + kHeader;
}

std::size_t block_size(void* data) {
  std::size_t size = 0;
  std::memcpy(&size, static_cast<unsigned char*>(data) - kHeader, sizeof size);
  return size;
}

void guarded_free(void* data) {
  if (!data) {
    return;
  }
  budget.used -= block_size(data);
  std::free(static_cast<unsigned char*>(data) - kHeader);
}

void* guarded_realloc(void* data, std::size_t size) {
  if (!data) {
    return guarded_malloc(size);
  }
  const std::size_t old_size = block_size(data);
  if (size > old_size && size - old_size > budget.limit - budget.used) {
    return nullptr;
  }
  auto* block = static_cast<unsigned char*>(std::realloc(static_cast<unsigned char*>(data) - kHeader, size + kHeader));
  if (!block) {
    return nullptr;
  }
  std::memcpy(block, &size, sizeof size);
  budget.used = budget.used - old_size + size;
  return block + kHeader;
}

// Memory handed out as the decoded image outlives the decode's budget; only the free matters then.
void release_pixels(void* data) {
  if (data) {
    std::free(static_cast<unsigned char*>(data) - kHeader);
  }
}

}  // namespace
}  // namespace hotline::photo

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MALLOC(size) hotline::photo::guarded_malloc(size)
#define STBI_REALLOC(data, size) hotline::photo::guarded_realloc(data, size)
#define STBI_FREE(data) hotline::photo::guarded_free(data)
#include <stb/stb_image.h>

namespace hotline::photo {

std::uint64_t PortableDecoder::memory_budget(const ImageInfo& info) {
  return std::uint64_t{info.width} * info.height * 12 + (8u << 20);
}

bool PortableDecoder::can_decode(ImageFormat format) const {
  return format == ImageFormat::Jpeg || format == ImageFormat::Png;
}

base::Expected<DecodedImage, PhotoError> PortableDecoder::decode(std::string_view bytes, const ImageInfo& info) {
  if (!can_decode(info.format)) {
    return base::unexpected(
        make_error(PhotoErrorCode::UnsupportedFormat, {{"format", std::string(format_name(info.format))}}));
  }
  if (bytes.size() > 0x7FFFFFFFu) {
    return base::unexpected(make_error(PhotoErrorCode::DecodeFailed, {{"reason", "too large"}}));
  }
  const int channels = info.has_alpha ? 4 : 3;
  budget = Budget{memory_budget(info), 0};
  int width = 0, height = 0, components = 0;
  stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()),
                                          static_cast<int>(bytes.size()), &width, &height, &components, channels);
  budget = Budget{};
  if (!pixels) {
    return base::unexpected(make_error(PhotoErrorCode::DecodeFailed, {{"reason", stbi_failure_reason()}}));
  }
  DecodedImage decoded;
  decoded.image.width = static_cast<std::uint32_t>(width);
  decoded.image.height = static_cast<std::uint32_t>(height);
  decoded.image.channels = channels;
  decoded.image.pixels = PixelBuffer::adopt(pixels, decoded.image.byte_count(), &release_pixels);
  if (decoded.image.width != info.width || decoded.image.height != info.height) {
    return base::unexpected(make_error(PhotoErrorCode::DecodeFailed, {{"reason", "size mismatch"}}));
  }
  return decoded;
}

}  // namespace hotline::photo
