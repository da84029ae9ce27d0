// Small helpers shared by the route files: Open311 JSON and error responses, query parameters and
// list-valued headers.
#pragma once

#include "http/message.h"

#include <string>
#include <string_view>

namespace hotline::server {

inline constexpr const char* kJsonType = "application/json";

// Answers that may carry personal data or change at any time: Cache-Control: no-store.
void send_json(http::Response& res, int status, std::string body);
// A 200 that is the same for everyone and changes only by admin action (catalog, guides): a strong
// ETag of the body and Cache-Control: no-cache, so clients keep it and revalidate it on each use
// (json_representation.h answers If-None-Match).
void send_cacheable_json(http::Response& res, std::string body);
// Open311 error body [{"code": status, "description": ...}].
void send_error(http::Response& res, int status, std::string description);
// The same for a description worded in the client's language (error_words.h): Vary: Accept-Language.
void send_worded_error(http::Response& res, int status, std::string description);
// 500 "storage unavailable" (503 with Retry-After while no writable database is reachable); the
// detail is logged (storage_failure.h), not sent.
void send_storage_error(http::Response& res, std::string_view context, std::string_view detail);

// A query parameter given at most once; "" when absent.
std::string param(const http::Request& req, const char* name);
bool flag_param(const http::Request& req, const char* name);  // "true" / "1"
// A list-valued header sent on several lines, joined with commas as RFC 9110 5.3 allows; "" when absent.
std::string header_list(const http::Request& req, const char* name);

}  // namespace hotline::server
