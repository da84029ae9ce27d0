// Guides (consultations): "is this your question?" — service guides answer it without filing.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void guides(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  const auto& guides = model.guides();
  heading(ui, ui.tr("app.guides.question"));
  if (guides.loading()) {
    spinner(ui, ui.tr("app.loading"));
  } else if (const auto* found = guides.value(); found != nullptr && !found->empty()) {
    for (const api::Guide& guide : *found) {
      begin_card(ui);
      paragraph(ui, guide.title, 0, ui.theme.body_px * 1.1f);
      paragraph(ui, guide.body);
      if (button(ui, ui.tr("app.guides.answered"), ButtonKind::Secondary, "answered_" + guide.id)) {
        model.guide_answered();
      }
      end_card(ui);
    }
  } else {
    // No guide (or none reachable): the citizen simply goes on to ask.
    notice(ui, NoticeKind::Info, ui.tr("app.guides.none"));
  }
  if (button(ui, ui.tr("app.guides.ask_anyway"), ButtonKind::Primary, "next")) {
    model.next();
  }
}

}  // namespace hotline::ui::screens
