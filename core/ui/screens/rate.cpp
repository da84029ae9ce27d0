// Rating after a reply (satisfied / basically satisfied / unsatisfied + comment) and, after an
// unsatisfied rating, asking for the request to be handled again.
#include "ui/screens/request_labels.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void rate(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::RatingForm& form = model.rating_form();
  const open311::ServiceRequest* request = model.detail().value();
  const bool rework = request != nullptr && current_step(*request) == workflow::Step::Rated;
  if (rework) {
    paragraph(ui, ui.tr("app.rate.rework_help"));
    if (text_field(ui, ui.tr("app.rate.rework_reason"), form.reason, "reason", 4, ui.tr("app.rate.rework_hint"))) {
      model.changed();
    }
  } else {
    heading(ui, ui.tr("app.rate.question"));
    for (const auto& [satisfaction, code] : workflow::kSatisfactionCodes) {
      if (radio_row(ui, ui.tr(workflow::label_key(satisfaction)), form.satisfaction == satisfaction, code)) {
        form.satisfaction = satisfaction;
        model.changed();
      }
    }
    if (text_field(ui, ui.tr("app.rate.comment"), form.comment, "comment", 3, ui.tr("app.rate.comment_hint"))) {
      model.changed();
    }
  }
  const auto& pending = model.rating();
  if (pending.loading()) {
    spinner(ui, ui.tr("app.sending"));
  } else if (const api::ApiError* error = pending.error()) {
    notice(ui, NoticeKind::Error, ui.format(error->message));
  }
  const bool ready = rework ? !form.reason.empty() : form.satisfaction.has_value();
  if (button(ui, ui.tr(rework ? "app.rate.send_rework" : "app.rate.send"), ButtonKind::Primary, "send", 0,
             ready && !pending.loading())) {
    if (rework) {
      model.ask_rework(form.reason);
    } else {
      model.rate(*form.satisfaction, form.comment);
    }
  }
}

}  // namespace hotline::ui::screens
