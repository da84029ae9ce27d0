// Dear ImGui's allocator set to base's zeroing heap (see imgui_memory.h).
#include "ui/imgui_memory.h"

#include <imgui.h>

#include "base/zeroing_memory.h"

namespace hotline::ui {

void use_zeroing_imgui_allocator() {
  static base::ZeroingHeap heap;
  ImGui::SetAllocatorFunctions(base::zeroing_alloc, base::zeroing_free, &heap);
}

}  // namespace hotline::ui
