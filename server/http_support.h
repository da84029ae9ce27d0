// Small helpers shared by the route files: Open311 JSON and error responses, query parameters,
// reading a POST body (form, JSON or multipart) as Open311 form fields.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "open311/form_urlencoded.h"

namespace hotline::server {

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

// Answers that may carry personal data or change at any time: Cache-Control: no-store.
void send_json(httplib::Response& res, int status, std::string body);
// A 200 that is the same for everyone and changes only by admin action (catalog, guides): a strong
// ETag of the body and Cache-Control: no-cache, so clients keep it and revalidate it on each use
// (json_representation.h answers If-None-Match).
void send_cacheable_json(httplib::Response& res, std::string body);
// Open311 error body [{"code": status, "description": ...}].
void send_error(httplib::Response& res, int status, std::string description);
// 500 "storage unavailable"; the detail is logged (storage_failure.h), not sent.
void send_storage_error(httplib::Response& res, std::string_view context, std::string_view detail);

// A query parameter given at most once; "" when absent.
std::string param(const httplib::Request& req, const char* name);
bool flag_param(const httplib::Request& req, const char* name);  // "true" / "1"
// A list-valued header sent on several lines, joined with commas as RFC 9110 5.3 allows; "" when absent.
std::string header_list(const httplib::Request& req, const char* name);

// Bytes of the uploaded files named `media`, in order.
struct UploadedFile {
  std::string content;
  std::string filename;
};

struct ParsedBody {
  std::vector<open311::FormField> fields;
  std::vector<UploadedFile> media;
};

// Reads application/x-www-form-urlencoded, multipart/form-data or application/json bodies into
// fields (a JSON object's scalar members become fields, arrays repeat them); anything else is an
// error string for a 400/415 answer.
struct BodyError {
  int status = 400;
  std::string description;
};
base::Expected<ParsedBody, BodyError> parse_body(const httplib::Request& req, std::size_t max_fields);

// The value of a single-valued field, or nullopt.
std::optional<std::string> field(const ParsedBody& body, std::string_view name);

}  // namespace hotline::server
