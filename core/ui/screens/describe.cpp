// Describe: the description with a character counter.
#include "domain/validation_rules.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void describe(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  paragraph(ui, ui.tr("app.describe.help"), ui.theme.colors.muted);
  if (text_field(ui, ui.tr("domain.field.description"), model.form().description, "description",
                 {.lines = 8,
                  .hint = ui.tr("app.describe.hint"),
                  .errors = model.errors_for(domain::Field::Description),
                  .counter_max = domain::kMaxDescriptionChars})) {
    model.form_edited(domain::Field::Description);
  }
  if (button(ui, ui.tr("app.next"), ButtonKind::Primary, "next")) {
    model.next();
  }
}

}  // namespace hotline::ui::screens
