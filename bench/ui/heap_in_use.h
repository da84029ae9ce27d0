// Bytes currently allocated from the C heap (every allocator of the app ends in malloc).
#pragma once

#include <cstdint>

std::int64_t heap_in_use();
