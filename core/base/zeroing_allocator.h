// An allocator that clears every block it frees, for personal text: a string that grows moves to a new
// block, and the old one must not keep the citizen's name or number in freed memory.
#pragma once

#include <cstddef>
#include <memory>

namespace hotline::base {

// Clears bytes in a way the optimiser may not drop (a store to memory about to be freed is dead to it).
inline void secure_zero(void* data, std::size_t size) noexcept {
  volatile unsigned char* p = static_cast<volatile unsigned char*>(data);
  for (std::size_t i = 0; i < size; ++i) {
    p[i] = 0;
  }
}

template <class T>
struct ZeroingAllocator {
  using value_type = T;

  ZeroingAllocator() noexcept = default;
  template <class U>
  ZeroingAllocator(const ZeroingAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
  void deallocate(T* block, std::size_t n) noexcept {
    secure_zero(block, n * sizeof(T));
    std::allocator<T>{}.deallocate(block, n);
  }

  template <class U>
  bool operator==(const ZeroingAllocator<U>&) const noexcept {
    return true;
  }
};

}  // namespace hotline::base
