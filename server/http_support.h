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

void send_json(httplib::Response& res, int status, std::string body);
// Open311 error body [{"code": status, "description": ...}].
void send_error(httplib::Response& res, int status, std::string description);

// A query parameter given at most once; "" when absent.
std::string param(const httplib::Request& req, const char* name);
bool flag_param(const httplib::Request& req, const char* name);  // "true" / "1"

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
