// GET requests.json and GET requests/{id}.json: service requests as the server reports them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.h"
#include "base/wire_code.h"
#include "open311/decode_error.h"
#include "open311/extended_attributes.h"
#include "open311/field_limits.h"

namespace hotline::open311 {

enum class Status { Open, Closed };

inline constexpr std::pair<Status, std::string_view> kStatusCodes[] = {
    {Status::Open, "open"},
    {Status::Closed, "closed"},
};
constexpr std::string_view to_code(Status status) {
  return base::to_code(kStatusCodes, status);
}
constexpr std::optional<Status> status_from_code(std::string_view code) {
  return base::from_code(kStatusCodes, code);
}

struct ServiceRequest {
  std::string service_request_id;
  Status status = Status::Open;
  std::optional<std::string> status_notes;
  std::optional<std::string> service_name;
  std::string service_code;
  std::optional<std::string> description;
  std::optional<std::string> agency_responsible;
  std::optional<std::string> service_notice;
  std::string requested_datetime;
  std::optional<std::string> updated_datetime;
  std::optional<std::string> expected_datetime;
  std::optional<std::string> address;
  std::optional<std::string> address_id;
  std::optional<std::string> zipcode;
  std::optional<double> lat;
  std::optional<double> lon;  // "long" on the wire
  std::optional<std::string> media_url;
  std::optional<ExtendedAttributes> extended_attributes;  // only with extensions=true

  bool operator==(const ServiceRequest&) const = default;
};

// Both endpoints answer with a top-level array (requests/{id}.json holds one element).
std::string encode_requests(const std::vector<ServiceRequest>& requests);
base::Expected<std::vector<ServiceRequest>, DecodeError> decode_requests(std::string_view body,
                                                                         const DecodeLimits& limits = {});

}  // namespace hotline::open311
