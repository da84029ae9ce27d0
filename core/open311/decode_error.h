// Why a server or client body could not be read: a typed error with the field path and a catalog key.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hotline::open311 {

enum class DecodeErrorCode {
  TooLarge,          // body longer than DecodeLimits::max_bytes
  InvalidUtf8,       // body (or a decoded form value) is not UTF-8
  NotJson,           // not parseable as JSON
  TooDeep,           // nesting deeper than DecodeLimits::max_depth
  WrongTopLevel,     // e.g. an object where the endpoint returns an array
  WrongType,         // a field whose type cannot be coerced (e.g. "abc" for lat)
  MissingField,      // a required field is absent or null
  InvalidValue,      // right type, unacceptable value (unknown enum code, bad date, lat out of range)
  TooLong,           // text longer than the standard allows (description > 4000 characters)
  BadPercentEscape,  // form body: '%' not followed by two hex digits
  DuplicateField,    // form body: a single-valued field sent twice
};

struct DecodeError {
  DecodeErrorCode code = DecodeErrorCode::NotJson;
  std::string field;        // path of the offending value, e.g. "[2].extended_attributes.notes[0].datetime"
  std::string message_key;  // catalog key of the user-facing message (assets/i18n/<lang>/open311.json)
};

// Bounds that keep a hostile or broken server from exhausting memory or the stack.
struct DecodeLimits {
  std::size_t max_bytes = 8 * 1024 * 1024;
  std::size_t max_depth = 32;
};

std::string_view to_code(DecodeErrorCode code);
// "open311.error.<code>"
std::string message_key(DecodeErrorCode code);
DecodeError make_error(DecodeErrorCode code, std::string field);

}  // namespace hotline::open311
