// Every way an API call can fail, as one typed error with a catalog key for the UI, and whether the
// outbox may try again.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/message.h"
#include "domain/field_error.h"
#include "open311/api_error.h"
#include "open311/decode_error.h"
#include "platform/http_types.h"
#include "platform/storage.h"

namespace hotline::api {

enum class ApiErrorCode {
  Offline,           // nothing reached the server
  Timeout,           // no answer in time (the server may have acted)
  ConnectionLost,    // the connection broke mid-exchange (the server may have acted)
  Tls,               // certificate or handshake failure (captive portals, wrong clock)
  Network,           // any other transport failure
  Validation,        // 400: the citizen's input was refused (field_errors says where, when known)
  Forbidden,         // 401/403: bad api_key or query code
  NotFound,          // 404
  Conflict,          // 409: the request is not in a state that allows the action
  TooLarge,          // 413: photos too large
  RateLimited,       // 429 (retry_after_s when the server said)
  Server,            // 5xx
  UnexpectedStatus,  // any other status
  BadResponse,       // 2xx whose body could not be read
  Storage,           // the device could not store the data
};

std::string_view to_code(ApiErrorCode code);

struct ApiError {
  ApiErrorCode code = ApiErrorCode::Network;
  int http_status = 0;                            // 0 when no answer arrived
  std::vector<domain::FieldError> field_errors;   // from a 400 whose errors name request fields
  std::vector<open311::ApiError> server_errors;   // the Open311 error body as sent
  std::optional<int> retry_after_s;               // from Retry-After (429/503)
  std::optional<platform::StorageError> storage;  // what the device refused (code Storage)
  std::string detail;                             // for logs

  // What to tell the citizen: a refusal of one field alone gives that field error's own message (with
  // more, it would hide the other problems), a storage failure the storage error's, else
  // "api.error.<code>".
  base::Message message() const;
};

// "api.error.<code>"
std::string message_key(ApiErrorCode code);

ApiError from_network_error(const platform::NetworkError& error);
// A non-2xx answer (304 is not an error and must be handled before).
ApiError from_http_error(const platform::HttpResponse& response);
ApiError from_decode_error(int http_status, const open311::DecodeError& error);
ApiError from_storage_error(const platform::StorageError& error);

// Reads the reference server's machine-readable part of a validation error, its "field_error"
// "<field code>.<error code>" (domain wire codes, "mobile.invalid_mobile"), into a field error;
// anything else yields nothing. The description is for people and is never parsed.
std::optional<domain::FieldError> parse_field_error(std::string_view field_error);
// A field error the reference server named only by field and code, with the params its limits imply:
// it validates with the default domain::ValidationRules, and its descriptions carry no params.
domain::FieldError server_field_error(domain::Field field, domain::ErrorCode code);

// True for failures that may go away by themselves (network, timeouts, 5xx, 429, unreadable 2xx),
// false for answers that a retry would only repeat (4xx).
bool is_retryable(const ApiError& error);

}  // namespace hotline::api
