// First screen: the service's title and welcome text in the citizen's language, with language and
// text size switches.
#include "ui/app.h"

#include <imgui.h>

#include "ui/widgets.h"

namespace hotline::ui {

App::App(Resources resources) : resources_(std::move(resources)) {}

bool App::init_fonts(GlyphSource& glyphs, std::string& error) {
  ImGuiIO& io = ImGui::GetIO();
  auto font = glyphs.add_font(*io.Fonts);
  if (!font) {
    error = font.error();
    return false;
  }
  io.FontDefault = *font;
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(24, 20);
  style.FramePadding = ImVec2(16, 10);
  style.ItemSpacing = ImVec2(14, 14);
  style.FrameRounding = 8;
  style.WindowBorderSize = 0;
  return true;
}

void App::draw_language_bar() {
  bool first = true;
  for (const text::Language language : text::kAllLanguages) {
    // Every catalog names each language in its own script, so a citizen finds theirs whatever is selected.
    const std::string key = "language." + std::string(text::language_tag(language));
    if (choice_button(resources_.strings.tr(key), resources_.strings.language() == language, first)) {
      resources_.strings.set_language(language);
    }
    first = false;
  }
}

void App::draw_text_size_bar() {
  const text::Strings& s = resources_.strings;
  ImGui::AlignTextToFramePadding();
  const std::string label(s.tr("text_size.label"));
  ImGui::TextUnformatted(label.c_str());
  for (const TextSize size : kAllTextSizes) {
    if (choice_button(s.tr("text_size." + std::string(text_size_tag(size))), text_size_ == size, false)) {
      set_text_size(size);
    }
  }
}

void App::frame() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const text::Strings& s = resources_.strings;
  // Pushed every frame, so a size chosen during this frame applies from the next one, window title included.
  ImGui::PushFont(nullptr, text_size_px(text_size_));
  // "###main" keeps the window's identity stable while its visible title changes language.
  const std::string title = std::string(s.tr("app.title")) + "###main";
  ImGui::Begin(title.c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings);
  draw_language_bar();
  draw_text_size_bar();
  ImGui::Separator();
  paragraph(s.tr("app.welcome"));
  if (!extra_text_.empty()) {
    paragraph(extra_text_);
  }
  ImGui::End();
  ImGui::PopFont();
}

}  // namespace hotline::ui
