// Memory functions that clear a block before freeing it, for a shared kiosk: the last citizen's name,
// mobile or ID number must not stay in freed heap blocks. Used by the kiosk's global operator
// new/delete (native/kiosk/scrub_on_free.cpp) and libcurl's allocator (Dear ImGui's is set in core:
// ui/imgui_memory.h).
#pragma once

#include <cstddef>

namespace hotline::native {

void* scrubbing_alloc(std::size_t size, void* user_data);
void scrubbing_free(void* block, void* user_data);
// realloc that clears the old block when it moves.
void* scrubbing_realloc(void* block, std::size_t size);

}  // namespace hotline::native
