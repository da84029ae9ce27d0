// Mapping of transport failures, HTTP statuses and error bodies to ApiError (see api_error.h).
#include "api/api_error.h"

#include <cstdlib>

#include "domain/field_limits.h"

namespace hotline::api {

namespace {

constexpr std::pair<ApiErrorCode, std::string_view> kCodes[] = {
    {ApiErrorCode::Offline, "offline"},
    {ApiErrorCode::Timeout, "timeout"},
    {ApiErrorCode::ConnectionLost, "connection_lost"},
    {ApiErrorCode::Tls, "tls"},
    {ApiErrorCode::Network, "network"},
    {ApiErrorCode::Validation, "validation"},
    {ApiErrorCode::Forbidden, "forbidden"},
    {ApiErrorCode::NotFound, "not_found"},
    {ApiErrorCode::Conflict, "conflict"},
    {ApiErrorCode::TooLarge, "too_large"},
    {ApiErrorCode::RateLimited, "rate_limited"},
    {ApiErrorCode::Server, "server"},
    {ApiErrorCode::UnexpectedStatus, "unexpected_status"},
    {ApiErrorCode::BadResponse, "bad_response"},
    {ApiErrorCode::Storage, "storage"},
};

ApiErrorCode code_for_status(int status) {
  switch (status) {
    case 400:
    case 422:
      return ApiErrorCode::Validation;
    case 401:
    case 403:
      return ApiErrorCode::Forbidden;
    case 404:
    case 410:
      return ApiErrorCode::NotFound;
    case 408:
      return ApiErrorCode::Timeout;
    case 409:
      return ApiErrorCode::Conflict;
    case 413:
      return ApiErrorCode::TooLarge;
    case 429:
      return ApiErrorCode::RateLimited;
    default:
      return status >= 500 && status <= 599 ? ApiErrorCode::Server : ApiErrorCode::UnexpectedStatus;
  }
}

// Only the delay-seconds form: servers here never send an HTTP date.
std::optional<int> read_retry_after(const platform::HttpResponse& response) {
  const std::string* value = response.header("Retry-After");
  if (!value || value->empty() || value->size() > 6 || value->find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::atoi(value->c_str());
}

}  // namespace

std::string_view to_code(ApiErrorCode code) {
  return base::to_code(kCodes, code);
}

std::string message_key(ApiErrorCode code) {
  return "api.error." + std::string(to_code(code));
}

ApiError from_network_error(const platform::NetworkError& error) {
  ApiError out;
  switch (error.code) {
    case platform::NetworkErrorCode::Offline:
      out.code = ApiErrorCode::Offline;
      break;
    case platform::NetworkErrorCode::Timeout:
      out.code = ApiErrorCode::Timeout;
      break;
    case platform::NetworkErrorCode::ConnectionLost:
      out.code = ApiErrorCode::ConnectionLost;
      break;
    case platform::NetworkErrorCode::Tls:
      out.code = ApiErrorCode::Tls;
      break;
    case platform::NetworkErrorCode::Cancelled:
    case platform::NetworkErrorCode::Other:
      out.code = ApiErrorCode::Network;
      break;
  }
  out.message = {message_key(out.code), {}};
  out.detail = std::string(platform::to_code(error.code)) + ": " + error.detail;
  return out;
}

std::optional<domain::FieldError> parse_field_error(std::string_view field_error) {
  const std::size_t dot = field_error.find('.');
  if (dot == std::string_view::npos) {
    return std::nullopt;
  }
  const auto field = base::from_code(domain::kFieldCodes, field_error.substr(0, dot));
  const auto code = base::from_code(domain::kErrorCodes, field_error.substr(dot + 1));
  if (!field || !code) {
    return std::nullopt;
  }
  return server_field_error(*field, *code);
}

domain::FieldError server_field_error(domain::Field field, domain::ErrorCode code) {
  return domain::FieldError{field, code, domain::limit_params(field, code, domain::ValidationRules{})};
}

ApiError from_http_error(const platform::HttpResponse& response) {
  ApiError out;
  out.code = code_for_status(response.status);
  out.http_status = response.status;
  const open311::ErrorResponse read = open311::read_error_response(response.status, response.body);
  if (read.from_body) {
    out.server_errors = read.errors;
  }
  for (const auto& e : out.server_errors) {
    if (auto field_error = e.field_error ? parse_field_error(*e.field_error) : std::nullopt) {
      out.field_errors.push_back(std::move(*field_error));
    }
    out.detail += (out.detail.empty() ? "" : "; ") + e.description;
  }
  // Only when nothing else was refused: the field's own message would hide the other problems.
  const bool single_field_error = out.field_errors.size() == 1 && out.server_errors.size() == 1;
  out.message = single_field_error ? out.field_errors.front().message() : base::Message{message_key(out.code), {}};
  if (out.code == ApiErrorCode::RateLimited || out.code == ApiErrorCode::Server) {
    out.retry_after_s = read_retry_after(response);
  }
  return out;
}

ApiError from_decode_error(int http_status, const open311::DecodeError& error) {
  ApiError out;
  out.code = ApiErrorCode::BadResponse;
  out.http_status = http_status;
  out.message = {message_key(out.code), {}};
  out.detail = error.field + ": " + error.message_key;
  return out;
}

ApiError from_storage_error(const platform::StorageError& error) {
  ApiError out;
  out.code = ApiErrorCode::Storage;
  out.message = error.message();
  out.detail = error.detail;
  return out;
}

bool is_retryable(const ApiError& error) {
  switch (error.code) {
    case ApiErrorCode::Offline:
    case ApiErrorCode::Timeout:
    case ApiErrorCode::ConnectionLost:
    case ApiErrorCode::Tls:
    case ApiErrorCode::Network:
    case ApiErrorCode::RateLimited:
    case ApiErrorCode::Server:
    case ApiErrorCode::BadResponse:
      return true;
    case ApiErrorCode::Validation:
    case ApiErrorCode::Forbidden:
    case ApiErrorCode::NotFound:
    case ApiErrorCode::Conflict:
    case ApiErrorCode::TooLarge:
    case ApiErrorCode::UnexpectedStatus:
    case ApiErrorCode::Storage:
      break;
  }
  return false;
}

}  // namespace hotline::api
