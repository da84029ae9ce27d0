// What the server stores about a request: the citizen's submission, where it stands in the closed
// loop, its timeline (留痕) and its photos.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/instant.h"
#include "domain/channel.h"
#include "domain/request_type.h"
#include "workflow/action.h"
#include "workflow/participants.h"
#include "workflow/satisfaction.h"
#include "workflow/step.h"

namespace hotline::server {

struct MediaRecord {
  std::string id;  // lowercase hex SHA-256 of the bytes: the stable URL is /media/<id>
  std::string content_type;
  std::uint64_t byte_size = 0;
  std::uint32_t width = 0;
  std::uint32_t height = 0;
};

struct TimelineEntry {
  int seq = 0;
  workflow::Action action = workflow::Action::Submit;
  workflow::Step step = workflow::Step::Submitted;  // the step reached by this action
  std::string unit;                                 // unit holding the case after the action
  std::string unit_name;
  workflow::Role actor_role = workflow::Role::Citizen;
  std::string actor_id;
  std::string actor_unit;
  std::string note;
  std::optional<workflow::Satisfaction> rating;  // Rate entries only (the comment is the note)
  bool rework_requested = false;
  calendar::Instant at;
  std::vector<MediaRecord> media;  // a department's reply photos
};

struct RequestRecord {
  std::int64_t id = 0;
  std::string number;  // public service_request_id
  std::string token;
  std::string query_code;
  std::string service_code;
  std::string service_name;
  domain::RequestType type = domain::RequestType::Complaint;
  domain::Channel channel = domain::Channel::Website;
  std::string client;  // the api_key's client name
  workflow::Step step = workflow::Step::Submitted;
  std::string description;
  std::optional<std::string> address;
  std::optional<std::string> address_id;
  std::optional<std::string> zipcode;
  std::optional<double> lat;
  std::optional<double> lon;
  std::optional<std::string> kiosk_station;
  bool anonymous = false;
  std::optional<std::string> contact_name;
  std::optional<std::string> mobile;
  std::optional<std::string> email;
  std::optional<std::string> resident_id;
  std::optional<std::string> device_id;
  std::optional<std::string> account_id;
  std::optional<std::string> unit;
  std::string unit_name;
  std::optional<std::string> status_notes;
  calendar::Instant requested_at;
  calendar::Instant updated_at;
  std::optional<calendar::Instant> accepted_at;
  std::optional<calendar::Instant> deadline_at;
  std::optional<workflow::Satisfaction> rating;
  std::optional<std::string> rating_comment;
  std::optional<calendar::Instant> rated_at;
  int rework_count = 0;
  std::vector<MediaRecord> photos;      // the citizen's photos
  std::vector<TimelineEntry> timeline;  // oldest first
};

}  // namespace hotline::server
