// multipart/form-data parsing (see multipart.h).
#include "http/multipart.h"

#include "http/field_text.h"

#include <algorithm>
#include <optional>

namespace hotline::server::http {

namespace {

// The `key=value` parameters after a header value's first ';' (values may be quoted, with ';' inside).
std::optional<std::string> header_param(std::string_view value, std::string_view key) {
  std::size_t pos = value.find(';');
  while (pos != std::string_view::npos && pos < value.size()) {
    std::size_t start = pos + 1;
    const std::size_t eq = value.find('=', start);
    if (eq == std::string_view::npos) {
      return std::nullopt;
    }
    const std::string_view name = trim_ows(value.substr(start, eq - start));
    std::string parsed;
    std::size_t end = eq + 1;
    while (end < value.size() && value[end] == ' ') {
      ++end;
    }
    if (end < value.size() && value[end] == '"') {
      for (++end; end < value.size() && value[end] != '"'; ++end) {
        if (value[end] == '\\' && end + 1 < value.size()) {
          ++end;
        }
        parsed += value[end];
      }
      end = value.find(';', end);
    } else {
      const std::size_t stop = value.find(';', end);
      parsed = std::string(trim_ows(value.substr(end, stop == std::string_view::npos ? value.npos : stop - end)));
      end = stop;
    }
    if (iequals(name, key)) {
      return parsed;
    }
    pos = end;
  }
  return std::nullopt;
}

// Reads the part headers in `head` ("Name: value" lines separated by CRLF).
bool read_part_headers(std::string_view head, MultipartPart& part) {
  bool has_disposition = false;
  while (!head.empty()) {
    const std::size_t eol = std::min(head.find("\r\n"), head.size());
    const std::string_view line = head.substr(0, eol);
    head.remove_prefix(std::min(eol + 2, head.size()));
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return false;
    }
    const std::string_view name = trim_ows(line.substr(0, colon));
    const std::string_view value = trim_ows(line.substr(colon + 1));
    if (iequals(name, "Content-Disposition")) {
      auto field = header_param(value, "name");
      if (!iequals(trim_ows(value.substr(0, value.find(';'))), "form-data") || !field) {
        return false;
      }
      part.name = *field;
      part.filename = header_param(value, "filename").value_or("");
      has_disposition = true;
    } else if (iequals(name, "Content-Type")) {
      part.content_type = std::string(value);
    }
  }
  return has_disposition;
}

}  // namespace

base::Expected<std::vector<MultipartPart>, MultipartError> parse_multipart(std::string_view content_type,
                                                                           std::string_view body,
                                                                           std::size_t max_parts) {
  const auto malformed = base::unexpected(MultipartError::Malformed);
  const auto boundary = header_param(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) {
    return malformed;
  }
  const std::string delimiter = "--" + *boundary;
  const std::string next_delimiter = "\r\n" + delimiter;
  std::size_t pos = 0;
  if (body.substr(0, delimiter.size()) != delimiter) {
    const std::size_t first = body.find(next_delimiter);  // skips a preamble
    if (first == std::string_view::npos) {
      return malformed;
    }
    pos = first + 2;
  }
  std::vector<MultipartPart> parts;
  for (;;) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") {
      return parts;  // the close delimiter; an epilogue is ignored
    }
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) {
      ++pos;
    }
    if (body.substr(pos, 2) != "\r\n") {
      return malformed;
    }
    pos += 2;
    if (body.substr(pos, 2) == "\r\n") {
      return malformed;  // a part without Content-Disposition has no name
    }
    const std::size_t head_end = body.find("\r\n\r\n", pos);
    MultipartPart part;
    if (head_end == std::string_view::npos || !read_part_headers(body.substr(pos, head_end - pos), part)) {
      return malformed;
    }
    const std::size_t content_start = head_end + 4;
    const std::size_t content_end = body.find(next_delimiter, content_start);
    if (content_end == std::string_view::npos) {
      return malformed;
    }
    part.content = std::string(body.substr(content_start, content_end - content_start));
    if (parts.size() == max_parts) {
      return base::unexpected(MultipartError::TooManyParts);
    }
    parts.push_back(std::move(part));
    pos = content_end + 2;
  }
}

}  // namespace hotline::server::http
