// Contact: name, mobile, optional ID number (masked), and "keep my name private" on by default. A name
// and mobile the host app verified come prefilled and marked so; the citizen may still change them
// (a relative's callback number), and the mark goes with the change.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void contact(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::FormState& form = model.form();
  paragraph(ui, ui.tr("app.contact.help"), ui.theme.colors.muted);
  if (text_field(ui, ui.tr("domain.field.contact_name"), form.name, "name",
                 {.hint = ui.tr("app.contact.name_hint"), .errors = model.errors_for(domain::Field::ContactName)})) {
    model.form_edited(domain::Field::ContactName);
  }
  if (model.host_identity().name_verified(form)) {
    caption(ui, ui.tr("app.contact.verified"));
  }
  if (text_field(ui, ui.tr("domain.field.mobile"), form.mobile, "mobile",
                 {.hint = ui.tr("app.contact.mobile_hint"),
                  .errors = model.errors_for(domain::Field::Mobile),
                  .keys = Keys::Digits})) {
    model.form_edited(domain::Field::Mobile);
  }
  if (model.host_identity().mobile_verified(form)) {
    caption(ui, ui.tr("app.contact.verified"));
  }
  // Shown masked: someone looking over the citizen's shoulder (a kiosk queue) must not read it.
  if (text_field(ui, ui.tr("app.contact.resident_id"), form.resident_id, "resident_id",
                 {.hint = ui.tr("app.contact.resident_id_hint"),
                  .errors = model.errors_for(domain::Field::ResidentId),
                  .password = true,
                  .keys = Keys::ResidentId})) {
    model.form_edited(domain::Field::ResidentId);
  }
  if (check_row(ui, ui.tr("app.contact.keep_private"), form.keep_name_private, "keep_private")) {
    model.form_edited();
  }
  caption(ui, ui.tr("app.contact.keep_private_help"));
  field_errors(ui, model.errors_for(domain::Field::Anonymous));
  if (button(ui, ui.tr("app.next"), ButtonKind::Primary, "next")) {
    model.next();
  }
}

}  // namespace hotline::ui::screens
