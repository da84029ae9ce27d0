// Place: use my location, this kiosk's station, or a typed address.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void place(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::FormState& form = model.form();
  const auto& services = model.services_ref();
  const std::string question = ui.tr("app.place.help");
  paragraph(ui, question, ui.theme.colors.muted);
  ui.items.set_last_is_label();
  {
    const ItemGroup choices(ui.items, GroupRole::RadioGroup, question);
    if (services.station) {
      const std::string label = ui.strings.format({"app.place.station", {{"station", services.station->name}}});
      if (radio_row(ui, label, form.place == app::PlaceChoice::Station, "station")) {
        model.use_station();
      }
    }
    if (services.location != nullptr) {
      std::string label = ui.tr("app.place.my_location");
      if (form.place == app::PlaceChoice::MyLocation && form.point) {
        char where[64];
        std::snprintf(where, sizeof where, " (%.5f, %.5f)", form.point->lat, form.point->lon);
        label += where;
      }
      if (radio_row(ui, label, form.place == app::PlaceChoice::MyLocation, "my_location")) {
        model.use_my_location();
      }
      if (model.locating()) {
        spinner(ui, ui.tr("app.place.locating"));
      }
    }
    if (radio_row(ui, ui.tr("app.place.address"), form.place == app::PlaceChoice::Address, "address_choice")) {
      form.place = app::PlaceChoice::Address;
      model.form_edited(domain::Field::Location);
    }
  }
  if (form.place == app::PlaceChoice::Address) {
    if (text_field(ui, ui.tr("domain.field.address"), form.address, "address",
                   {.hint = ui.tr("app.place.address_hint"), .errors = model.errors_for(domain::Field::Address)})) {
      model.form_edited(domain::Field::Address);
    }
  }
  if (const auto& problem = model.problem()) {
    notice(ui, NoticeKind::Warning, ui.format(problem->message));
  }
  field_errors(ui, model.errors_for(domain::Field::Location));
  field_errors(ui, model.errors_for(domain::Field::KioskStation));
  if (button(ui, ui.tr("app.next"), ButtonKind::Primary, "next")) {
    model.next();
  }
}

}  // namespace hotline::ui::screens
