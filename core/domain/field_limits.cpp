// Which rule limits which field, and the message parameters those limits give an error.
#include "domain/field_limits.h"

#include <algorithm>
#include <string>

namespace hotline::domain {
namespace {

template <typename Number>
base::MessageParam number_param(const char* name, Number value) {
  return {name, std::to_string(value)};
}

}  // namespace

std::optional<int> coordinate_limit(Field field) {
  switch (field) {
    case Field::Latitude:
      return 90;
    case Field::Longitude:
      return 180;
    default:
      return std::nullopt;
  }
}

std::optional<TextRule> text_rule(Field field, const ValidationRules& rules) {
  switch (field) {
    case Field::Description:
      // Always required, whatever the configured minimum.
      return TextRule{std::max<std::size_t>(rules.description_min_chars, 1), rules.description_max_chars, true};
    case Field::Address:
      return TextRule{0, rules.address_max_chars, false};
    case Field::ContactName:
      return TextRule{rules.name_required ? 1u : 0u, rules.name_max_chars, false};
    default:
      return std::nullopt;
  }
}

std::vector<base::MessageParam> limit_params(Field field, ErrorCode code, const ValidationRules& rules) {
  switch (code) {
    case ErrorCode::TooShort:
      if (const auto rule = text_rule(field, rules)) {
        return {number_param("min", rule->min_chars)};
      }
      break;
    case ErrorCode::TooLong:
      if (const auto rule = text_rule(field, rules)) {
        return {number_param("max", rule->max_chars)};
      }
      break;
    case ErrorCode::OutOfRange:
      if (const auto limit = coordinate_limit(field)) {
        return {number_param("min", -*limit), number_param("max", *limit)};
      }
      break;
    case ErrorCode::TooManyPhotos:
      return {number_param("max", rules.max_photos)};
    default:
      break;
  }
  return {};
}

}  // namespace hotline::domain
