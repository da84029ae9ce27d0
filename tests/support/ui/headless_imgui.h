// A Dear ImGui context with no window and no GPU that still honours 1.92's texture requests, so the
// atlas grows glyph by glyph exactly as under a real renderer (unit tests and the native glyph bench).
#pragma once

#include <functional>

#include <imgui.h>

namespace hotline::test {

class HeadlessImGui {
 public:
  explicit HeadlessImGui(ImVec2 display = ImVec2(720, 1280)) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  }
  ~HeadlessImGui() { ImGui::DestroyContext(); }
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  void frame(const std::function<void()>& draw) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    // What a renderer backend does with the atlas: create, update or destroy its texture.
    for (ImTextureData* texture : ImGui::GetPlatformIO().Textures) {
      if (texture->Status == ImTextureStatus_WantCreate) {
        texture->SetTexID(static_cast<ImTextureID>(texture->UniqueID + 1));
        texture->SetStatus(ImTextureStatus_OK);
      } else if (texture->Status == ImTextureStatus_WantUpdates) {
        texture->SetStatus(ImTextureStatus_OK);
      } else if (texture->Status == ImTextureStatus_WantDestroy && texture->UnusedFrames > 0) {
        texture->SetTexID(ImTextureID_Invalid);
        texture->SetStatus(ImTextureStatus_Destroyed);
      }
    }
  }
};

}  // namespace hotline::test
