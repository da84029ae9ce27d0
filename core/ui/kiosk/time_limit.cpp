// "Are you still there?": the time limit's warning over a dimmed screen, with the seconds left and
// one tap to continue (WCAG 2.2.1 Timing Adjustable).
#include <imgui.h>

#include "ui/kiosk/kiosk_view.h"

namespace hotline::ui::kiosk {

TimeLimitChoice time_limit_dialog(Ui& ui, int seconds_left) {
  const Theme& t = ui.theme;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // The dimmed backdrop takes every tap outside the dialog: a tap anywhere continues.
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowBgAlpha(0.55f);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 255));
  ImGui::Begin("###kiosk_dim", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  TimeLimitChoice choice = TimeLimitChoice::None;
  if (ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    choice = TimeLimitChoice::Continue;
  }
  ImGui::End();

  const float width = viewport->Size.x - t.padding * 6;
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y / 2),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.padding * 2, t.padding * 2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.rounding * 2);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, t.colors.card);
  ImGui::Begin("###kiosk_time_limit", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  heading(ui, ui.tr("kiosk.time_limit.title"));
  paragraph(ui, ui.strings.format({"kiosk.time_limit.body", {{"seconds", std::to_string(seconds_left)}}}));
  gap(ui);
  if (button(ui, ui.tr("kiosk.time_limit.continue"), ButtonKind::Primary, "time_limit_continue")) {
    choice = TimeLimitChoice::Continue;
  }
  if (button(ui, ui.tr("kiosk.time_limit.finish"), ButtonKind::Danger, "time_limit_finish")) {
    choice = TimeLimitChoice::Finish;
  }
  ImGui::End();
  return choice;
}

}  // namespace hotline::ui::kiosk
