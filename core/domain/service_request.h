// A citizen's request as entered: type, category, description, location, contact, channel, photos.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/attachment.h"
#include "domain/channel.h"
#include "domain/request_type.h"

namespace hotline::domain {

// Where the problem is. Coordinates and a typed address are alternatives (a map is unusable with a
// screen reader); the kiosk station only records where the request was filed, not where the problem is.
struct Location {
  std::optional<GeoPoint> point;
  std::string address;
  std::string kiosk_station_id;
};

// Personal data kept to the minimum (PIPL): the resident ID number is optional (kiosks read it from
// the card), and the name is never shown publicly unless the citizen turns show_name_publicly on.
struct Contact {
  bool anonymous = false;
  std::string name;
  std::string mobile;
  std::string resident_id;
  bool show_name_publicly = false;
};

struct ServiceRequest {
  RequestType type = RequestType::Consultation;
  std::string service_code;
  std::string description;
  Location location;
  Contact contact;
  Channel channel = Channel::App;
  std::vector<Attachment> attachments;
};

}  // namespace hotline::domain
