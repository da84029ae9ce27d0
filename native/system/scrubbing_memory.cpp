// Clearing frees (see scrubbing_memory.h).
#include "native/system/scrubbing_memory.h"

#include <malloc.h>
#include <string.h>

#include <cstdlib>
#include <cstring>

namespace hotline::native {

void* scrubbing_alloc(std::size_t size, void*) {
  return std::malloc(size);
}

void scrubbing_free(void* block, void*) {
  if (block != nullptr) {
    explicit_bzero(block, malloc_usable_size(block));
    std::free(block);
  }
}

void* scrubbing_realloc(void* block, std::size_t size) {
  if (block == nullptr) {
    return std::malloc(size);
  }
  void* moved = std::malloc(size);
  if (moved == nullptr) {
    return nullptr;
  }
  const std::size_t old_size = malloc_usable_size(block);
  std::memcpy(moved, block, old_size < size ? old_size : size);
  scrubbing_free(block, nullptr);
  return moved;
}

}  // namespace hotline::native
