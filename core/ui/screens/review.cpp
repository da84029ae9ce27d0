// Review: everything the citizen entered, once more, with a way back to each part, then submit.
#include "domain/masking.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

namespace {

// `id` names the row whatever the language, so its button keeps its id (focus, tests) when the citizen
// switches languages.
void row(Context& c, std::string_view id, const std::string& label, const std::string& value, app::Screen step,
         const std::vector<domain::FieldError>& errors) {
  Ui& ui = c.ui;
  caption(ui, label);
  paragraph(ui, value.empty() ? ui.tr("app.review.empty") : value);
  field_errors(ui, errors);
  if (!errors.empty() && button(ui, ui.tr("app.review.change"), ButtonKind::Secondary, "change_" + std::string(id))) {
    c.model.open(step);
  }
}

}  // namespace

void review(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  const app::RequestWizard& wizard = model.wizard();
  const app::FormState& form = wizard.form();
  const auto& station = model.station();
  {
    const Card card(ui);
    std::string service = form.service_code;
    if (const open311::Service* chosen = wizard.chosen_service()) {
      service = chosen->service_name;
    }
    row(c, "type", ui.tr("app.review.type"), form.type ? ui.tr(domain::label_key(*form.type)) : "",
        app::Screen::Category, {});
    row(c, "category", ui.tr("app.review.category"), service, app::Screen::Category,
        wizard.errors_for(domain::Field::ServiceCode));
    row(c, "description", ui.tr("domain.field.description"), excerpt(ui, form.description), app::Screen::Describe,
        wizard.errors_for(domain::Field::Description));
    std::string where;
    switch (form.place) {
      case app::PlaceChoice::Address:
        where = form.address;
        break;
      case app::PlaceChoice::Station:
        where = station ? station->name : "";
        break;
      case app::PlaceChoice::MyLocation:
        where = ui.tr("app.place.my_location");
        break;
      case app::PlaceChoice::Map:
        where = app::map_place_text(form);
        break;
      case app::PlaceChoice::None:
        break;
    }
    std::vector<domain::FieldError> place_errors = wizard.errors_for(domain::Field::Location);
    for (const auto& e : wizard.errors_for(domain::Field::Address)) {
      place_errors.push_back(e);
    }
    row(c, "location", ui.tr("domain.field.location"), where, app::Screen::Place, place_errors);
    row(c, "photos", ui.tr("app.review.photos"),
        ui.strings.format({"app.review.photo_count", {{"count", std::to_string(form.photos.size())}}}),
        app::Screen::Photos, wizard.errors_for(domain::Field::Photos));
    row(c, "contact_name", ui.tr("domain.field.contact_name"),
        form.name.str() + (form.keep_name_private ? " · " + ui.tr("app.review.name_private") : ""),
        app::Screen::Contact, wizard.errors_for(domain::Field::ContactName));
    row(c, "mobile", ui.tr("domain.field.mobile"), domain::mask_mobile(form.mobile), app::Screen::Contact,
        wizard.errors_for(domain::Field::Mobile));
    if (!form.resident_id.empty()) {
      row(c, "resident_id", ui.tr("app.contact.resident_id"), domain::mask_resident_id(form.resident_id),
          app::Screen::Contact, wizard.errors_for(domain::Field::ResidentId));
    }
  }
  if (const auto& problem = model.problem()) {
    notice(ui, NoticeKind::Error, ui.format(problem->message));
  }
  caption(ui, ui.tr("app.review.what_next"));
  if (button(ui, ui.tr("app.review.submit"), ButtonKind::Primary, "submit")) {
    model.wizard().submit();
  }
}

}  // namespace hotline::ui::screens
