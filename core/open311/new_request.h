// POST requests.json: the citizen's new request as a form body (client) and back (reference server).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "open311/decode_error.h"
#include "open311/field_limits.h"
#include "open311/form_urlencoded.h"

namespace hotline::open311 {

// The answer to one service-definition attribute. A single answer is sent as attribute[CODE]=v and
// must hold exactly one value; a multivaluelist answer as attribute[CODE][]=v once per value (an
// empty list cannot be expressed in a form and is not sent).
struct AttributeAnswer {
  std::string code;
  std::vector<std::string> values;
  bool multiple = false;

  bool operator==(const AttributeAnswer&) const = default;
};

struct NewRequest {
  std::optional<std::string> api_key;
  std::optional<std::string> jurisdiction_id;
  std::string service_code;
  std::optional<std::string> description;  // at most kMaxDescriptionChars characters
  std::optional<double> lat;               // lat and long travel together
  std::optional<double> lon;
  std::optional<std::string> address_string;
  std::optional<std::string> address_id;
  std::optional<std::string> email;
  std::optional<std::string> device_id;
  std::optional<std::string> account_id;
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> phone;
  std::optional<std::string> media_url;
  std::vector<AttributeAnswer> attributes;  // in the order they are sent

  bool operator==(const NewRequest&) const = default;
};

// The form fields in a fixed order: service_code, the optional fields set, lat/long, attributes.
std::vector<FormField> new_request_fields(const NewRequest& request);
// The POST body, to send with Content-Type kFormContentType.
std::string encode_new_request(const NewRequest& request);

// The reference server's reading of a POST body. Empty values count as absent (HTML forms send
// empty inputs). Unknown names are ignored. Errors, besides decode_form's: MissingField
// (service_code, or one of lat/long without the other), WrongType (lat/long not a number),
// InvalidValue (lat/long out of range, malformed attribute name such as "attribute[]"),
// TooLong (description), DuplicateField (a single-valued name twice, or a code sent both ways).
// Whether a location is needed depends on the service (consultations have none): not checked here.
base::Expected<NewRequest, DecodeError> decode_new_request(std::string_view body, const DecodeLimits& limits = {});

}  // namespace hotline::open311
