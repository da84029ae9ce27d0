// GET services.json: the list of request types (services) a jurisdiction accepts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.h"
#include "base/wire_code.h"
#include "domain/request_type.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

// realtime: the request gets an id at once; batch: a token first (tokens/{token}.json);
// blackbox: no way to follow the request.
enum class ServiceType { Realtime, Batch, Blackbox };

inline constexpr std::pair<ServiceType, std::string_view> kServiceTypeCodes[] = {
    {ServiceType::Realtime, "realtime"},
    {ServiceType::Batch, "batch"},
    {ServiceType::Blackbox, "blackbox"},
};
constexpr std::string_view to_code(ServiceType type) {
  return base::to_code(kServiceTypeCodes, type);
}
constexpr std::optional<ServiceType> service_type_from_code(std::string_view code) {
  return base::from_code(kServiceTypeCodes, code);
}

// What the app's category screen needs before the citizen writes anything, sent under
// "extended_attributes" with extensions=true: the form to show and the answer time to promise.
struct ServiceExtensions {
  domain::RequestType request_type = domain::RequestType::Consultation;
  bool needs_location = false;
  int deadline_working_days = 0;  // the legal deadline, counted from acceptance
  bool operator==(const ServiceExtensions&) const = default;
};

struct Service {
  std::string service_code;
  std::string service_name;
  std::optional<std::string> description;
  bool metadata = false;  // true: GET services/{code}.json for extra attributes
  ServiceType type = ServiceType::Realtime;
  std::optional<std::string> keywords;  // comma separated
  std::optional<std::string> group;
  std::optional<ServiceExtensions> extensions;

  bool operator==(const Service&) const = default;
};

std::string encode_services(const std::vector<Service>& services);
base::Expected<std::vector<Service>, DecodeError> decode_services(std::string_view body,
                                                                  const DecodeLimits& limits = {});

}  // namespace hotline::open311
