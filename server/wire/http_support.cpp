// Response and body helpers for the routes (see http_support.h).
#include "wire/http_support.h"

#include "http/etag.h"
#include "open311/api_error.h"
#include "store/storage_failure.h"

namespace hotline::server {

void send_json(http::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  if (status == 503) {
    res.set_header("Retry-After", "5");  // no writable database yet: a failover takes seconds
  }
  res.set_content(std::move(body), kJsonType);
}

void send_cacheable_json(http::Response& res, std::string body) {
  res.status = 200;
  res.set_header("Cache-Control", "no-cache");
  res.set_header("ETag", strong_etag(body));
  res.set_content(std::move(body), kJsonType);
}

void send_error(http::Response& res, int status, std::string description) {
  send_json(res, status, open311::encode_errors({open311::ApiError{status, std::move(description)}}));
}

void send_worded_error(http::Response& res, int status, std::string description) {
  res.set_header("Vary", "Accept-Language");
  send_error(res, status, std::move(description));
}

void send_storage_error(http::Response& res, std::string_view context, std::string_view detail) {
  log_storage_failure(context, detail);
  send_error(res, storage_failure_status(detail), kStorageUnavailable);
}

std::string param(const http::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

bool flag_param(const http::Request& req, const char* name) {
  const std::string v = param(req, name);
  return v == "true" || v == "1";
}

std::string header_list(const http::Request& req, const char* name) {
  std::string joined;
  const std::size_t count = req.get_header_value_count(name);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) {
      joined += ", ";
    }
    joined += req.get_header_value(name, i);
  }
  return joined;
}

}  // namespace hotline::server
