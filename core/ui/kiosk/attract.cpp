// The attract screen: what the kiosk can do, in large text, while nobody uses it; a touch anywhere
// starts a visit, a touch on a request type starts that request.
#include <imgui.h>

#include <algorithm>

#include "domain/request_type.h"
#include "ui/kiosk/kiosk_view.h"
#include "ui/screens/request_labels.h"

namespace hotline::ui::kiosk {
namespace {

// The hero band's text sizes: read from across a station concourse.
constexpr float kHeroTitlePx = 80;
constexpr float kHeroSubtitlePx = 44;

void centred_text(const std::string& text, float px, float y, ImU32 color) {
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowSize().x;
  const ImVec2 size = ImGui::GetFont()->CalcTextSizeA(px, width, 0, text.c_str());
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), px, ImVec2(origin.x + (width - size.x) / 2, origin.y + y),
                                      color, text.c_str());
}

}  // namespace

AttractChoice attract_screen(Ui& ui, const std::string& station_name) {
  const Theme& t = ui.theme;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.padding * 3, 0));
  ImGui::Begin("###kiosk_attract", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  // The band grows with its lines: a long station name must stay on the accent colour, not spill below.
  const float title_y = viewport->Size.y * 0.045f;
  const float subtitle_y = title_y + kHeroTitlePx * 1.25f;
  const float station_y = subtitle_y + kHeroSubtitlePx * 1.4f;
  const float text_bottom = station_name.empty() ? station_y : station_y + t.heading_px * 1.4f;
  const float hero = std::max(viewport->Size.y * 0.27f, text_bottom + t.padding * 1.5f);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  list->AddRectFilled(origin, ImVec2(origin.x + viewport->Size.x, origin.y + hero), t.colors.accent);
  centred_text(ui.tr("kiosk.attract.title"), kHeroTitlePx, title_y, t.colors.on_accent);
  centred_text(ui.tr("kiosk.attract.subtitle"), kHeroSubtitlePx, subtitle_y, t.colors.on_accent);
  if (!station_name.empty()) {
    centred_text(station_name, t.heading_px, station_y, t.colors.on_accent);
  }
  ImGui::SetCursorPosY(hero + t.padding * 2);
  AttractChoice choice;
  heading(ui, ui.tr("kiosk.attract.offer"));
  for (const auto& [type, code] : domain::kRequestTypeCodes) {
    const std::string code_text(code);
    if (tile(ui, screens::type_icon(type), screens::type_color(type), ui.tr(domain::label_key(type)),
             ui.tr("app.home.type." + code_text), "attract_" + code_text)) {
      choice = {true, type};
    }
  }
  paragraph(ui, ui.tr("kiosk.attract.more"), t.colors.muted);
  gap(ui, 2);
  if (button(ui, ui.tr("kiosk.attract.start"), ButtonKind::Primary, "attract_start")) {
    choice.start = true;
  }
  paragraph(ui, ui.tr("kiosk.attract.card_hint"), t.colors.muted);
  // "Touch anywhere": a tap that landed on no button starts too.
  if (!choice.start && ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
      !ImGui::IsAnyItemHovered()) {
    choice.start = true;
  }
  ImGui::End();
  return choice;
}

}  // namespace hotline::ui::kiosk
