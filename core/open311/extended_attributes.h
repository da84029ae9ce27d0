// Our Open311 extensions, sent under "extended_attributes" when a client asks with extensions=true.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/attachment.h"
#include "domain/channel.h"
#include "domain/request_type.h"
#include "workflow/satisfaction.h"
#include "workflow/step.h"

namespace hotline::open311 {

// One entry of the request's history: Chicago's {summary, type, description, datetime} plus the
// closed-loop step, the unit that held the case ("留痕") and the photos of a department's reply.
struct TimelineNote {
  std::string summary;
  std::optional<std::string> type;  // Chicago's free-form kind ("opened", "activity", ...)
  std::optional<std::string> description;
  std::string datetime;
  std::optional<workflow::Step> step;
  std::optional<std::string> unit_id;
  std::optional<std::string> unit_name;
  std::vector<domain::Attachment> reply_media;

  bool operator==(const TimelineNote&) const = default;
};

// The legal deadline in working days, already computed by the server.
struct Deadline {
  std::string due_datetime;
  bool overdue = false;

  bool operator==(const Deadline&) const = default;
};

struct Rating {
  workflow::Satisfaction satisfaction = workflow::Satisfaction::Satisfied;
  std::optional<std::string> comment;
  std::string datetime;

  bool operator==(const Rating&) const = default;
};

struct ExtendedAttributes {
  std::optional<domain::RequestType> request_type;
  std::optional<domain::Channel> channel;
  std::vector<TimelineNote> notes;
  std::optional<Deadline> deadline;
  std::optional<Rating> rating;
  std::optional<std::string> query_code;  // only sent to the citizen who filed the request
  std::vector<domain::Attachment> photos;

  bool operator==(const ExtendedAttributes&) const = default;
};

}  // namespace hotline::open311
