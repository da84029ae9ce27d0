// Dear ImGui's allocator as the kiosk and web shells set it: every block ImGui frees, the buffers of a
// text field that held an ID number among them, is all zeros by the time it goes back to the heap.
#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "base/zeroing_memory.h"
#include "ui/headless_imgui.h"
#include "ui/imgui_memory.h"

using namespace hotline;

namespace {

constexpr const char* kIdNumber = "350102198001012340";

struct Released {
  std::size_t blocks = 0;
  std::size_t dirty = 0;  // blocks with a byte left that is not zero
};
Released released;

// Takes the place of std::free behind the zeroing heap: looks at each block as it is given back.
void observe(void* block, std::size_t size) {
  const auto* bytes = static_cast<const unsigned char*>(block);
  ++released.blocks;
  if (std::any_of(bytes, bytes + size, [](unsigned char b) { return b != 0; })) {
    ++released.dirty;
  }
  std::free(block);
}

void field_frame(test::HeadlessImGui& imgui, std::string& text, bool focus, bool end_editing = false) {
  imgui.frame([&] {
    ImGui::Begin("form");
    if (focus) {
      ImGui::SetKeyboardFocusHere();
    }
    ImGui::InputText("##id", &text);
    if (end_editing) {
      ImGui::ClearActiveID();
    }
    ImGui::End();
  });
}

}  // namespace

TEST_CASE("a block Dear ImGui frees is cleared first, a text field's buffers included") {
  ImGuiMemAllocFunc previous_alloc = nullptr;
  ImGuiMemFreeFunc previous_free = nullptr;
  void* previous_data = nullptr;
  ImGui::GetAllocatorFunctions(&previous_alloc, &previous_free, &previous_data);

  ui::use_zeroing_imgui_allocator();
  ImGuiMemAllocFunc alloc = nullptr;
  ImGuiMemFreeFunc free_fn = nullptr;
  void* data = nullptr;
  ImGui::GetAllocatorFunctions(&alloc, &free_fn, &data);
  REQUIRE(alloc == &base::zeroing_alloc);
  REQUIRE(free_fn == &base::zeroing_free);
  REQUIRE(data != nullptr);
  auto& heap = *static_cast<base::ZeroingHeap*>(data);
  const auto release = heap.release;
  heap.release = observe;
  released = {};

  void* block = ImGui::MemAlloc(64);
  std::memcpy(block, kIdNumber, std::strlen(kIdNumber) + 1);
  ImGui::MemFree(block);
  CHECK(released.blocks == 1);
  CHECK(released.dirty == 0);

  {
    test::HeadlessImGui imgui;
    std::string text;
    field_frame(imgui, text, false);  // a new window shows from its second frame
    field_frame(imgui, text, true);
    field_frame(imgui, text, false);
    field_frame(imgui, text, false);
    REQUIRE(ImGui::GetActiveID() != 0);
    ImGui::GetIO().AddInputCharactersUTF8(kIdNumber);
    field_frame(imgui, text, false);
    field_frame(imgui, text, false);
    REQUIRE(text == kIdNumber);  // typed through ImGui's own buffers
    field_frame(imgui, text, false, true);
    field_frame(imgui, text, false);
  }
  CHECK(released.blocks > 10);  // the context, its atlas, the field's state
  CHECK(released.dirty == 0);

  heap.release = release;
  ImGui::SetAllocatorFunctions(previous_alloc, previous_free, previous_data);
}
