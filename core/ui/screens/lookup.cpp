// Look-up: any request by its number and query code, from any device.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void lookup(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::RequestViewer& viewer = model.viewer();
  paragraph(ui, ui.tr("app.lookup.help"), ui.theme.colors.muted);
  if (auto typed = edited_text(ui, ui.tr("app.lookup.number"), viewer.lookup_number(), "number",
                               {.hint = ui.tr("app.lookup.number_hint"), .keys = Keys::Number})) {
    viewer.set_lookup_number(*typed);
  }
  if (auto typed = edited_text(ui, ui.tr("app.lookup.code"), viewer.lookup_code(), "code",
                               {.hint = ui.tr("app.lookup.code_hint"), .keys = Keys::Code})) {
    viewer.set_lookup_code(*typed);
  }
  const auto& pending = viewer.lookup();
  if (const auto& problem = model.problem()) {
    notice(ui, NoticeKind::Error, ui.format(problem->message));
  }
  if (pending.loading()) {
    spinner(ui, ui.tr("app.loading"));
  } else if (const api::ApiError* error = pending.error()) {
    const char* key = error->code == api::ApiErrorCode::NotFound    ? "app.detail.not_found"
                      : error->code == api::ApiErrorCode::Forbidden ? "app.detail.wrong_code"
                                                                    : nullptr;
    notice(ui, NoticeKind::Error, key != nullptr ? ui.tr(key) : ui.format(error->message()));
  }
  const bool ready = !viewer.lookup_number().empty() && !viewer.lookup_code().empty();
  if (button(ui, ui.tr("app.lookup.search"), ButtonKind::Primary, "search", 0, ready && !pending.loading())) {
    viewer.look_up();
  }
}

}  // namespace hotline::ui::screens
