// Contact: name, mobile, optional ID number (masked), and "keep my name private" on by default. A name
// and mobile the host app verified come prefilled and marked so; the citizen may still change them
// (a relative's callback number), and the mark goes with the change.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void contact(Context& c) {
  Ui& ui = c.ui;
  app::RequestWizard& wizard = c.model.wizard();
  const app::FormState& form = wizard.form();
  paragraph(ui, ui.tr("app.contact.help"), ui.theme.colors.muted);
  if (auto typed = edited_text(
          ui, ui.tr("domain.field.contact_name"), form.name, "name",
          {.hint = ui.tr("app.contact.name_hint"), .errors = wizard.errors_for(domain::Field::ContactName)})) {
    wizard.set_field(domain::Field::ContactName, *typed);
  }
  if (wizard.host_identity().name_verified(form)) {
    caption(ui, ui.tr("app.contact.verified"));
  }
  if (auto typed = edited_text(ui, ui.tr("domain.field.mobile"), form.mobile, "mobile",
                               {.hint = ui.tr("app.contact.mobile_hint"),
                                .errors = wizard.errors_for(domain::Field::Mobile),
                                .keys = Keys::Digits})) {
    wizard.set_field(domain::Field::Mobile, *typed);
  }
  if (wizard.host_identity().mobile_verified(form)) {
    caption(ui, ui.tr("app.contact.verified"));
  }
  // Shown masked: someone looking over the citizen's shoulder (a kiosk queue) must not read it.
  if (auto typed = edited_text(ui, ui.tr("app.contact.resident_id"), form.resident_id, "resident_id",
                               {.hint = ui.tr("app.contact.resident_id_hint"),
                                .errors = wizard.errors_for(domain::Field::ResidentId),
                                .password = true,
                                .keys = Keys::ResidentId})) {
    wizard.set_field(domain::Field::ResidentId, *typed);
  }
  if (auto keep = toggled(ui, ui.tr("app.contact.keep_private"), form.keep_name_private, "keep_private")) {
    wizard.set_keep_name_private(*keep);
  }
  caption(ui, ui.tr("app.contact.keep_private_help"));
  field_errors(ui, wizard.errors_for(domain::Field::Anonymous));
  if (button(ui, ui.tr("app.next"), ButtonKind::Primary, "next")) {
    wizard.next();
  }
}

}  // namespace hotline::ui::screens
