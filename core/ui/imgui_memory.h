// Dear ImGui's memory cleared as it is freed: its text fields' buffers (the field being edited, its
// undo copy) hold names, numbers and addresses, and ImGui frees them through its allocator functions.
#pragma once

namespace hotline::ui {

// Before the first ImGui context is created (the allocator must not change under a context's blocks);
// calling it again changes nothing.
void use_zeroing_imgui_allocator();

}  // namespace hotline::ui
