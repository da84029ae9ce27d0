// Reading a POST body (form, JSON or multipart) as Open311 form fields and uploaded files, with the
// field count and JSON nesting checked before anything is built from the bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "http/message.h"
#include "open311/form_urlencoded.h"

namespace hotline::server {

// JSON bodies hold an object of scalars, arrays of scalars and one "attribute" object: 2 levels. They
// never carry photos (those come as multipart), so 1 MiB is far above any real submission and keeps
// what the parser builds from a hostile document small.
inline constexpr std::size_t kMaxJsonDepth = 8;
inline constexpr std::size_t kMaxJsonBytes = 1u << 20;

// Bytes of the uploaded files named `media`, in order.
struct UploadedFile {
  std::string content;
  std::string filename;
};

struct ParsedBody {
  std::vector<open311::FormField> fields;
  std::vector<UploadedFile> media;
};

struct BodyError {
  int status = 400;
  std::string description;
};

// Reads application/x-www-form-urlencoded, multipart/form-data or application/json bodies into
// fields (a JSON object's scalar members become fields, arrays repeat them). More than `max_fields`
// fields or parts, JSON nested deeper than kMaxJsonDepth, malformed bodies: 400; JSON over
// kMaxJsonBytes: 413; other types: 415. Descriptions are worded in the client's language (error_words.h).
base::Expected<ParsedBody, BodyError> parse_body(const http::Request& req, std::size_t max_fields);

// The value of a single-valued field, or nullopt.
std::optional<std::string> field(const ParsedBody& body, std::string_view name);

}  // namespace hotline::server
