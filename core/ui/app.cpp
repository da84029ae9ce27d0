// First screen: the service's title and welcome text in the citizen's language, with a language switch.
#include "ui/app.h"

#include <cstdio>

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/widgets.h"

namespace hotline::ui {
namespace {

// Every catalog names each language in its own script, so a citizen finds theirs whatever is selected.
std::string language_label_key(text::Language language) {
  return "language." + std::string(text::language_tag(language));
}

}  // namespace

App::App(Resources resources) : resources_(std::move(resources)) {}

bool App::init_fonts(float pixel_ratio, std::string& error) {
  font_ = load_ui_font(resources_.font, resources_.charset, pixel_ratio);
  if (font_ == nullptr) {
    error = "the UI font could not be loaded";
    return false;
  }
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(24, 20);
  style.FramePadding = ImVec2(16, 10);
  style.ItemSpacing = ImVec2(14, 14);
  style.FrameRounding = 8;
  style.WindowBorderSize = 0;
  return true;
}

std::vector<std::string> App::glyph_coverage_problems() const {
  std::vector<std::string> problems;
  if (font_ == nullptr) {
    problems.emplace_back("font not loaded");
    return problems;
  }
  for (const text::Language language : text::kAllLanguages) {
    const text::Catalog* catalog = resources_.strings.catalog(language);
    for (const auto& key : catalog->keys()) {
      for (const char32_t cp : missing_glyphs(*font_, *catalog->find(key))) {
        char line[160];
        std::snprintf(line, sizeof line, "%s/%s: U+%04X", std::string(text::language_tag(language)).c_str(),
                      key.c_str(), static_cast<unsigned>(cp));
        problems.emplace_back(line);
      }
    }
  }
  return problems;
}

void App::draw_language_bar() {
  for (const text::Language language : text::kAllLanguages) {
    const bool selected = resources_.strings.language() == language;
    if (selected) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    }
    const std::string label = std::string(resources_.strings.tr(language_label_key(language)));
    if (ImGui::Button(label.c_str())) {
      resources_.strings.set_language(language);
    }
    if (selected) {
      ImGui::PopStyleColor();
    }
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void App::frame() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const text::Strings& s = resources_.strings;
  // "###main" keeps the window's identity stable while its visible title changes language.
  const std::string title = std::string(s.tr("app.title")) + "###main";
  ImGui::Begin(title.c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings);
  draw_language_bar();
  ImGui::Separator();
  paragraph(s.tr("app.welcome"));
  ImGui::End();
}

}  // namespace hotline::ui
