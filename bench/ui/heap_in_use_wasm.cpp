// Emscripten's dlmalloc statistics.
#include <malloc.h>

#include "heap_in_use.h"

std::int64_t heap_in_use() {
  return static_cast<std::int64_t>(mallinfo().uordblks);
}
