// Which kiosk layer shows when (see kiosk_view.h).
#include "ui/kiosk/kiosk_view.h"

#include <imgui.h>

namespace hotline::ui::kiosk {

void KioskView::draw(Ui& ui) {
  if (card_key_ && ImGui::IsKeyPressed(ImGuiKey_F2, false)) {
    card_key_();
  }
  if (session_.phase() == app::KioskPhase::Attract) {
    const auto& station = model_.station();
    const AttractChoice choice = attract_screen(ui, station ? station->name : std::string());
    if (choice.start) {
      session_.begin();
      if (choice.type) {
        model_.wizard().start_request(*choice.type);
      }
    }
    return;
  }
  if (kiosk_bar(ui, session_)) {
    session_.finish();
    return;
  }
  if (const auto& failed = session_.failed_receipt(); failed && receipt_notice(ui, *failed)) {
    session_.dismiss_failed_receipt();
  }
  if (session_.phase() == app::KioskPhase::Countdown) {
    switch (time_limit_dialog(ui, session_.seconds_left())) {
      case TimeLimitChoice::Continue:
        session_.touch();
        break;
      case TimeLimitChoice::Finish:
        session_.finish();
        break;
      case TimeLimitChoice::None:
        break;
    }
  }
}

}  // namespace hotline::ui::kiosk
