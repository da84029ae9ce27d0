// ImGui widgets built on the core's text rules.
#include "ui/widgets.h"

#include <imgui.h>

#include <string>

#include "ui/line_breaking.h"

namespace hotline::ui {

void paragraph(std::string_view text) {
  const float width = ImGui::GetContentRegionAvail().x;
  const auto measure = [](std::string_view run) { return ImGui::CalcTextSize(run.data(), run.data() + run.size()).x; };
  // Lines of one paragraph sit closer than separate items, with a little leading for CJK readability.
  const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, ImGui::GetFontSize() * 0.3f));
  for (const std::string_view line : break_lines(text, width, measure)) {
    ImGui::TextUnformatted(line.data(), line.data() + line.size());
  }
  ImGui::PopStyleVar();
}

bool choice_button(std::string_view label, bool selected, bool first_in_row) {
  const std::string text(label);
  if (!first_in_row) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(text.c_str()).x + style.FramePadding.x * 2;
    // The cursor sits at the start of the next line here, so this is the row's right edge.
    const float row_end = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= row_end) {
      ImGui::SameLine();
    }
  }
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  }
  const bool tapped = ImGui::Button(text.c_str());
  if (selected) {
    ImGui::PopStyleColor();
  }
  return tapped;
}

}  // namespace hotline::ui
