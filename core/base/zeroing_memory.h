// malloc and free that clear a block as it is freed, for C libraries' allocator hooks (Dear ImGui's text
// fields hold what a citizen types): a size header in front of each block tells free how much to clear,
// on any platform (no malloc_usable_size in WebAssembly's or every libc).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "base/zeroing_allocator.h"

namespace hotline::base {

// The heap behind zeroing_alloc and zeroing_free, passed as their user data: where a cleared block
// goes (std::free; a test looks at it first).
struct ZeroingHeap {
  void (*release)(void* block, std::size_t size) = [](void* block, std::size_t) { std::free(block); };
};

// The header keeps the block's size and the alignment malloc gives.
inline constexpr std::size_t kZeroingHeader = alignof(std::max_align_t);

inline void* zeroing_alloc(std::size_t size, void*) {
  auto* block = static_cast<unsigned char*>(std::malloc(size + kZeroingHeader));
  if (block == nullptr) {
    return nullptr;
  }
  std::memcpy(block, &size, sizeof size);
  return block + kZeroingHeader;
}

// `heap`: a ZeroingHeap, or null for std::free.
inline void zeroing_free(void* data, void* heap) {
  if (data == nullptr) {
    return;
  }
  unsigned char* block = static_cast<unsigned char*>(data) - kZeroingHeader;
  std::size_t size = 0;
  std::memcpy(&size, block, sizeof size);
  secure_zero(block, size + kZeroingHeader);
  if (heap != nullptr) {
    static_cast<ZeroingHeap*>(heap)->release(block, size + kZeroingHeader);
  } else {
    std::free(block);
  }
}

}  // namespace hotline::base
