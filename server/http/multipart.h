// multipart/form-data bodies (RFC 7578) split into their parts; the body is already complete and
// within the size limit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"

namespace hotline::server::http {

struct MultipartPart {
  std::string name;
  std::string filename;  // "" for a plain field
  std::string content_type;
  std::string content;
};

enum class MultipartError { Malformed, TooManyParts };

// The parts of `body`; Malformed when the boundary is missing or the body is not well formed,
// TooManyParts past `max_parts` (checked as they are found, so a body of tiny parts costs nothing).
base::Expected<std::vector<MultipartPart>, MultipartError> parse_multipart(std::string_view content_type,
                                                                           std::string_view body,
                                                                           std::size_t max_parts);

}  // namespace hotline::server::http
