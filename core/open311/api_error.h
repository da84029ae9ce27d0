// Error bodies ([{code, description}] with HTTP 400/403/404/...) and the client's reading of any
// 4xx/5xx answer, Open311-shaped or not.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

struct ApiError {
  std::int64_t code = 0;  // usually the HTTP status; servers send it as number or numeric string
  std::string description;
  // Our extension, beside the standard pair so that every Open311 client still reads the error: the
  // refused field and why as domain wire codes, "<field>.<error>" ("mobile.invalid_mobile"), for
  // clients that show the message in their own words next to the field. The description says the
  // same in plain words, naming the Open311 parameter.
  std::optional<std::string> field_error;

  bool operator==(const ApiError&) const = default;
};

std::string encode_errors(const std::vector<ApiError>& errors);
// Strict: the body must be an Open311 error array.
base::Expected<std::vector<ApiError>, DecodeError> decode_errors(std::string_view body,
                                                                 const DecodeLimits& limits = {});

struct ErrorResponse {
  int http_status = 0;
  std::vector<ApiError> errors;  // never empty
  bool from_body = false;        // false: the body was no (non-empty) Open311 error array (proxy page, ...)
  std::string message_key;       // what to tell the citizen, from the HTTP status
};

// Never fails: a body that is not an Open311 error array yields one error {http_status, ""}.
ErrorResponse read_error_response(int http_status, std::string_view body, const DecodeLimits& limits = {});

// "open311.http.bad_request" (400), "open311.http.forbidden" (401, 403), "open311.http.not_found" (404),
// "open311.http.server_error" (5xx), "open311.http.failed" (anything else).
std::string_view http_status_message_key(int http_status);

}  // namespace hotline::open311
