// Guarded JSON parsing (size, UTF-8, nesting depth) and exception-free serialisation of response bodies.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/expected.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

// Parses a response body without letting nlohmann throw; checks run cheapest first so a huge or
// deeply nested body is rejected before the parser allocates anything for it.
base::Expected<nlohmann::json, DecodeError> parse_document(std::string_view body, const DecodeLimits& limits);

// A JSON number written as text ("26.08", as in form bodies or string-typed fields): parsed by the
// JSON grammar, so no locale, no hex, no "inf". nullopt unless the whole text is one number.
std::optional<nlohmann::json> parse_number(std::string_view text);

// Compact UTF-8 JSON; invalid UTF-8 in a string is replaced by U+FFFD instead of throwing.
std::string to_body(const nlohmann::json& document);

}  // namespace hotline::open311
