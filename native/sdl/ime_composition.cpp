// SDL's IME events and text-input state for the native shells (see ime_composition.h).
#include "native/sdl/ime_composition.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace hotline::sdl {

ImeComposition::ImeComposition(float scale) : scale_(scale) {
  // A long composition (a whole phrase of pinyin) arrives in one SDL_TEXTEDITING_EXT event instead of
  // being cut at SDL_TEXTEDITING's 32 bytes.
  SDL_SetHint(SDL_HINT_IME_SUPPORT_EXTENDED_TEXT, "1");
  started_ = SDL_IsTextInputActive() == SDL_TRUE;
}

bool ImeComposition::handle(const SDL_Event& event) {
  switch (event.type) {
    case SDL_TEXTEDITING:
      text_ = event.edit.text;
      return true;
    case SDL_TEXTEDITING_EXT:
      text_ = event.editExt.text != nullptr ? event.editExt.text : "";
      SDL_free(event.editExt.text);
      return true;
    case SDL_TEXTINPUT:
      // The commit: the backend hands it to Dear ImGui; what was being composed is now this text.
      text_.clear();
      return false;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
      return !text_.empty();
    default:
      return false;
  }
}

void ImeComposition::draw() const {
  const ImGuiPlatformImeData& ime = ImGui::GetCurrentContext()->PlatformImeData;
  if (text_.empty() || !ime.WantVisible) {
    return;
  }
  const float px = ime.InputLineHeight > 0 ? ime.InputLineHeight : ImGui::GetFontSize();
  ImFont* font = ImGui::GetFont();
  const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text_.c_str());
  const ImVec2 min(ime.InputPos.x, ime.InputPos.y);
  const ImVec2 max(min.x + size.x + 4, min.y + px);
  // Composed text is underlined on an opaque box, as IMEs show it, over what follows the cursor.
  ImDrawList* list = ImGui::GetForegroundDrawList();
  list->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg, 1.0f));
  list->AddText(font, px, ImVec2(min.x + 2, min.y), ImGui::GetColorU32(ImGuiCol_Text), text_.c_str());
  list->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
}

void ImeComposition::place_scaled(ImGuiContext* context, ImGuiViewport* viewport, ImGuiPlatformImeData* data) {
  const auto* self = static_cast<const ImeComposition*>(ImGui::GetPlatformIO().Platform_ImeUserData);
  ImGuiPlatformImeData scaled = *data;
  scaled.InputPos = ImVec2(data->InputPos.x * self->scale_, data->InputPos.y * self->scale_);
  scaled.InputLineHeight = data->InputLineHeight * self->scale_;
  self->backend_place_(context, viewport, &scaled);
}

void ImeComposition::follow_focus() {
  ImGuiPlatformIO& platform = ImGui::GetPlatformIO();
  if (scale_ != 1 && platform.Platform_SetImeDataFn != nullptr && platform.Platform_SetImeDataFn != &place_scaled) {
    // Each visit's fresh context comes with the backend's placement, in layout pixels.
    backend_place_ = platform.Platform_SetImeDataFn;
    platform.Platform_SetImeDataFn = &place_scaled;
    platform.Platform_ImeUserData = this;
  }
  const bool want = ImGui::GetCurrentContext()->PlatformImeData.WantTextInput;
  if (want == started_) {
    return;
  }
  started_ = want;
  if (want) {
    SDL_StartTextInput();
  } else {
    SDL_StopTextInput();
    text_.clear();
  }
}

}  // namespace hotline::sdl
