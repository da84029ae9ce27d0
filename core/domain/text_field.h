// Checks of free-text fields: valid UTF-8, no control characters, length in characters (not bytes).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "domain/field_error.h"

namespace hotline::domain {

struct TextRule {
  std::size_t min_chars = 0;  // 0: optional; otherwise blank text is Required, shorter is TooShort
  std::size_t max_chars = 0;
  bool multiline = false;  // allows line breaks (and tabs, which pasted text often carries)
};

// Length limits count code points of the text with leading and trailing white space (ASCII and the
// ideographic space U+3000) removed, so "   " is blank and padding does not eat the limit.
std::optional<FieldError> check_text(Field field, std::string_view text, const TextRule& rule);

// The text without leading and trailing ASCII and ideographic white space; the input must be valid UTF-8.
std::string_view trim_space(std::string_view text);

}  // namespace hotline::domain
