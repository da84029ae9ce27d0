// Validation of a whole request against its category, returning every field error at once.
#pragma once

#include <vector>

#include "base/expected.h"
#include "calendar/date.h"
#include "domain/field_error.h"
#include "domain/service_category.h"
#include "domain/service_request.h"
#include "domain/validation_rules.h"

namespace hotline::domain {

// Checks, in form order (the UI lists the errors in the order of the fields):
// - service_code: Required, or UnknownServiceCode when `category` is null or has another code;
//   type: TypeMismatch when the category belongs to another request type.
// - description: always required, valid UTF-8, no control characters other than line breaks,
//   rules.description_min_chars..max_chars characters (code points, surrounding space trimmed).
// - location: for complaints and help requests in a category that needs_location, coordinates or a
//   typed address (Location: Required); lat in [-90, 90], long in [-180, 180]; address length.
//   kiosk_station_id: required for the kiosk channel, 1-32 of [A-Za-z0-9_-] whenever given.
// - contact: anonymous only where rules.anonymous_allowed(type); an anonymous request must carry no
//   name, mobile or ID (NotAllowedWhenAnonymous). Otherwise the mobile is required (the callback),
//   the name per rules.name_required; a resident ID is optional but validated when given.
// - photos: at most rules.max_photos, each image/jpeg or image/png.
// On success returns the request normalised for storage: description and address trimmed, mobile as
// 11 plain digits, ID number folded with an upper-case X.
base::Expected<ServiceRequest, std::vector<FieldError>> validate_request(const ServiceRequest& request,
                                                                         const ServiceCategory* category,
                                                                         const ValidationRules& rules,
                                                                         const calendar::Date& today);

}  // namespace hotline::domain
