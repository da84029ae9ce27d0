// Stable codes and catalog keys of decode errors.
#include "open311/decode_error.h"

#include <utility>

#include "base/wire_code.h"

namespace hotline::open311 {
namespace {

constexpr std::pair<DecodeErrorCode, std::string_view> kCodes[] = {
    {DecodeErrorCode::TooLarge, "too_large"},
    {DecodeErrorCode::InvalidUtf8, "invalid_utf8"},
    {DecodeErrorCode::NotJson, "not_json"},
    {DecodeErrorCode::TooDeep, "too_deep"},
    {DecodeErrorCode::WrongTopLevel, "wrong_top_level"},
    {DecodeErrorCode::WrongType, "wrong_type"},
    {DecodeErrorCode::MissingField, "missing_field"},
    {DecodeErrorCode::InvalidValue, "invalid_value"},
    {DecodeErrorCode::TooLong, "too_long"},
    {DecodeErrorCode::BadPercentEscape, "bad_percent_escape"},
    {DecodeErrorCode::DuplicateField, "duplicate_field"},
};

}  // namespace

std::string_view to_code(DecodeErrorCode code) {
  return base::to_code(kCodes, code);
}

std::string message_key(DecodeErrorCode code) {
  return "open311.error." + std::string(to_code(code));
}

DecodeError make_error(DecodeErrorCode code, std::string field) {
  return DecodeError{code, std::move(field), message_key(code)};
}

}  // namespace hotline::open311
