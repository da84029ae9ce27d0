// The kiosk clears memory as it frees it. A shared device must not keep the last citizen's name, mobile
// or ID number in freed heap blocks, where a crash dump or the next allocation's reader could find them;
// std::string::clear leaves the bytes behind. Replacing the global operator new and delete covers every
// C++ allocation in the process (libcurl's allocator is set in curl_transport, Dear ImGui's by the
// window's ImGui setup: ui/imgui_memory.h).
#include "native/system/scrubbing_memory.h"

#include <cstdlib>
#include <new>

namespace {

void* allocate(std::size_t size) {
  if (void* block = std::malloc(size == 0 ? 1 : size)) {
    return block;
  }
  throw std::bad_alloc();
}

void* allocate_aligned(std::size_t size, std::align_val_t align) {
  const auto alignment = static_cast<std::size_t>(align);
  // aligned_alloc wants a multiple of the alignment.
  if (void* block = std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment)) {
    return block;
  }
  throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) {
  return allocate(size);
}
void* operator new[](std::size_t size) {
  return allocate(size);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new(std::size_t size, std::align_val_t align) {
  return allocate_aligned(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align) {
  return allocate_aligned(size, align);
}
void operator delete(void* block) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete[](void* block) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete(void* block, std::size_t) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete[](void* block, std::size_t) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete(void* block, std::align_val_t) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete[](void* block, std::align_val_t) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete(void* block, std::size_t, std::align_val_t) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept {
  hotline::native::scrubbing_free(block, nullptr);
}
