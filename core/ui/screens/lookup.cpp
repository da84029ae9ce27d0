// Look-up: any request by its number and query code, from any device.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void lookup(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  paragraph(ui, ui.tr("app.lookup.help"), ui.theme.colors.muted);
  if (text_field(ui, ui.tr("app.lookup.number"), model.lookup_number(), "number",
                 {.hint = ui.tr("app.lookup.number_hint"), .keys = Keys::Number})) {
    model.changed();
  }
  if (text_field(ui, ui.tr("app.lookup.code"), model.lookup_code(), "code",
                 {.hint = ui.tr("app.lookup.code_hint"), .keys = Keys::Code})) {
    model.changed();
  }
  const auto& pending = model.lookup();
  if (const auto& problem = model.problem()) {
    notice(ui, NoticeKind::Error, ui.format(problem->message));
  }
  if (pending.loading()) {
    spinner(ui, ui.tr("app.loading"));
  } else if (const api::ApiError* error = pending.error()) {
    const char* key = error->code == api::ApiErrorCode::NotFound    ? "app.detail.not_found"
                      : error->code == api::ApiErrorCode::Forbidden ? "app.detail.wrong_code"
                                                                    : nullptr;
    notice(ui, NoticeKind::Error, key != nullptr ? ui.tr(key) : ui.format(error->message));
  }
  const bool ready = !model.lookup_number().empty() && !model.lookup_code().empty();
  if (button(ui, ui.tr("app.lookup.search"), ButtonKind::Primary, "search", 0, ready && !pending.loading())) {
    model.look_up();
  }
}

}  // namespace hotline::ui::screens
