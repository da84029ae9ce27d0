// The texture service of the current ImGui context (see texture_service.h).
#include "ui/texture_service.h"

#include <imgui.h>

namespace hotline::ui {

void attach_texture_service(TextureService* service) {
  ImGui::GetIO().UserData = service;
}

TextureService* texture_service() {
  return ImGui::GetCurrentContext() != nullptr ? static_cast<TextureService*>(ImGui::GetIO().UserData) : nullptr;
}

}  // namespace hotline::ui
