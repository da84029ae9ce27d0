// What the citizen sees of a request at a glance, and the stored record of the snapshots already seen.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "api/stored_record.h"
#include "base/expected.h"
#include "open311/service_request.h"
#include "workflow/step.h"

namespace hotline::api {

// A difference in any field is a change.
struct RequestSnapshot {
  open311::Status status = open311::Status::Open;
  std::optional<workflow::Step> step;  // of the latest timeline note
  std::size_t notes = 0;               // timeline length
  std::string updated;                 // updated_datetime

  bool operator==(const RequestSnapshot&) const = default;
};

RequestSnapshot snapshot_of(const open311::ServiceRequest& request);

// "status/seen": a JSON object from request number to snapshot. Any bad entry fails the whole record.
std::string encode_seen_record(const std::map<std::string, RequestSnapshot>& seen);
base::Expected<std::map<std::string, RequestSnapshot>, RecordError> decode_seen_record(std::string_view text);

}  // namespace hotline::api
