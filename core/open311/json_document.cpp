// Guarded JSON parsing and serialisation.
#include "open311/json_document.h"

#include <cstddef>

#include "text/utf8.h"

namespace hotline::open311 {
namespace {

// Maximum nesting of arrays and objects, counted on the raw text (brackets inside strings skipped).
std::size_t nesting_depth(std::string_view body) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : body) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      ++depth;
      deepest = depth > deepest ? depth : deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

base::Expected<nlohmann::json, DecodeError> parse_document(std::string_view body, const DecodeLimits& limits) {
  if (body.size() > limits.max_bytes) {
    return base::unexpected(make_error(DecodeErrorCode::TooLarge, ""));
  }
  if (!text::is_valid_utf8(body)) {
    return base::unexpected(make_error(DecodeErrorCode::InvalidUtf8, ""));
  }
  if (nesting_depth(body) > limits.max_depth) {
    return base::unexpected(make_error(DecodeErrorCode::TooDeep, ""));
  }
  auto document = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) {
    return base::unexpected(make_error(DecodeErrorCode::NotJson, ""));
  }
  return document;
}

std::optional<nlohmann::json> parse_number(std::string_view text) {
  auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_number()) {
    return std::nullopt;
  }
  return parsed;
}

std::string to_body(const nlohmann::json& document) {
  return document.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

}  // namespace hotline::open311
