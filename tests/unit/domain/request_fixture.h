// Test helpers: a valid complaint to spoil field by field, and the errors validation finds in it.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "domain/request_validation.h"

namespace hotline::domain::testing {

inline const calendar::Date kToday = *calendar::Date::from_ymd(2025, 3, 14);

inline ServiceCategory drain_cover() {
  return ServiceCategory{"manhole_cover",        "井盖破损", "井蓋破損", "Damaged manhole cover",
                         RequestType::Complaint, false,      true};
}

inline ServiceRequest complaint() {
  ServiceRequest r;
  r.type = RequestType::Complaint;
  r.service_code = "manhole_cover";
  r.description = "  鼓楼区东街口人行道上的井盖塌陷，行人容易踩空。 ";
  r.location.address = "福州市鼓楼区东街口";
  r.contact.name = "林先生";
  r.contact.mobile = "138 0013 8000";
  r.channel = Channel::App;
  return r;
}

inline Attachment photo(std::string content_type = "image/jpeg") {
  Attachment a;
  a.content_type = std::move(content_type);
  a.byte_size = 1000;
  return a;
}

inline std::vector<FieldError> errors_of(const ServiceRequest& r, const ValidationRules& rules = {},
                                         std::optional<ServiceCategory> category = drain_cover()) {
  const auto result = validate_request(r, category ? &*category : nullptr, rules, kToday);
  REQUIRE_FALSE(result.has_value());
  return result.error();
}

// The single error of a request that should have exactly one.
inline FieldError only_error(const ServiceRequest& r, const ValidationRules& rules = {},
                             std::optional<ServiceCategory> category = drain_cover()) {
  const auto errors = errors_of(r, rules, std::move(category));
  REQUIRE(errors.size() == 1);
  return errors.front();
}

inline bool passes(const ServiceRequest& r, const ValidationRules& rules = {},
                   const ServiceCategory& category = drain_cover()) {
  return validate_request(r, &category, rules, kToday).has_value();
}

}  // namespace hotline::domain::testing
