// The limits ValidationRules put on each field, shared by validation and by readers of errors that
// arrive without their message parameters.
#pragma once

#include <optional>
#include <vector>

#include "base/message.h"
#include "domain/field_error.h"
#include "domain/text_field.h"
#include "domain/validation_rules.h"

namespace hotline::domain {

// The largest absolute value of a coordinate field (latitude 90, longitude 180); nullopt otherwise.
std::optional<int> coordinate_limit(Field field);

// The rule of a free-text field of a request (description, address, contact name); nullopt otherwise.
std::optional<TextRule> text_rule(Field field, const ValidationRules& rules);

// The message parameters of an error that follow from the rules alone: TooShort {min}, TooLong {max},
// OutOfRange {min, max}, TooManyPhotos {max}. An Open311 error description names only the field and
// the code, so this is how a client gets them back. Parameters that depend on the input
// (IdLength's {length}, UnsupportedPhotoType's {number}) cannot be recovered and are left out.
std::vector<base::MessageParam> limit_params(Field field, ErrorCode code, const ValidationRules& rules);

}  // namespace hotline::domain
