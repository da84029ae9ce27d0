// Linear memory size of the WebAssembly module.
#include <emscripten/heap.h>

#include "peak_memory.h"

std::uint64_t peak_memory_bytes() {
  return emscripten_get_heap_size();
}
