// Peak memory of the running benchmark, measured the way each platform can (CMake picks the file).
#pragma once

#include <cstdint>

// Native: peak resident set size. WebAssembly: the size of linear memory, which only ever grows,
// so it is the peak of the module's heap (node's own memory is not included).
std::uint64_t peak_memory_bytes();
