// Allocation functions that clear a block before freeing it (see scrub_on_free.cpp), in the shape of
// ImGui::SetAllocatorFunctions.
#pragma once

#include <cstddef>

namespace hotline::native {

void* scrubbing_alloc(std::size_t size, void* user_data);
void scrubbing_free(void* block, void* user_data);

}  // namespace hotline::native
