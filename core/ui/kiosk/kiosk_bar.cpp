// The kiosk's bar along the bottom of every screen of a visit: the ID card on the reader (masked) and
// "finish", which wipes the visit at once (the citizen need not wait for the time limit).
#include <imgui.h>
// BeginViewportSideBar: the only way to shrink the viewport's work area, which the app's window fills.
#include <imgui_internal.h>

#include "domain/masking.h"
#include "ui/kiosk/kiosk_view.h"

namespace hotline::ui::kiosk {

float kiosk_bar_height(const Theme& theme) {
  return theme.target_px + theme.padding * 2;
}

bool kiosk_bar(Ui& ui, const app::KioskSession& session) {
  const Theme& t = ui.theme;
  const float height = kiosk_bar_height(t);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.padding, t.padding));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, t.colors.card);
  // A side bar shrinks the viewport's work area, so the app's window ends above it.
  const bool open = ImGui::BeginViewportSideBar("###kiosk_bar", ImGui::GetMainViewport(), ImGuiDir_Down, height,
                                                ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  bool finish = false;
  if (open) {
    const float button_width = ImGui::GetContentRegionAvail().x * 0.38f;
    const float text_width = ImGui::GetContentRegionAvail().x - button_width - t.gap;
    ImGui::BeginChild("##kiosk_bar_text", ImVec2(text_width, t.target_px), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoSavedSettings);
    if (session.printing()) {
      paragraph(ui, ui.tr("kiosk.bar.printing"), t.colors.text, t.small_px * 1.2f);
    } else if (const auto& card = session.card()) {
      paragraph(ui, ui.strings.format({"kiosk.bar.card", {{"number", domain::mask_resident_id(card->id_number)}}}),
                t.colors.text, t.small_px * 1.2f);
    } else if (const auto& error = session.card_error()) {
      paragraph(ui, ui.strings.format(error->message()), t.colors.error, t.small_px * 1.2f);
    } else {
      paragraph(ui, ui.tr("kiosk.bar.privacy"), t.colors.muted, t.small_px * 1.2f);
    }
    ImGui::EndChild();
    ImGui::SameLine(0, t.gap);
    finish = button(ui, ui.tr("kiosk.bar.finish"), ButtonKind::Danger, "kiosk_finish", button_width);
  }
  ImGui::End();
  return finish;
}

}  // namespace hotline::ui::kiosk
