// The request wizard's place and photo steps: the device's location, the kiosk's station, a typed
// address, and photos picked and prepared off the UI thread.
#include <algorithm>

#include "app/request_wizard.h"
#include "domain/validation_rules.h"

namespace hotline::app {

void RequestWizard::use_address() {
  core_.visit.form.place = PlaceChoice::Address;
  edited(domain::Field::Location);
}

void RequestWizard::use_my_location() {
  Visit& visit = core_.visit;
  if (core_.services.location == nullptr) {
    visit.problem = Problem{{"app.place.no_location", {}}};
    core_.changed();
    return;
  }
  visit.problem.reset();
  // A fresh visit drops the handle: a late position never lands in the next citizen's form.
  visit.locating = core_.services.location->locate([this](platform::LocationResult result) {
    Visit& now = core_.visit;
    if (result) {
      now.form.place = PlaceChoice::MyLocation;
      now.form.point = domain::GeoPoint{result->lat, result->lon};
      edited(domain::Field::Location);
    } else {
      // Denied or unavailable: the typed address is the way on, and the screen says so.
      now.form.place = PlaceChoice::Address;
      now.problem = Problem{result.error().message()};
    }
    core_.changed();
  });
  core_.changed();
}

void RequestWizard::use_station() {
  if (const auto& station = core_.services.station) {
    core_.visit.form.place = PlaceChoice::Station;
    core_.visit.form.point = station->point;
    edited(domain::Field::Location);
  }
}

void RequestWizard::add_photos() {
  Visit& visit = core_.visit;
  auto* picker = core_.services.photo_picker;
  if (picker == nullptr) {
    visit.problem = Problem{{"app.photos.unavailable", {}}};
    core_.changed();
    return;
  }
  const std::size_t room = domain::kMaxPhotos - std::min(domain::kMaxPhotos, visit.form.photos.size());
  visit.photos.clear_rejected();
  visit.picking = picker->pick(static_cast<int>(room), [this, room](platform::PickResult picked) {
    Visit& now = core_.visit;
    if (picked.outcome == platform::PickOutcome::Unavailable) {
      now.problem = Problem{{"app.photos.unavailable", {}}};
    }
    now.photos.add(
        std::move(picked.files), room, core_.services.photo_preparer,
        [this](api::Photo photo) {
          auto& photos = core_.visit.form.photos;
          const bool known =
              std::any_of(photos.begin(), photos.end(), [&](const api::Photo& p) { return p.id == photo.id; });
          if (!known && photos.size() < domain::kMaxPhotos) {
            photos.push_back(std::move(photo));
            edited(domain::Field::Photos);
          }
        },
        [this] { core_.changed(); });
  });
}

void RequestWizard::remove_photo(std::size_t index) {
  auto& photos = core_.visit.form.photos;
  if (index < photos.size()) {
    core_.visit.photos.forget(photos[index].id);
    photos.erase(photos.begin() + static_cast<std::ptrdiff_t>(index));
    edited(domain::Field::Photos);
  }
}

}  // namespace hotline::app
