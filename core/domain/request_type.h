// The four request types (咨询/投诉/建议/求助) and their wire codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/wire_code.h"

namespace hotline::domain {

enum class RequestType { Consultation, Complaint, Suggestion, HelpRequest };

inline constexpr std::pair<RequestType, std::string_view> kRequestTypeCodes[] = {
    {RequestType::Consultation, "consultation"},
    {RequestType::Complaint, "complaint"},
    {RequestType::Suggestion, "suggestion"},
    {RequestType::HelpRequest, "help"},
};

// Wire code used in the API, the database and our Open311 extensions ("consultation", "complaint", ...).
constexpr std::string_view to_code(RequestType type) {
  return base::to_code(kRequestTypeCodes, type);
}
constexpr std::optional<RequestType> request_type_from_code(std::string_view code) {
  return base::from_code(kRequestTypeCodes, code);
}
// Catalog key of the type's display name ("request_type.complaint").
inline std::string label_key(RequestType type) {
  return "request_type." + std::string(to_code(type));
}

}  // namespace hotline::domain
