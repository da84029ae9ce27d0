// What the citizen does through the host app around the page: choose the place on its map, and the
// contact step prefilled from the identity it verified (platform::HostBridge; docs/host_bridge.md).
#include "app/app_model.h"

namespace hotline::app {

bool AppModel::can_choose_on_map() const {
  return services_ref_.host != nullptr && services_ref_.host->offers().map_picker;
}

void AppModel::choose_on_map() {
  if (!can_choose_on_map()) {
    return;
  }
  visit_.locating = true;
  visit_.problem.reset();
  // A fresh visit drops `alive`: a late pick never lands in the next citizen's form.
  services_ref_.host->choose_place([this, alive = std::weak_ptr<bool>(visit_.alive)](auto result) {
    if (alive.expired()) {
      return;
    }
    visit_.locating = false;
    if (result) {
      FormState& form = visit_.form;
      form.place = PlaceChoice::Map;
      form.point = domain::GeoPoint{result->lat, result->lon};
      form.place_name = result->name;
      form.address = result->address;
      form_edited(domain::Field::Location);
    } else if (result.error() == platform::HostError::Unavailable) {
      visit_.problem = Problem{{"app.place.map_unavailable", {}}};
    }
    // Cancelled: the citizen closed the map; the place stays as it was.
    changed();
  });
  changed();
}

void AppModel::entered_contact() {
  if (nav_.current().screen == Screen::Contact && host_identity_.prefill(visit_.form)) {
    form_edited();
  }
  // Not reached at the start (offline): asked again now.
  host_identity_.start([this] { entered_contact(); });
  changed();
}

}  // namespace hotline::app
