// Guides (consultations): "is this your question?" — service guides answer it without filing.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void guides(Context& c) {
  Ui& ui = c.ui;
  app::RequestWizard& wizard = c.model.wizard();
  const auto& guides = wizard.guides();
  heading(ui, ui.tr("app.guides.question"));
  if (guides.loading()) {
    spinner(ui, ui.tr("app.loading"));
  } else if (const auto* found = guides.value(); found != nullptr && !found->empty()) {
    const ItemGroup list(ui.items, GroupRole::List);
    for (const api::Guide& guide : *found) {
      const ItemGroup entry(ui.items, GroupRole::ListItem);
      const Card card(ui);
      paragraph(ui, guide.title, 0, ui.theme.body_px * 1.1f);
      paragraph(ui, guide.body);
      const bool answered = button(ui, ui.tr("app.guides.answered"), ButtonKind::Secondary, "answered_" + guide.id);
      // Every guide has this button: a screen reader's list of buttons says which guide each one closes.
      ui.items.set_last_spoken(ui.strings.format({"app.guides.answered_by", {{"title", guide.title}}}));
      if (answered) {
        wizard.guide_answered();
      }
    }
  } else {
    // No guide (or none reachable): the citizen simply goes on to ask.
    notice(ui, NoticeKind::Info, ui.tr("app.guides.none"));
  }
  if (button(ui, ui.tr("app.guides.ask_anyway"), ButtonKind::Primary, "next")) {
    wizard.next();
  }
}

}  // namespace hotline::ui::screens
