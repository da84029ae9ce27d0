// Open311 error bodies: encoding, strict decoding and the client's graceful fallback.
#include "open311/api_error.h"

#include <limits>

#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

Json error_to_json(const ApiError& error) {
  Json object = {{"code", error.code}, {"description", error.description}};
  detail::put(object, "field_error", error.field_error);
  return object;
}

ApiError read_error(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  ApiError error;
  reader.require("code");
  error.code =
      reader.integer("code", std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max())
          .value_or(0);
  error.description = reader.text("description").value_or("");
  error.field_error = reader.text("field_error");
  return error;
}

}  // namespace

std::string encode_errors(const std::vector<ApiError>& errors) {
  return to_body(detail::array_of(errors, error_to_json));
}

base::Expected<std::vector<ApiError>, DecodeError> decode_errors(std::string_view body, const DecodeLimits& limits) {
  return detail::decode_list<ApiError>(body, limits, read_error);
}

ErrorResponse read_error_response(int http_status, std::string_view body, const DecodeLimits& limits) {
  ErrorResponse response;
  response.http_status = http_status;
  response.message_key = std::string(http_status_message_key(http_status));
  auto errors = decode_errors(body, limits);
  if (errors && !errors->empty()) {
    response.errors = std::move(errors).value();
    response.from_body = true;
  } else {
    response.errors = {ApiError{http_status, ""}};
  }
  return response;
}

std::string_view http_status_message_key(int http_status) {
  if (http_status == 400) {
    return "open311.http.bad_request";
  }
  if (http_status == 401 || http_status == 403) {
    return "open311.http.forbidden";
  }
  if (http_status == 404) {
    return "open311.http.not_found";
  }
  if (http_status >= 500 && http_status <= 599) {
    return "open311.http.server_error";
  }
  return "open311.http.failed";
}

}  // namespace hotline::open311
