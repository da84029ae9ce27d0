// Nearby: open requests of the same category close to the place — "already reported?".
#include "api/my_request.h"
#include "ui/screens/request_labels.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void nearby(Context& c) {
  Ui& ui = c.ui;
  app::RequestWizard& wizard = c.model.wizard();
  const auto& nearby = wizard.nearby();
  heading(ui, ui.tr("app.nearby.question"));
  if (nearby.loading()) {
    spinner(ui, ui.tr("app.loading"));
  } else if (const auto* found = nearby.value(); found != nullptr && !found->empty()) {
    paragraph(ui, ui.tr("app.nearby.help"), ui.theme.colors.muted);
    for (const open311::ServiceRequest& request : *found) {
      const Card card(ui);
      paragraph(ui, api::title_of(request.description.value_or("")));
      const Badge badge = status_badge(ui, request);
      caption(ui, request.service_request_id + " · " + local_time(request.requested_datetime) + " · " + badge.text);
      if (button(ui, ui.tr("app.nearby.same"), ButtonKind::Secondary, "same_" + request.service_request_id)) {
        wizard.follow_existing(request.service_request_id);
      }
    }
  } else {
    notice(ui, NoticeKind::Info, ui.tr("app.nearby.none"));
  }
  if (button(ui, ui.tr("app.nearby.different"), ButtonKind::Primary, "next")) {
    wizard.next();
  }
}

}  // namespace hotline::ui::screens
