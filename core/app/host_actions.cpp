// What the citizen does through the host app around the page: choose the place on its map, and the
// contact step prefilled from the identity it verified (platform::HostBridge; docs/host_bridge.md).
#include "app/request_wizard.h"

namespace hotline::app {

bool RequestWizard::can_choose_on_map() const {
  return core_.services.host != nullptr && core_.services.host->offers().map_picker;
}

void RequestWizard::choose_on_map() {
  if (!can_choose_on_map()) {
    return;
  }
  Visit& visit = core_.visit;
  visit.problem.reset();
  // A fresh visit drops the handle: a late pick never lands in the next citizen's form.
  visit.locating = core_.services.host->choose_place([this](auto result) {
    Visit& now = core_.visit;
    if (result) {
      FormState& form = now.form;
      form.place = PlaceChoice::Map;
      form.point = domain::GeoPoint{result->lat, result->lon};
      form.place_name.assign(result->name);
      form.address.assign(result->address);
      edited(domain::Field::Location);
    } else if (result.error() == platform::HostError::Unavailable) {
      now.problem = Problem{{"app.place.map_unavailable", {}}};
    }
    // Cancelled: the citizen closed the map; the place stays as it was.
    core_.changed();
  });
  core_.changed();
}

void RequestWizard::ask_host_identity() {
  host_identity_.start([this] { entered_contact(); });
}

void RequestWizard::entered_contact() {
  FormState& form = core_.visit.form;
  if (core_.nav.current().screen == Screen::Contact && host_identity_.can_prefill(form)) {
    form.name.assign(host_identity_.verified()->name);
    form.mobile.assign(host_identity_.verified()->mobile);
    edited();
  }
  // Not reached at the start (offline): asked again now.
  ask_host_identity();
  core_.changed();
}

}  // namespace hotline::app
