// ImGui widgets built on the core's text rules.
#include "ui/widgets.h"

#include <imgui.h>

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

}  // namespace hotline::ui
