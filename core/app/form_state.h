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
#include "domain/request_type.h"
#include "domain/service_request.h"

namespace hotline::app {

// Map: a named place picked on the host app's map (its point, name and address).
enum class PlaceChoice { None, MyLocation, Address, Station, Map };

struct FormState {
  std::optional<domain::RequestType> type;
  std::string service_code;
  std::string description;
  PlaceChoice place = PlaceChoice::None;
  std::string address;
  std::optional<domain::GeoPoint> point;  // from "use my location" or the host's map
  std::string place_name;                 // what the host's map calls the place (PlaceChoice::Map)
  std::vector<api::Photo> photos;
  bool send_photo_location = false;  // the citizen's answer on the photo step (off until they say yes)
  std::string name;
  std::string mobile;
  std::string resident_id;
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
