// Place: this kiosk's station, a place on the host app's map, my location, or a typed address. Shown to
// the citizen in words: a map place by its name and address, a position as "your current location"
// with its coordinates in small text.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void place(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::RequestWizard& wizard = model.wizard();
  const app::FormState& form = wizard.form();
  const auto& station = model.station();
  const std::string question = ui.tr("app.place.help");
  paragraph(ui, question, ui.theme.colors.muted);
  ui.items.set_last_is_label();
  {
    const ItemGroup choices(ui.items, GroupRole::RadioGroup, question);
    if (station) {
      const std::string label = ui.strings.format({"app.place.station", {{"station", station->name}}});
      if (radio_row(ui, label, form.place == app::PlaceChoice::Station, "station")) {
        wizard.use_station();
      }
    }
    if (wizard.can_choose_on_map()) {
      if (radio_row(ui, ui.tr("app.place.on_map"), form.place == app::PlaceChoice::Map, "on_map")) {
        wizard.choose_on_map();
      }
      if (form.place == app::PlaceChoice::Map) {
        paragraph(ui, form.place_name.empty() ? form.address.str() : form.place_name.str());
        if (!form.place_name.empty() && !form.address.empty()) {
          caption(ui, form.address.str());
        }
      }
    }
    if (model.can_locate()) {
      if (radio_row(ui, ui.tr("app.place.my_location"), form.place == app::PlaceChoice::MyLocation, "my_location")) {
        wizard.use_my_location();
      }
      if (form.place == app::PlaceChoice::MyLocation && form.point) {
        char lat[16];
        char lon[16];
        std::snprintf(lat, sizeof lat, "%.5f", form.point->lat);
        std::snprintf(lon, sizeof lon, "%.5f", form.point->lon);
        caption(ui, ui.strings.format({"app.place.my_location_found", {{"lat", lat}, {"lon", lon}}}));
      }
      if (wizard.locating()) {
        spinner(ui, ui.tr("app.place.locating"));
      }
    }
    if (radio_row(ui, ui.tr("app.place.address"), form.place == app::PlaceChoice::Address, "address_choice")) {
      wizard.use_address();
    }
  }
  if (form.place == app::PlaceChoice::Address) {
    if (auto typed = edited_text(
            ui, ui.tr("domain.field.address"), form.address, "address",
            {.hint = ui.tr("app.place.address_hint"), .errors = wizard.errors_for(domain::Field::Address)})) {
      wizard.set_field(domain::Field::Address, *typed);
    }
  }
  if (const auto& problem = model.problem()) {
    notice(ui, NoticeKind::Warning, ui.format(problem->message));
  }
  field_errors(ui, wizard.errors_for(domain::Field::Location));
  field_errors(ui, wizard.errors_for(domain::Field::KioskStation));
  if (button(ui, ui.tr("app.next"), ButtonKind::Primary, "next")) {
    wizard.next();
  }
}

}  // namespace hotline::ui::screens
