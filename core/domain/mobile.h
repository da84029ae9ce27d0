// Mainland China mobile numbers: 11 digits matching ^1[3-9]\d{9}$ (no carrier is inferred).
#pragma once

#include <string>
#include <string_view>

#include "base/expected.h"
#include "domain/field_error.h"

namespace hotline::domain {

// True when `digits` is exactly an 11-digit mainland mobile number (no folding, no prefix).
bool is_mobile_number(std::string_view digits);

// Accepts what citizens type (spaces, hyphens, full-width digits, a "+86" prefix) and returns the
// plain 11-digit number, or a Mobile field error (Required when blank, InvalidMobile otherwise).
base::Expected<std::string, FieldError> normalize_mobile(std::string_view input);

}  // namespace hotline::domain
