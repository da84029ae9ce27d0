// "Are you still there?": the time limit's warning over a dimmed screen, with the seconds left and
// one tap to continue (WCAG 2.2.1 Timing Adjustable).
#include <imgui.h>
// BringWindowToDisplayFront: public Dear ImGui orders windows only by focus, which would end the
// editing of the field under the dialog (see bring_to_front).
#include <imgui_internal.h>

#include "ui/kiosk/kiosk_view.h"

namespace hotline::ui::kiosk {
namespace {

// On top of the app without taking the focus: a field being edited stays edited, so the on-screen
// keys (a side bar of their own, outside the work area dimmed here) stay up and usable, and a key
// tapped continues the visit as any input does.
void bring_to_front() {
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
}

}  // namespace

TimeLimitChoice time_limit_dialog(Ui& ui, int seconds_left) {
  const Theme& t = ui.theme;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  // The dimmed backdrop takes every tap on the app outside the dialog: a tap anywhere continues.
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::SetNextWindowBgAlpha(0.55f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 255));
  ImGui::Begin("###kiosk_dim", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PopStyleColor();
  bring_to_front();
  TimeLimitChoice choice = TimeLimitChoice::None;
  if (ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    choice = TimeLimitChoice::Continue;
  }
  ImGui::End();

  // In the upper part of the screen, where it stays whether the keys are up or not: a tap that ends
  // the field's editing takes the keys away, and a dialog centred in what is left would move from
  // under the finger before it is lifted.
  const float width = viewport->WorkSize.x - t.padding * 6;
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y * 0.12f),
                          ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.padding * 2, t.padding * 2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.rounding * 2);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, t.colors.card);
  ImGui::Begin("###kiosk_time_limit", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  bring_to_front();
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
