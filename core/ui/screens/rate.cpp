// Rating after a reply: satisfied / basically satisfied / unsatisfied with a comment; an unsatisfied
// citizen may ask in the same step for the request to be handled again (the workflow's rework).
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void rate(Context& c) {
  Ui& ui = c.ui;
  app::RequestViewer& viewer = c.model.viewer();
  const app::RatingForm& form = viewer.rating_form();
  heading(ui, ui.tr("app.rate.question"));
  {
    const ItemGroup choices(ui.items, GroupRole::RadioGroup, ui.tr("app.rate.question"));
    for (const auto& [satisfaction, code] : workflow::kSatisfactionCodes) {
      if (radio_row(ui, ui.tr(workflow::label_key(satisfaction)), form.satisfaction == satisfaction, code)) {
        viewer.set_satisfaction(satisfaction);
      }
    }
  }
  const bool unsatisfied = form.satisfaction == workflow::Satisfaction::Unsatisfied;
  if (unsatisfied) {
    if (auto rework = toggled(ui, ui.tr("app.rate.ask_rework"), form.rework, "rework")) {
      viewer.set_rework(*rework);
    }
    caption(ui, ui.tr("app.rate.rework_help"));
  }
  const bool rework = unsatisfied && form.rework;
  if (auto typed =
          edited_text(ui, ui.tr(rework ? "app.rate.rework_reason" : "app.rate.comment"), form.comment, "comment",
                      {.lines = 3, .hint = ui.tr(rework ? "app.rate.rework_hint" : "app.rate.comment_hint")})) {
    viewer.set_rating_comment(*typed);
  }
  const auto& pending = viewer.rating();
  if (pending.loading()) {
    spinner(ui, ui.tr("app.sending"));
  } else if (const api::ApiError* error = pending.error()) {
    notice(ui, NoticeKind::Error, ui.format(error->message()));
  }
  // A rework request must say what is still wrong: the department acts on it.
  const bool ready = form.satisfaction.has_value() && (!rework || !form.comment.empty());
  if (button(ui, ui.tr(rework ? "app.rate.send_rework" : "app.rate.send"), ButtonKind::Primary, "send", 0,
             ready && !pending.loading())) {
    if (rework) {
      viewer.ask_rework(form.comment);
    } else {
      viewer.rate(*form.satisfaction, form.comment);
    }
  }
}

}  // namespace hotline::ui::screens
