// Describe: the description with a character counter.
#include "domain/validation_rules.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void describe(Context& c) {
  Ui& ui = c.ui;
  app::RequestWizard& wizard = c.model.wizard();
  paragraph(ui, ui.tr("app.describe.help"), ui.theme.colors.muted);
  if (auto typed = edited_text(ui, ui.tr("domain.field.description"), wizard.form().description, "description",
                               {.lines = 8,
                                .hint = ui.tr("app.describe.hint"),
                                .errors = wizard.errors_for(domain::Field::Description),
                                .counter_max = domain::kMaxDescriptionChars})) {
    wizard.set_field(domain::Field::Description, *typed);
  }
  if (button(ui, ui.tr("app.next"), ButtonKind::Primary, "next")) {
    wizard.next();
  }
}

}  // namespace hotline::ui::screens
