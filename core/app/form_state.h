// The new-request form as the citizen fills it in, step by step, and its conversions: to the autosaved
// draft and back, and to the RequestForm that goes to the outbox.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "api/drafts.h"
#include "api/photo.h"
#include "api/request_form.h"
#include "app/screen.h"
#include "base/secure_string.h"
#include "domain/request_type.h"
#include "domain/service_request.h"

namespace hotline::app {

// Map: a named place picked on the host app's map (its point, name and address).
enum class PlaceChoice { None, MyLocation, Address, Station, Map };

// The citizen's own text (description, address, name, mobile, ID number) is held in SecureString:
// zeroed when cleared, reassigned or freed, on every platform.
struct FormState {
  std::optional<domain::RequestType> type;
  std::string service_code;
  base::SecureString description;
  PlaceChoice place = PlaceChoice::None;
  base::SecureString address;
  std::optional<domain::GeoPoint> point;  // from "use my location" or the host's map
  base::SecureString place_name;          // what the host's map calls the place (PlaceChoice::Map)
  std::vector<api::Photo> photos;
  bool send_photo_location = false;  // the citizen's answer on the photo step (off until they say yes)
  base::SecureString name;
  base::SecureString mobile;
  base::SecureString resident_id;
  bool keep_name_private = true;
  Screen step = Screen::Category;  // where the citizen was, restored with the draft

  bool empty() const { return !type.has_value(); }
  bool operator==(const FormState&) const = default;
};

// A place picked on the host's map in words, as the citizen reads it and Open311's address_string
// carries it: "name，address" (either alone when the other is empty).
std::string map_place_text(const FormState& form);

api::Draft to_draft(const FormState& form);
// A draft the app did not write (or an older version) yields what it can; unknown fields are ignored.
FormState from_draft(const api::Draft& draft);

// A refused submission's Open311 fields back into the form (the citizen corrects and resends it);
// the type is the service's, which the fields do not carry.
FormState form_from_open311(const open311::NewRequest& request, domain::RequestType type);

// The form as the domain validates and the outbox sends it. The kiosk's station (if any) is recorded
// as where the request was filed and, when chosen, as its place.
api::RequestForm to_request_form(const FormState& form, domain::Channel channel, const std::string& station_id,
                                 const std::string& station_address);

}  // namespace hotline::app
